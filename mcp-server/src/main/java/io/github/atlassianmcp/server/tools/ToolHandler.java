package io.github.atlassianmcp.server.tools;

/**
 * What a tool does when it is called: reads its arguments (already checked against its input schema), calls one
 * service and answers. Errors from Atlassian are left to {@link ToolCallHandler}, the single place that turns them
 * into sentences for the agent.
 */
@FunctionalInterface
public interface ToolHandler {

  ToolResult call(ToolArguments arguments, ToolContext context);
}
