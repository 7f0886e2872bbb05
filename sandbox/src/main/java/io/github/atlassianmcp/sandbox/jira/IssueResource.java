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
import java.util.LinkedHashMap;
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
    Map<String, String> errors = new LinkedHashMap<>();
    Optional<Project> project = FieldValues.reference(fields.get("project"), site.store()::project);
    Optional<IssueType> type = Optional.empty();
    if (project.isEmpty()) {
      errors.put("project", "Specify a valid project ID or key");
    } else if (!fields.has("issuetype")) {
      errors.put("issuetype", "Specify an issue type");
    } else {
      type = FieldValues.reference(fields.get("issuetype"), project.get()::issueType);
      if (type.isEmpty()) {
        errors.put("issuetype", "The issue type selected is invalid.");
      }
    }
    Set<String> screen = project.isPresent() && type.isPresent()
        ? site.screens().creatable(project.get(), type.get()) : null;
    FieldValues values = new FieldValues(site, new FieldValues.Target(project.orElse(null), type.orElse(null), null,
        screen, call.caller().user()));
    values.fieldErrors.putAll(errors);
    if (!fields.has("summary")) {
      values.summary(null);
    }
    values.read(fields, Set.of("project", "issuetype"));
    if (body.has("update") && body.get("update").isJsonObject()) {
      new FieldOperations(values).read(body.getAsJsonObject("update"));
    }
    if (type.isPresent() && type.get().subtask() && !fields.has("parent")) {
      values.fieldErrors.put("parent", FieldValues.BAD_HIERARCHY);
    }
    if (!values.ok()) {
      throw JiraSite.errors(values.messages, values.fieldErrors);
    }
    Instant now = site.now();
    Issue created = site.store().create(project.get(), type.get(), "", null, call.caller().user(), null,
        site.store().defaultPriority(), List.of(), null, now, null);
    Issue issue = site.store().update(created.key(), current -> current.with(draft -> {
      values.changes.forEach(change -> change.accept(draft));
      draft.updated = now;
    })).orElseThrow();
    return HttpResponse.json(201, Json.object()
        .put("id", issue.idText())
        .put("key", issue.key())
        .put("self", call.apiBase() + "/rest/api/3/issue/" + issue.id())
        .build());
  }

  private HttpResponse edit(Call call) {
    Issue issue = site.issue(call);
    JsonObject body = JiraSite.body(call);
    FieldValues values = new FieldValues(site, new FieldValues.Target(issue.project(), issue.type(), issue,
        site.screens().editable(issue), call.caller().user()));
    if (body.has("fields") && body.get("fields").isJsonObject()) {
      values.read(body.getAsJsonObject("fields"), Set.of());
    }
    if (body.has("update") && body.get("update").isJsonObject()) {
      new FieldOperations(values).read(body.getAsJsonObject("update"));
    }
    if (!values.ok()) {
      throw JiraSite.errors(values.messages, values.fieldErrors);
    }
    Issue edited = apply(issue.key(), call, values.changes);
    if (call.query("returnIssue").map(Boolean::parseBoolean).orElse(false)) {
      IssueFields fields = IssueFields.parse(List.of(), "*all");
      return HttpResponse.json(200, site.issueJson().render(edited, fields, expand(call), call.apiBase()));
    }
    return HttpResponse.noContent();
  }

  /**
   * Assigns to {@code accountId}; null unassigns, and "-1" picks the project's default assignee (its lead).
   * Only people who can hold issues may be assigned.
   */
  private HttpResponse assign(Call call) {
    Issue issue = site.issue(call);
    JsonObject body = JiraSite.body(call);
    JsonElement accountId = body.get("accountId");
    SandboxUser assignee = null;
    if (accountId != null && !accountId.isJsonNull()) {
      String id = accountId.getAsString();
      assignee = id.equals("-1") ? issue.project().lead() : site.users().byAccountId(id)
          .orElseThrow(() -> JiraSite.errors(List.of(), Map.of("assignee", FieldValues.NO_USER)));
      if (!FieldValues.assignable(assignee)) {
        throw JiraSite.errors(List.of(), Map.of("assignee",
            "User '" + assignee.displayName() + "' cannot be assigned issues."));
      }
    }
    SandboxUser chosen = assignee;
    apply(issue.key(), call, List.of(draft -> draft.assignee = chosen));
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

  /** Applies changes for the caller, recorded in the issue's changelog. */
  private Issue apply(String key, Call call, List<Consumer<Issue.Draft>> changes) {
    Instant now = site.now();
    return site.store().change(key, call.caller().user(), now, current -> current.with(draft -> {
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
