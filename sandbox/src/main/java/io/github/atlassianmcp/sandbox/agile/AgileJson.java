package io.github.atlassianmcp.sandbox.agile;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import io.github.atlassianmcp.sandbox.http.Call;
import io.github.atlassianmcp.sandbox.http.Json;
import io.github.atlassianmcp.sandbox.http.Pages;
import io.github.atlassianmcp.sandbox.jira.Board;
import io.github.atlassianmcp.sandbox.jira.JiraJson;
import io.github.atlassianmcp.sandbox.jira.Project;
import io.github.atlassianmcp.sandbox.jira.Sprint;
import java.util.List;
import java.util.function.Function;

/** Jira Software's JSON: boards, sprints, and its pages. Links are on {@code base}, the site or the gateway. */
final class AgileJson {

  private AgileJson() {}

  static JsonObject board(Board board, String base) {
    Project project = board.project();
    String display = project.name() + " (" + project.key() + ")";
    return Json.object()
        .put("id", board.id())
        .put("self", base + "/rest/agile/1.0/board/" + board.id())
        .put("name", board.name())
        .put("type", board.type())
        .put("location", Json.object()
            .put("projectId", Long.parseLong(project.id()))
            .put("displayName", display)
            .put("projectName", project.name())
            .put("projectKey", project.key())
            .put("projectTypeKey", project.typeKey())
            .put("avatarURI", base + "/rest/api/2/universal_avatar/view/type/project/avatar/" + project.avatarId()
                + "?size=small")
            .put("name", display))
        .put("isPrivate", false)
        .build();
  }

  /** A sprint as Jira Software answers it (SprintBean). */
  static JsonObject sprint(Sprint sprint, String base) {
    Json.ObjectBuilder json = Json.object()
        .put("id", sprint.id())
        .put("self", base + "/rest/agile/1.0/sprint/" + sprint.id())
        .put("state", sprint.state().key())
        .put("name", sprint.name());
    JiraJson.sprintDates(json, sprint);
    if (sprint.created() != null) {
      json.put("createdDate", JiraJson.sprintDate(sprint.created()));
    }
    return json
        .put("originBoardId", sprint.boardId())
        .put("goal", sprint.goal() == null ? "" : sprint.goal())
        .build();
  }

  /**
   * Jira Software's page, as the request's {@code startAt} and {@code maxResults} (at most 50) ask:
   * {@code maxResults}, {@code startAt}, {@code total} (left out where Jira leaves it out, as for sprints),
   * {@code isLast} and the {@code values}.
   */
  static <T> JsonObject page(Call call, List<T> all, boolean withTotal, Function<T, ? extends JsonElement> render) {
    int startAt = call.count("startAt", 0);
    int maxResults = Math.max(1, Math.min(call.count("maxResults", 50), 50));
    List<T> page = Pages.slice(all, startAt, maxResults);
    Json.ObjectBuilder json = Json.object().put("maxResults", maxResults).put("startAt", startAt);
    if (withTotal) {
      json.put("total", all.size());
    }
    return json
        .put("isLast", startAt + page.size() >= all.size())
        .put("values", Json.array(page, render))
        .build();
  }
}
