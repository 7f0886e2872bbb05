package io.github.atlassianmcp.server.tools;

import java.net.URI;
import java.util.Optional;

/** What a running tool can tell the client, or ask its user, while it works. */
@FunctionalInterface
public interface ToolContext {

  /** A context that reports nowhere (the CLI, tests). */
  ToolContext NONE = message -> { };

  /** Reports progress; sent as an MCP progress notification when the client asked for them. */
  void progress(String message);

  /** Asking the user to open a URL (MCP's URL-mode elicitation), when the client can show one; else empty. */
  default Optional<UrlPrompt> urlPrompt() {
    return Optional.empty();
  }

  /** Shows the user a URL to open, outside the model's context, and says what they did. */
  @FunctionalInterface
  interface UrlPrompt {

    /** What the user did with the prompt. */
    enum Answer { ACCEPTED, DECLINED, CANCELLED }

    Answer open(String message, URI url);
  }
}
