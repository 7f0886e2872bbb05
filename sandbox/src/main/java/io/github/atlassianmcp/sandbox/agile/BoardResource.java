package io.github.atlassianmcp.sandbox.agile;

import io.github.atlassianmcp.sandbox.http.Call;
import io.github.atlassianmcp.sandbox.http.HttpResponse;
import io.github.atlassianmcp.sandbox.http.Router;
import io.github.atlassianmcp.sandbox.jira.Board;
import io.github.atlassianmcp.sandbox.jira.JiraSite;
import io.github.atlassianmcp.sandbox.jira.Project;
import io.github.atlassianmcp.sandbox.jira.Sprint;
import io.github.atlassianmcp.sandbox.jira.SprintState;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** Boards: the list (by project, name, type), one board, and a board's sprints (by state). */
final class BoardResource {

  static final String NO_BOARD = "Board does not exist or you do not have permission to see it.";

  private final JiraSite site;

  BoardResource(JiraSite site) {
    this.site = site;
  }

  void register(Router router) {
    router.get("/rest/agile/1.0/board", this::list);
    router.get("/rest/agile/1.0/board/{boardId}", this::get);
    router.get("/rest/agile/1.0/board/{boardId}/sprint", this::sprints);
  }

  private HttpResponse list(Call call) {
    Optional<Project> project = call.query("projectKeyOrId").map(key -> site.store().project(key)
        .orElseThrow(() -> call.error(400, "No project could be found with key or id '" + key + "'.")));
    String name = call.query("name").orElse("").toLowerCase(Locale.ROOT);
    Set<String> types = Set.of(call.query("type").orElse("").toLowerCase(Locale.ROOT).split(","));
    List<Board> boards = site.store().boards().stream()
        .filter(board -> project.map(p -> p.key().equals(board.project().key())).orElse(true))
        .filter(board -> board.name().toLowerCase(Locale.ROOT).contains(name))
        .filter(board -> types.equals(Set.of("")) || types.contains(board.type()))
        .toList();
    return HttpResponse.json(200, AgileJson.page(call, boards, true, board -> AgileJson.board(board, call.apiBase())));
  }

  private HttpResponse get(Call call) {
    return HttpResponse.json(200, AgileJson.board(board(call), call.apiBase()));
  }

  /** A scrum board's sprints, closed first, then active, then future; a kanban board has none. */
  private HttpResponse sprints(Call call) {
    Board board = board(call);
    if (!board.hasSprints()) {
      throw call.error(400, "The board does not support sprints");
    }
    Set<SprintState> states = EnumSet.noneOf(SprintState.class);
    for (String state : call.query("state").orElse("").split(",")) {
      if (!state.isBlank()) {
        states.add(SprintState.of(state).orElseThrow(() -> call.error(400, "The sprint state '" + state.trim()
            + "' is not valid. Use future, active or closed, or several separated by commas.")));
      }
    }
    List<Sprint> sprints = site.store().sprints(board.id()).stream()
        .filter(sprint -> states.isEmpty() || states.contains(sprint.state()))
        .toList();
    return HttpResponse.json(200, AgileJson.page(call, sprints, false,
        sprint -> AgileJson.sprint(sprint, call.apiBase())));
  }

  private Board board(Call call) {
    return id(call.pathVariable("boardId")).flatMap(site.store()::board)
        .orElseThrow(() -> call.error(404, NO_BOARD));
  }

  static Optional<Long> id(String text) {
    try {
      return Optional.of(Long.parseLong(text));
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }
}
