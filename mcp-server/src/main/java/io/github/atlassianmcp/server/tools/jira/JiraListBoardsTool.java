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
import io.github.atlassianmcp.server.tools.jira.JiraViews.BoardView;
import io.github.atlassianmcp.server.tools.jira.JiraViews.Boards;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/** {@code jira_list_boards}: the Jira Software boards, to find the board whose sprints to read. */
public final class JiraListBoardsTool implements ToolHandler {

  public static final ServerTool TOOL = ToolDefinition.builder("jira_list_boards")
      .title("List Jira boards")
      .description("""
          List Jira Software boards (id, name, scrum/kanban, project); then jira_list_sprints with a board id. \
          Example: project_key="PROJ".""")
      .toolset(Toolset.JIRA_AGILE)
      .input(InputSchema.object()
          .string("project_key", "Only this project's boards.", s -> s.pattern(InputSchema.PROJECT_KEY_PATTERN))
          .string("name", "Only boards whose name contains this.", s -> s.minLength(1).maxLength(255))
          .build())
      .reads(Boards.class)
      .calls(JiraOperations.BOARDS)
      .handler(services -> new JiraListBoardsTool(new JiraAgile(services.auth().access())));

  private final JiraAgile agile;

  JiraListBoardsTool(JiraAgile agile) {
    this.agile = Objects.requireNonNull(agile, "agile");
  }

  @Override
  public ToolResult call(ToolArguments arguments, ToolContext context) {
    Optional<String> project = arguments.string("project_key").map(key -> key.toUpperCase(Locale.ROOT));
    Boards boards = agile.boards(project, arguments.string("name"));
    if (boards.boards().isEmpty()) {
      return ToolResult.of("No boards" + project.map(key -> " in project " + key).orElse("")
          + arguments.string("name").map(name -> " named like \"" + name + "\"").orElse("") + ".", boards);
    }
    StringBuilder text = new StringBuilder(AnswerText.header(List.of("id", "board", "type", "project")));
    for (BoardView board : boards.boards()) {
      text.append('\n').append(AnswerText.row(List.of(String.valueOf(board.id()), AnswerText.cell(board.name(), 60),
          board.type(), AnswerText.cell(board.project(), 20))));
    }
    if (boards.more()) {
      text.append("\n\nOnly the first ").append(JiraAgile.MAX_BOARDS).append(" boards: narrow with project_key or name.");
    }
    return ToolResult.of(text.toString(), boards);
  }
}
