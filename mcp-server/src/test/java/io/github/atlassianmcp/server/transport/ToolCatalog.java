package io.github.atlassianmcp.server.transport;

import io.github.atlassianmcp.server.tools.ServerTool;
import io.github.atlassianmcp.server.tools.ToolDiscovery;
import io.modelcontextprotocol.spec.McpSchema;
import java.util.List;

/** Every tool of the server as an MCP client sees it in tools/list, for the tests that inspect definitions. */
public final class ToolCatalog {

  private ToolCatalog() {}

  static List<ServerTool> tools() {
    return ToolDiscovery.tools();
  }

  /** Every tool as tools/list describes it, enabled in the default configuration or not. */
  public static List<McpSchema.Tool> described() {
    return tools().stream().map(tool -> McpTools.describe(tool.definition())).toList();
  }
}
