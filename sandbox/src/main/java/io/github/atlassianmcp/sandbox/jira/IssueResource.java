package io.github.atlassianmcp.sandbox.jira;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import io.github.atlassianmcp.sandbox.SandboxUser;
import io.github.atlassianmcp.sandbox.http.Call;
import io.github.atlassianmcp.sandbox.http.HttpResponse;
import io.github.atlassianmcp.sandbox.http.Json;
import io.github.atlassianmcp.sandbox.http.Router;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/** Create, get, edit, assign and delete issues under {@code /rest/api/3/issue}. */
public final class IssueResource {

  private final JiraSite site;

  public IssueResource(JiraSite site) {
    this.site = site;
  }

  public void register(Router router) {
    router.post("/rest/api/3/issue", this::create);
    router.get("/rest/api/3/issue/{issueIdOrKey}", this::get);
    router.put("/rest/api/3/issue/{issueIdOrKey}", this::edit);
    router.delete("/rest/api/3/issue/{issueIdOrKey}", this::delete);
    router.put("/rest/api/3/issue/{issueIdOrKey}/assignee", this::assign);
  }

  private HttpResponse get(Call call) {
    Issue issue = site.issue(call);
    IssueFields fields = IssueFields.parse(call.request().queryParams("fields"), "*all");
    return HttpResponse.json(200, site.issueJson().render(issue, fields, expand(call), call.apiBase()));
  }

  private HttpResponse create(Call call) {
    JsonObject body = JiraSite.body(call);
    JsonObject fields = body.has("fields") && body.get("fields").isJsonObject()
        ? body.getAsJsonObject("fields") : new JsonObject();
    FieldValues values = new FieldValues(site.store(), site.users(), site.adf());
    Optional<Project> project = values.reference(fields.get("project"), "project", site.store()::project,
        "Specify a valid project ID or key");
    Optional<IssueType> type = Optional.empty();
    if (project.isPresent()) {
      if (!fields.has("issuetype")) {
        values.fieldErrors.put("issuetype", "Specify an issue type");
      } else {
        type = values.reference(fields.get("issuetype"), "issuetype", project.get()::issueType,
            "The issue type selected is invalid.");
      }
    }
    Optional<String> summary = values.summary(fields.get("summary"));
    values.read(fields, project.orElse(null), true);
    if (type.isPresent() && type.get().subtask() && !fields.has("parent")) {
      values.fieldErrors.put("parent", "Given parent issue does not belong to appropriate hierarchy.");
    }
    if (!values.ok()) {
      throw JiraSite.errors(values.messages, values.fieldErrors);
    }
    Instant now = site.now();
    Issue created = site.store().create(project.get(), type.get(), summary.get(), null, call.caller().user(), null,
        site.store().defaultPriority(), List.of(), null, now, null);
    Issue issue = apply(created.key(), values.changes, now);
    return HttpResponse.json(201, Json.object()
        .put("id", issue.idText())
        .put("key", issue.key())
        .put("self", call.apiBase() + "/rest/api/3/issue/" + issue.id())
        .build());
  }

  private HttpResponse edit(Call call) {
    Issue issue = site.issue(call);
    JsonObject body = JiraSite.body(call);
    FieldValues values = new FieldValues(site.store(), site.users(), site.adf());
    if (body.has("fields") && body.get("fields").isJsonObject()) {
      values.read(body.getAsJsonObject("fields"), issue.project(), false);
    }
    if (body.has("update") && body.get("update").isJsonObject()) {
      new FieldOperations(values).read(body.getAsJsonObject("update"));
    }
    if (!values.ok()) {
      throw JiraSite.errors(values.messages, values.fieldErrors);
    }
    Issue edited = apply(issue.key(), values.changes, site.now());
    if (call.query("returnIssue").map(Boolean::parseBoolean).orElse(false)) {
      IssueFields fields = IssueFields.parse(List.of(), "*all");
      return HttpResponse.json(200, site.issueJson().render(edited, fields, expand(call), call.apiBase()));
    }
    return HttpResponse.noContent();
  }

  private HttpResponse assign(Call call) {
    Issue issue = site.issue(call);
    JsonObject body = JiraSite.body(call);
    JsonElement accountId = body.get("accountId");
    Optional<SandboxUser> assignee = accountId == null || accountId.isJsonNull() ? Optional.empty()
        : site.users().byAccountId(accountId.getAsString());
    if (accountId != null && !accountId.isJsonNull() && assignee.isEmpty()) {
      throw JiraSite.errors(List.of(), Map.of("assignee",
          "Specified user does not exist or you do not have required permissions"));
    }
    Instant now = site.now();
    site.store().update(issue.key(), current -> current.with(draft -> {
      draft.assignee = assignee.orElse(null);
      draft.updated = now;
    }));
    return HttpResponse.noContent();
  }

  private HttpResponse delete(Call call) {
    Issue issue = site.issue(call);
    List<Issue> children = site.store().children(issue.key());
    boolean withSubtasks = call.query("deleteSubtasks").map(Boolean::parseBoolean).orElse(false);
    if (!children.isEmpty() && !withSubtasks) {
      throw JiraSite.badRequest("The issue has subtasks. To delete it, also delete its subtasks: set"
          + " deleteSubtasks=true.");
    }
    children.forEach(child -> site.store().delete(child.key()));
    site.store().delete(issue.key());
    return HttpResponse.noContent();
  }

  private Issue apply(String key, List<Consumer<Issue.Draft>> changes, Instant now) {
    return site.store().update(key, current -> current.with(draft -> {
      changes.forEach(change -> change.accept(draft));
      draft.updated = now;
    })).orElseThrow(() -> JiraSite.notFound(JiraSite.NO_ISSUE));
  }

  static Set<String> expand(Call call) {
    Set<String> expand = new HashSet<>();
    call.request().queryParams("expand").forEach(value -> expand.addAll(List.of(value.split(","))));
    return expand;
  }
}
