package io.github.atlassianmcp.server.tools.jira;

import io.github.atlassianmcp.server.config.Toolset;
import io.github.atlassianmcp.server.tools.AnswerText;
import io.github.atlassianmcp.server.tools.InputSchema;
import io.github.atlassianmcp.server.tools.ServerTool;
import io.github.atlassianmcp.server.tools.ToolArguments;
import io.github.atlassianmcp.server.tools.ToolContext;
import io.github.atlassianmcp.server.tools.ToolDefinition;
import io.github.atlassianmcp.server.tools.ToolHandler;
import io.github.atlassianmcp.server.tools.ToolResult;
import io.github.atlassianmcp.server.tools.jira.JiraViews.SprintRow;
import io.github.atlassianmcp.server.tools.jira.JiraViews.Sprints;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** {@code jira_list_sprints}: a board's sprints, to find the active one or plan into a future one. */
public final class JiraListSprintsTool implements ToolHandler {

  public static final ServerTool TOOL = ToolDefinition.builder("jira_list_sprints")
      .title("List a board's sprints")
      .description("""
          List the sprints of a Jira board (id, name, state, dates, goal); without state, the latest closed, \
          the active and the future ones. Example: board_id=1, state="active".""")
      .toolset(Toolset.JIRA_AGILE)
      .input(InputSchema.object()
          .integer("board_id", "Board id (jira_list_boards).", 1, Integer.MAX_VALUE, null)
          .string("state", "Only sprints in this state.", s -> s.oneOf("active", "future", "closed"))
          .required("board_id")
          .build())
      .reads(Sprints.class)
      .calls(JiraOperations.SPRINTS)
      .handler(services -> new JiraListSprintsTool(new JiraAgile(services.auth().access())));

  private final JiraAgile agile;

  JiraListSprintsTool(JiraAgile agile) {
    this.agile = Objects.requireNonNull(agile, "agile");
  }

  @Override
  public ToolResult call(ToolArguments arguments, ToolContext context) {
    int board = arguments.integer("board_id");
    Optional<String> state = arguments.string("state");
    Sprints sprints = agile.sprints(board, state);
    if (sprints.sprints().isEmpty()) {
      return ToolResult.of("Board " + board + " has no " + state.map(s -> s + " ").orElse("") + "sprints.", sprints);
    }
    StringBuilder text = new StringBuilder(AnswerText.header(List.of("id", "sprint", "state", "dates", "goal")));
    for (SprintRow sprint : sprints.sprints()) {
      String dates = sprint.start().map(start -> start + " → " + sprint.end().orElse("?")).orElse(AnswerText.NONE);
      text.append('\n').append(AnswerText.row(List.of(String.valueOf(sprint.id()), AnswerText.cell(sprint.name(), 60),
          sprint.state(), dates, AnswerText.cell(sprint.goal(), 80))));
    }
    if (sprints.olderClosed() > 0) {
      text.append("\n\n").append(sprints.olderClosed()).append(" older closed sprints left out (state=\"closed\").");
    }
    return ToolResult.of(text.toString(), sprints);
  }
}
