package io.github.atlassianmcp.server.tools.jira;


import io.github.atlassianmcp.server.config.Toolset;
import io.github.atlassianmcp.server.tools.InputSchema;
import io.github.atlassianmcp.server.tools.ServerTool;
import io.github.atlassianmcp.server.tools.ToolArguments;
import io.github.atlassianmcp.server.tools.ToolContext;
import io.github.atlassianmcp.server.tools.ToolDefinition;
import io.github.atlassianmcp.server.tools.ToolHandler;
import io.github.atlassianmcp.server.tools.ToolResult;
import io.github.atlassianmcp.server.tools.jira.JiraViews.TransitionView;
import io.github.atlassianmcp.server.tools.jira.JiraViews.Transitions;
import java.util.List;
import java.util.Objects;

/** {@code jira_get_transitions}: the status changes available on an issue now. */
public final class JiraGetTransitionsTool implements ToolHandler {

  public static final ServerTool TOOL = ToolDefinition.builder("jira_get_transitions")
      .title("List a Jira issue's transitions")
      .description("""
          List the workflow transitions available on a Jira issue now: id, name and the status each leads to. \
          Example: issue_key="PROJ-123".""")
      .toolset(Toolset.JIRA)
      .input(InputSchema.object()
          .issueKey("issue_key")
          .required("issue_key")
          .build())
      .reads(Transitions.class)
      .calls(JiraOperations.GET_TRANSITIONS)
      .handler(services -> new JiraGetTransitionsTool(services.jira()));

  private final JiraService jira;

  JiraGetTransitionsTool(JiraService jira) {
    this.jira = Objects.requireNonNull(jira, "jira");
  }

  @Override
  public ToolResult call(ToolArguments arguments, ToolContext context) {
    String key = arguments.issueKey("issue_key");
    List<TransitionView> transitions = jira.transitions(key);
    return ToolResult.of(describe(key, transitions), new Transitions(key, transitions));
  }

  static String describe(String key, List<TransitionView> transitions) {
    if (transitions.isEmpty()) {
      return "No transitions are available on " + key + " for you now.";
    }
    StringBuilder text = new StringBuilder("Transitions available on ").append(key).append(":\n");
    for (TransitionView transition : transitions) {
      text.append("- ").append(transition.name()).append(" (id ").append(transition.id()).append(')')
          .append(transition.toStatus().map(status -> " → " + status).orElse("")).append('\n');
    }
    return text.toString().stripTrailing();
  }
}
