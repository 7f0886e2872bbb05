package io.github.atlassianmcp.server.tools.jira;

import static io.github.atlassianmcp.server.tools.JsonSchemas.arrayOf;
import static io.github.atlassianmcp.server.tools.JsonSchemas.object;
import static io.github.atlassianmcp.server.tools.JsonSchemas.properties;
import static io.github.atlassianmcp.server.tools.JsonSchemas.string;
import static io.github.atlassianmcp.server.tools.JsonSchemas.textRecord;

import io.github.atlassianmcp.server.config.Toolset;
import io.github.atlassianmcp.server.tools.InputSchema;
import io.github.atlassianmcp.server.tools.Tool;
import io.github.atlassianmcp.server.tools.ToolArguments;
import io.github.atlassianmcp.server.tools.ToolContext;
import io.github.atlassianmcp.server.tools.ToolDefinition;
import io.github.atlassianmcp.server.tools.ToolResult;
import io.github.atlassianmcp.server.tools.jira.JiraViews.TransitionView;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** {@code jira_get_transitions}: the status changes available on an issue now. */
public final class JiraGetTransitionsTool implements Tool {

  public static final ToolDefinition DEFINITION = ToolDefinition.builder("jira_get_transitions")
      .title("List a Jira issue's transitions")
      .description("""
          List the workflow transitions available on a Jira issue now: id, name and the status each leads to. \
          Example: issue_key="PROJ-123".""")
      .toolset(Toolset.JIRA)
      .input(InputSchema.object()
          .issueKey("issue_key", "PROJ-123")
          .required("issue_key")
          .build())
      .reads(object(properties(
          "issue_key", string(),
          "transitions", arrayOf(textRecord(properties(), "id", "name"))), "issue_key", "transitions"))
      .calls(JiraOperations.GET_TRANSITIONS)
      .build();

  private final JiraService jira;

  public JiraGetTransitionsTool(JiraService jira) {
    this.jira = Objects.requireNonNull(jira, "jira");
  }

  @Override
  public ToolDefinition definition() {
    return DEFINITION;
  }

  @Override
  public ToolResult call(ToolArguments arguments, ToolContext context) {
    String key = arguments.issueKey("issue_key");
    List<TransitionView> transitions = jira.transitions(key);
    List<Map<String, Object>> rows = new ArrayList<>();
    for (TransitionView transition : transitions) {
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("id", transition.id());
      row.put("name", transition.name());
      transition.toStatus().ifPresent(status -> row.put("to_status", status));
      rows.add(row);
    }
    Map<String, Object> structured = new LinkedHashMap<>();
    structured.put("issue_key", key);
    structured.put("transitions", rows);
    return ToolResult.of(describe(key, transitions), structured);
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
