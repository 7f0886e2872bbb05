package io.github.atlassianmcp.server.tools.jira;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import io.github.atlassianmcp.client.jira.software.api.BoardApi;
import io.github.atlassianmcp.client.jira.software.api.SprintApi;
import io.github.atlassianmcp.client.jira.software.model.BoardPage;
import io.github.atlassianmcp.client.jira.software.model.BoardSummary;
import io.github.atlassianmcp.client.jira.software.model.MoveIssuesToBacklogForBoardRequest;
import io.github.atlassianmcp.server.atlassian.AtlassianCall;
import io.github.atlassianmcp.server.atlassian.Product;
import io.github.atlassianmcp.server.auth.AtlassianAccess;
import io.github.atlassianmcp.server.tools.jira.JiraViews.BoardView;
import io.github.atlassianmcp.server.tools.jira.JiraViews.Boards;
import io.github.atlassianmcp.server.tools.jira.JiraViews.SprintRow;
import io.github.atlassianmcp.server.tools.jira.JiraViews.Sprints;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/** Jira Software's boards and sprints (the agile API), and moving issues into a sprint. */
public final class JiraAgile {

  /** The most boards listed; a site may have hundreds, a filter narrows them. */
  static final int MAX_BOARDS = 50;
  /** Jira's largest page of sprints. */
  private static final int SPRINT_PAGE = 50;
  /** How many sprints are read at most (ten pages). */
  private static final int MAX_SPRINTS = 10 * SPRINT_PAGE;
  /** Closed sprints listed when all states are asked for: the latest ones. */
  static final int CLOSED_SHOWN = 5;

  private final AtlassianAccess access;

  public JiraAgile(AtlassianAccess access) {
    this.access = Objects.requireNonNull(access, "access");
  }

  Boards boards(Optional<String> projectKey, Optional<String> name) {
    BoardApi api = new BoardApi(access.clients().jiraSoftware());
    BoardPage page = AtlassianCall.run(Product.JIRA, JiraOperations.BOARDS,
        projectKey.map(key -> "Project " + key).orElse("the boards"), () -> api.getAllBoards()
            .projectKeyOrId(projectKey.orElse(null)).name(name.orElse(null)).maxResults(MAX_BOARDS).execute());
    List<BoardView> boards = orEmpty(page.getValues()).stream().map(JiraAgile::board).toList();
    return new Boards(boards, !Boolean.TRUE.equals(page.getIsLast()) && page.getIsLast() != null
        || page.getTotal() != null && page.getTotal() > boards.size());
  }

  private static BoardView board(BoardSummary board) {
    return new BoardView(board.getId() == null ? 0 : board.getId(), Objects.toString(board.getName(), ""),
        Objects.toString(board.getType(), ""),
        Optional.ofNullable(board.getLocation()).map(location -> location.getProjectKey()));
  }

  /**
   * The board's sprints in Jira's order (closed, active, future); with no state asked for, only the latest
   * {@link #CLOSED_SHOWN} closed ones.
   */
  Sprints sprints(long boardId, Optional<String> state) {
    var client = access.clients().jiraSoftware();
    BoardApi api = new BoardApi(client);
    List<SprintRow> sprints = new ArrayList<>();
    boolean last = false;
    while (!last && sprints.size() < MAX_SPRINTS) {
      long startAt = sprints.size();
      // The spec gives this operation no response schema, so the generated method answers nothing: its call is
      // sent by the generated client (sign-in, retries, errors) and the page read as plain JSON.
      JsonObject page = AtlassianCall.run(Product.JIRA, JiraOperations.SPRINTS, "Board " + boardId, () ->
          client.<JsonObject>execute(api.getAllSprints(boardId).startAt(startAt).maxResults(SPRINT_PAGE)
              .state(state.<Map<String, Object>>map(s -> Map.of("state", s)).orElse(null)).buildCall(null),
              JsonObject.class).getData());
      List<JsonElement> values = page.has("values") && page.get("values").isJsonArray()
          ? page.getAsJsonArray("values").asList() : List.of();
      values.stream().filter(JsonElement::isJsonObject).map(value -> sprint(value.getAsJsonObject()))
          .forEach(sprints::add);
      last = values.isEmpty() || !page.has("isLast") || page.get("isLast").getAsBoolean();
    }
    int olderClosed = 0;
    if (state.isEmpty()) {
      long closed = sprints.stream().filter(s -> s.state().equals("closed")).count();
      olderClosed = (int) Math.max(0, closed - CLOSED_SHOWN);
      List<SprintRow> kept = new ArrayList<>();
      int skipped = 0;
      for (SprintRow sprint : sprints) {
        if (sprint.state().equals("closed") && skipped < olderClosed) {
          skipped++;
        } else {
          kept.add(sprint);
        }
      }
      sprints = kept;
    }
    return new Sprints(boardId, sprints, olderClosed);
  }

  private static SprintRow sprint(JsonObject sprint) {
    return new SprintRow(sprint.has("id") ? sprint.get("id").getAsLong() : 0, text(sprint, "name").orElse(""),
        text(sprint, "state").orElse(""), text(sprint, "goal"), text(sprint, "startDate").map(JiraAgile::day),
        text(sprint, "endDate").map(JiraAgile::day));
  }

  /** Moves the issues (at most 50, Jira's limit) into the sprint, at its end. */
  void moveToSprint(long sprintId, List<String> issueKeys) {
    AtlassianCall.run(Product.JIRA, JiraOperations.MOVE_TO_SPRINT, "Sprint " + sprintId, () -> {
      new SprintApi(access.clients().jiraSoftware())
          .moveIssuesToSprintAndRank(sprintId, new MoveIssuesToBacklogForBoardRequest().issues(issueKeys))
          .execute();
      return null;
    });
  }

  private static Optional<String> text(JsonObject object, String name) {
    JsonElement value = object.get(name);
    return value == null || !value.isJsonPrimitive() || value.getAsString().isBlank() ? Optional.empty()
        : Optional.of(value.getAsString());
  }

  /** The day of a sprint date ("2024-05-02T09:00:00.000Z"). */
  private static String day(String dateTime) {
    return dateTime.length() >= 10 ? dateTime.substring(0, 10) : dateTime;
  }

  private static <T> List<T> orEmpty(List<T> list) {
    return list == null ? List.of() : list;
  }
}
