package io.github.atlassianmcp.server.transport;

import io.github.atlassianmcp.server.tools.ServerTool;
import io.github.atlassianmcp.server.tools.ToolCallHandler;
import io.github.atlassianmcp.server.tools.ToolDefinition;
import io.github.atlassianmcp.server.tools.ToolResult;
import io.modelcontextprotocol.server.McpServerFeatures.SyncToolSpecification;
import io.modelcontextprotocol.server.McpSyncServerExchange;
import io.modelcontextprotocol.spec.McpSchema;
import java.util.List;

/** Maps our tools to the MCP Java SDK's tool specifications: definitions to {@code Tool}, calls to the handler. */
final class McpTools {

  private final ToolCallHandler handler;

  McpTools(ToolCallHandler handler) {
    this.handler = handler;
  }

  /** Every tool, disabled ones included, so that calling one explains why it is off instead of "unknown tool". */
  List<SyncToolSpecification> specifications() {
    return handler.inventory().all().stream().map(this::specification).toList();
  }

  static McpSchema.Tool describe(ToolDefinition definition) {
    McpSchema.Tool.Builder tool = McpSchema.Tool.builder()
        .name(definition.name())
        .description(definition.description())
        .inputSchema(definition.inputSchema())
        .annotations(annotations(definition));
    definition.outputSchema().ifPresent(tool::outputSchema);
    return tool.build();
  }

  /**
   * No title (it is for display only; clients show the name instead, and the README's tool table has it), and the
   * hints that differ from MCP's defaults (not read-only, destructive, not idempotent, open world), and only
   * those that apply: a read tool's destructive and idempotent hints mean nothing. A client reads an absent hint as
   * its default, so the meaning is the same and every tool is some 60 bytes shorter on every turn.
   */
  static McpSchema.ToolAnnotations annotations(ToolDefinition definition) {
    ToolDefinition.Hints hints = definition.hints();
    boolean writes = !hints.readOnly();
    return new McpSchema.ToolAnnotations(null,
        hints.readOnly() ? Boolean.TRUE : null,
        writes && !hints.destructive() ? Boolean.FALSE : null,
        writes && hints.idempotent() ? Boolean.TRUE : null,
        hints.openWorld() ? null : Boolean.FALSE,
        null);
  }

  private SyncToolSpecification specification(ServerTool tool) {
    return SyncToolSpecification.builder()
        .tool(describe(tool.definition()))
        .callHandler((exchange, request) -> call(exchange, request))
        .build();
  }

  private McpSchema.CallToolResult call(McpSyncServerExchange exchange, McpSchema.CallToolRequest request) {
    return answer(handler.handle(request.name(), request.arguments(), new ClientToolContext(exchange, request)));
  }

  /** A tool's result as MCP's: the text, the error flag, and the structured content of read tools. */
  static McpSchema.CallToolResult answer(ToolResult result) {
    McpSchema.CallToolResult.Builder answer = McpSchema.CallToolResult.builder()
        .addTextContent(result.text())
        .isError(result.error());
    result.images().forEach(image -> answer.addContent(new McpSchema.ImageContent(null, image.base64(),
        image.mimeType())));
    result.structured().ifPresent(answer::structuredContent);
    return answer.build();
  }
}
