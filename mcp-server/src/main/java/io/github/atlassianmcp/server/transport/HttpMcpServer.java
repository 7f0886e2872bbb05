package io.github.atlassianmcp.server.transport;

import io.github.atlassianmcp.server.tools.ToolInventory;
import io.github.atlassianmcp.server.tools.ToolResult;
import io.modelcontextprotocol.common.McpTransportContext;
import io.modelcontextprotocol.json.McpJsonDefaults;
import io.modelcontextprotocol.server.McpServer;
import io.modelcontextprotocol.server.McpStatelessServerFeatures.SyncToolSpecification;
import io.modelcontextprotocol.server.McpStatelessSyncServer;
import io.modelcontextprotocol.server.McpTransportContextExtractor;
import io.modelcontextprotocol.server.transport.DefaultServerTransportSecurityValidator;
import io.modelcontextprotocol.server.transport.HttpServletStatelessServerTransport;
import io.modelcontextprotocol.spec.McpSchema;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Map;

/**
 * MCP over streamable HTTP without sessions (the SDK's stateless servlet transport): every request stands alone,
 * so any replica answers any request and no balancer needs sticky sessions. The same tools, descriptions,
 * instructions and read-only/toolset filter as over stdio; each call goes to {@link Calls} with what the request
 * carried (the authenticated user).
 */
public final class HttpMcpServer {

  /** Runs one tool call for the request's context; may throw an {@code McpError} (a URL elicitation). */
  @FunctionalInterface
  public interface Calls {
    ToolResult call(McpTransportContext context, String name, Map<String, Object> arguments);
  }

  private final HttpServletStatelessServerTransport transport;
  private final McpStatelessSyncServer server;

  private HttpMcpServer(HttpServletStatelessServerTransport transport, McpStatelessSyncServer server) {
    this.transport = transport;
    this.server = server;
  }

  /**
   * @param context what the servlet request carries into the tool call (the user the auth filter found)
   * @param allowedOrigins browser origins that may call (DNS-rebinding protection); requests without Origin pass
   * @param allowedHosts Host header values accepted
   * @param maxRequestBytes the largest body read
   */
  public static HttpMcpServer create(ToolInventory inventory, Calls calls, String version,
      McpTransportContextExtractor<HttpServletRequest> context, List<String> allowedOrigins,
      List<String> allowedHosts, int maxRequestBytes) {
    HttpServletStatelessServerTransport transport = HttpServletStatelessServerTransport.builder()
        .jsonMapper(McpJsonDefaults.getMapper())
        .messageEndpoint("/mcp")
        .contextExtractor(context)
        .securityValidator(DefaultServerTransportSecurityValidator.builder()
            .allowedOrigins(allowedOrigins)
            .allowedHosts(allowedHosts)
            .build())
        .maxRequestSize(maxRequestBytes)
        .build();
    List<SyncToolSpecification> tools = inventory.all().stream()
        .map(tool -> new SyncToolSpecification(McpTools.describe(tool.definition()),
            (ctx, request) -> McpTools.answer(calls.call(ctx, request.name(), request.arguments()))))
        .toList();
    McpStatelessSyncServer server = McpServer.sync(transport)
        .serverInfo("atlassian-mcp-server", version)
        .instructions(StdioServer.INSTRUCTIONS)
        .capabilities(McpSchema.ServerCapabilities.builder().tools(false).build())
        .validateToolInputs(false)
        .jsonSchemaValidator(new SchemasCheckedByTests())
        .tools(tools)
        .addToolFilter((ctx, tool) -> inventory.find(tool.name()).map(inventory::isEnabled).orElse(false))
        .build();
    return new HttpMcpServer(transport, server);
  }

  /** The servlet to mount at /mcp. */
  public HttpServletStatelessServerTransport servlet() {
    return transport;
  }

  public void close() {
    server.closeGracefully();
  }
}
