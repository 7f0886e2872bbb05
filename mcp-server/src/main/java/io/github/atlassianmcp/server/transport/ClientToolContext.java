package io.github.atlassianmcp.server.transport;

import io.github.atlassianmcp.server.tools.ToolContext;
import io.modelcontextprotocol.server.McpSyncServerExchange;
import io.modelcontextprotocol.spec.McpSchema;
import java.net.URI;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * What a tool call can do with the MCP client that made it: progress notifications when the client sent a
 * progress token, and URL-mode elicitation when the client declared it can show a URL to its user.
 */
final class ClientToolContext implements ToolContext {

  private final McpSyncServerExchange exchange;
  private final Object progressToken;
  private final AtomicInteger step = new AtomicInteger();

  ClientToolContext(McpSyncServerExchange exchange, McpSchema.CallToolRequest request) {
    this.exchange = exchange;
    Map<String, Object> meta = request.meta();
    this.progressToken = meta == null ? null : meta.get("progressToken");
  }

  @Override
  public void progress(String message) {
    if (progressToken != null) {
      exchange.progressNotification(
          new McpSchema.ProgressNotification(progressToken, step.incrementAndGet(), null, message));
    }
  }

  @Override
  public Optional<UrlPrompt> urlPrompt() {
    McpSchema.ClientCapabilities capabilities = exchange.getClientCapabilities();
    if (capabilities == null || capabilities.elicitation() == null || capabilities.elicitation().url() == null) {
      return Optional.empty();
    }
    return Optional.of(this::elicit);
  }

  private UrlPrompt.Answer elicit(String message, URI url) {
    McpSchema.ElicitResult result = exchange.createElicitation(
        McpSchema.ElicitUrlRequest.builder(message, url.toString(), UUID.randomUUID().toString()).build());
    if (result == null || result.action() == null) {
      return UrlPrompt.Answer.CANCELLED;
    }
    return switch (result.action()) {
      case ACCEPT -> UrlPrompt.Answer.ACCEPTED;
      case DECLINE -> UrlPrompt.Answer.DECLINED;
      default -> UrlPrompt.Answer.CANCELLED;
    };
  }
}
