package io.github.atlassianmcp.server.transport;

import io.github.atlassianmcp.server.ServerAssembly;
import io.github.atlassianmcp.server.config.ServerConfig;
import io.github.atlassianmcp.server.tools.Tool;
import io.modelcontextprotocol.spec.McpSchema;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** Every tool of the server as an MCP client sees it in tools/list, for the tests that inspect definitions. */
final class ToolCatalog {

  private ToolCatalog() {}

  static List<Tool> tools() {
    ServerConfig config = ServerConfig.fromEnvironment(Map.of(), Path.of(System.getProperty("java.io.tmpdir")));
    return ServerAssembly.builder(config).build().inventory().all();
  }

  static List<McpSchema.Tool> described() {
    return tools().stream().map(tool -> McpTools.describe(tool.definition())).toList();
  }
}
