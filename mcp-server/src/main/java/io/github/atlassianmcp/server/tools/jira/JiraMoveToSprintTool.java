package io.github.atlassianmcp.server.tools.jira;

import io.github.atlassianmcp.server.config.Toolset;
import io.github.atlassianmcp.server.tools.InputSchema;
import io.github.atlassianmcp.server.tools.ServerTool;
import io.github.atlassianmcp.server.tools.ToolArguments;
import io.github.atlassianmcp.server.tools.ToolContext;
import io.github.atlassianmcp.server.tools.ToolDefinition;
import io.github.atlassianmcp.server.tools.ToolHandler;
import io.github.atlassianmcp.server.tools.ToolResult;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/** {@code jira_move_to_sprint}: puts issues into an active or future sprint (out of any other open one). */
public final class JiraMoveToSprintTool implements ToolHandler {

  /** Jira moves at most 50 issues per call. */
  private static final int MAX_ISSUES = 50;

  public static final ServerTool TOOL = ToolDefinition.builder("jira_move_to_sprint")
      .title("Move Jira issues to a sprint")
      .description("""
          Move issues into an active or future sprint (sprint id from jira_list_sprints); they leave any other \
          open sprint. Example: sprint_id=2, issue_keys=["PROJ-12", "PROJ-14"].""")
      .toolset(Toolset.JIRA_AGILE)
      .input(InputSchema.object()
          .integer("sprint_id", "Sprint id.", 1, Integer.MAX_VALUE, null)
          .stringList("issue_keys", "Issue keys, at most 50.", MAX_ISSUES,
              s -> s.pattern(InputSchema.ISSUE_KEY_PATTERN))
          .required("sprint_id", "issue_keys")
          .build())
      .writes(false, true)
      .calls(JiraOperations.MOVE_TO_SPRINT)
      .handler(services -> new JiraMoveToSprintTool(new JiraAgile(services.auth().access())));

  private final JiraAgile agile;

  JiraMoveToSprintTool(JiraAgile agile) {
    this.agile = Objects.requireNonNull(agile, "agile");
  }

  @Override
  public ToolResult call(ToolArguments arguments, ToolContext context) {
    int sprint = arguments.integer("sprint_id");
    List<String> keys = arguments.strings("issue_keys").stream().map(key -> key.toUpperCase(Locale.ROOT))
        .distinct().toList();
    if (keys.isEmpty()) {
      return ToolResult.error("issue_keys is empty: name the issues to move, e.g. [\"PROJ-12\"].");
    }
    agile.moveToSprint(sprint, keys);
    return ToolResult.text("Moved " + String.join(", ", keys) + " to sprint " + sprint + ".");
  }
}
