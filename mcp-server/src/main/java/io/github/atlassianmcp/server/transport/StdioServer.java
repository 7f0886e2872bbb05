package io.github.atlassianmcp.server.transport;

import io.github.atlassianmcp.server.tools.ToolCallHandler;
import io.github.atlassianmcp.server.tools.ToolInventory;
import io.modelcontextprotocol.json.McpJsonDefaults;
import io.modelcontextprotocol.server.McpServer;
import io.modelcontextprotocol.server.McpSyncServer;
import io.modelcontextprotocol.server.transport.StdioServerTransportProvider;
import io.modelcontextprotocol.spec.McpSchema;
import java.io.InputStream;
import java.io.OutputStream;

/**
 * The MCP server over stdio: JSON-RPC on the given streams (the process's real stdin and stdout), nothing else.
 */
public final class StdioServer {

  static final String INSTRUCTIONS = """
      Atlassian Cloud tools: jira_* for Jira issues (search with JQL, read, create, update, comment, log work, \
      transition), confluence_* for Confluence pages (search, read), servicedesk_* for Jira Service Management \
      requests. Answers are compact markdown; read tools also return structured content. If a tool says you are \
      not signed in, call authenticate_atlassian.""";

  private StdioServer() {}

  /** Starts serving; the SDK reads the input on its own thread until it ends. */
  public static McpSyncServer start(ToolCallHandler handler, String version, InputStream in, OutputStream out) {
    StdioServerTransportProvider transport = new StdioServerTransportProvider(McpJsonDefaults.getMapper(), in, out);
    McpTools tools = new McpTools(handler);
    ToolInventory inventory = handler.inventory();
    return McpServer.sync(transport)
        .serverInfo("atlassian-mcp-server", version)
        .instructions(INSTRUCTIONS)
        .capabilities(McpSchema.ServerCapabilities.builder().tools(false).logging().build())
        // Arguments are checked by the tools themselves: their messages name the argument and show a valid value,
        // and they accept what models often send ("50" for 50).
        .validateToolInputs(false)
        .tools(tools.specifications())
        .addToolFilter((context, tool) -> inventory.find(tool.name()).map(inventory::isEnabled).orElse(false))
        .build();
  }
}
