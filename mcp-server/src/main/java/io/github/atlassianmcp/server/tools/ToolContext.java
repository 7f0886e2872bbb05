package io.github.atlassianmcp.server.tools;

/** What a running tool can tell the client while it works. */
@FunctionalInterface
public interface ToolContext {

  /** A context that reports nowhere (the CLI, tests). */
  ToolContext NONE = message -> { };

  /** Reports progress; sent as an MCP progress notification when the client asked for them. */
  void progress(String message);
}
