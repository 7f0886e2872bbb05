package io.github.atlassianmcp.sandbox.agile;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import io.github.atlassianmcp.sandbox.http.Call;
import io.github.atlassianmcp.sandbox.http.HttpResponse;
import io.github.atlassianmcp.sandbox.http.Json;
import io.github.atlassianmcp.sandbox.http.Router;
import io.github.atlassianmcp.sandbox.jira.CustomFieldValues;
import io.github.atlassianmcp.sandbox.jira.Issue;
import io.github.atlassianmcp.sandbox.jira.JiraSite;
import io.github.atlassianmcp.sandbox.jira.Sprint;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One sprint, and moving issues into it. Jira's rules: only into an open (active or future) sprint, at most 50
 * issues at a time, each issue in one open sprint at a time (the closed sprints it was in stay on it). A
 * subtask goes wherever its parent goes, so it cannot be moved on its own.
 */
final class SprintResource {

  static final String NO_SPRINT = "Sprint does not exist or you do not have permission to see it.";
  static final String CLOSED = "You must specify a sprint which has not been completed.";
  static final int MOVE_LIMIT = 50;

  private final JiraSite site;

  SprintResource(JiraSite site) {
    this.site = site;
  }

  void register(Router router) {
    router.get("/rest/agile/1.0/sprint/{sprintId}", this::get);
    router.post("/rest/agile/1.0/sprint/{sprintId}/issue", this::move);
  }

  private HttpResponse get(Call call) {
    return HttpResponse.json(200, AgileJson.sprint(sprint(call), call.apiBase()));
  }

  private HttpResponse move(Call call) {
    Sprint sprint = sprint(call);
    JsonObject body = Json.parse(call.request().bodyText()).filter(JsonElement::isJsonObject)
        .map(JsonElement::getAsJsonObject)
        .orElseThrow(() -> call.error(400, "Send a JSON object such as {\"issues\": [\"PROJ-1\", \"PROJ-2\"]}."));
    if (!sprint.open()) {
      throw call.error(400, CLOSED);
    }
    List<Issue> issues = issues(call, body);
    CustomFieldValues sprints = new CustomFieldValues(site.store());
    Instant now = site.now();
    for (Issue issue : issues) {
      site.store().change(issue.key(), call.caller().user(), now, current -> current.with(draft -> {
        sprints.putInSprint(draft, sprint);
        draft.updated = now;
      }));
    }
    return HttpResponse.noContent();
  }

  /** The issues a move names, all checked before any moves. */
  private List<Issue> issues(Call call, JsonObject body) {
    JsonElement keys = body.get("issues");
    if (keys == null || !keys.isJsonArray() || keys.getAsJsonArray().isEmpty()
        || keys.getAsJsonArray().size() > MOVE_LIMIT) {
      throw call.error(400, "Name between 1 and " + MOVE_LIMIT + " issues to move, by key or ID, in \"issues\".");
    }
    List<Issue> issues = new ArrayList<>();
    for (JsonElement key : keys.getAsJsonArray()) {
      String handle = key.isJsonPrimitive() ? key.getAsString() : key.toString();
      Issue issue = site.store().issue(handle)
          .orElseThrow(() -> call.error(400, "Issue '" + handle + "' does not exist or you do not have permission"
              + " to see it."));
      if (issue.type().subtask()) {
        throw call.error(400, "Issue '" + issue.key() + "' is a subtask: it is in the sprint of its parent, "
            + issue.parentKey() + ". Move the parent instead.");
      }
      issues.add(issue);
    }
    return issues;
  }

  private Sprint sprint(Call call) {
    Optional<Sprint> sprint = BoardResource.id(call.pathVariable("sprintId")).flatMap(site.store()::sprint);
    return sprint.orElseThrow(() -> call.error(404, NO_SPRINT));
  }
}
