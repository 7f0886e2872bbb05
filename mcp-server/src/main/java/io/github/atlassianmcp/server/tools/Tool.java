package io.github.atlassianmcp.server.tools;

/**
 * One MCP tool: its definition, and what a call does. Implementations validate their arguments (throwing
 * {@link ToolInputException}), call one service method and render the answer; errors from Atlassian are left
 * to {@link ToolCallHandler}, the single place that turns them into messages.
 */
public interface Tool {

  ToolDefinition definition();

  ToolResult call(ToolArguments arguments, ToolContext context);
}
