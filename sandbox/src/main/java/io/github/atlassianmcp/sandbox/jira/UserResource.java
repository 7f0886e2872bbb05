package io.github.atlassianmcp.sandbox.jira;

import io.github.atlassianmcp.sandbox.SandboxUser;
import io.github.atlassianmcp.sandbox.http.Call;
import io.github.atlassianmcp.sandbox.http.HttpResponse;
import io.github.atlassianmcp.sandbox.http.Json;
import io.github.atlassianmcp.sandbox.http.Pages;
import io.github.atlassianmcp.sandbox.http.Router;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * People: {@code /myself}, one user by account ID, user search, and the users who can be assigned a project's or
 * an issue's issues. A search matches the start of the display name, of one of its words, or of the email when
 * its owner shows it; user search finds active accounts only, as Jira documents.
 */
public final class UserResource {

  private final JiraSite site;

  public UserResource(JiraSite site) {
    this.site = site;
  }

  public void register(Router router) {
    router.get("/rest/api/3/myself", call -> HttpResponse.json(200, JiraUsers.myself(call.caller().user(),
        call.apiBase())));
    router.get("/rest/api/3/user", this::user);
    router.get("/rest/api/3/user/search", this::search);
    router.get("/rest/api/3/user/assignable/search", this::assignable);
  }

  private HttpResponse user(Call call) {
    String accountId = call.query("accountId")
        .orElseThrow(() -> JiraSite.badRequest("The accountId query parameter is required."));
    SandboxUser user = site.users().byAccountId(accountId)
        .orElseThrow(() -> JiraSite.notFound(FieldValues.NO_USER));
    return HttpResponse.json(200, JiraUsers.full(user, call.apiBase()));
  }

  private HttpResponse search(Call call) {
    if (call.query("query").isEmpty() && call.query("accountId").isEmpty() && call.query("property").isEmpty()) {
      throw JiraSite.badRequest("The query, accountId or property parameter is required.");
    }
    return list(call, SandboxUser::active);
  }

  private HttpResponse assignable(Call call) {
    Optional<String> project = call.query("project");
    Optional<String> issue = call.query("issueKey").or(() -> call.query("issueId"));
    if (project.isEmpty() && issue.isEmpty()) {
      throw JiraSite.badRequest("A project, issue key or issue ID is required.");
    }
    project.ifPresent(key -> site.store().project(key)
        .orElseThrow(() -> JiraSite.notFound("No project could be found with key '" + key + "'.")));
    issue.ifPresent(key -> site.store().issue(key).orElseThrow(() -> JiraSite.notFound(JiraSite.NO_ISSUE)));
    return list(call, FieldValues::assignable);
  }

  private HttpResponse list(Call call, Predicate<SandboxUser> eligible) {
    List<SandboxUser> found = call.query("accountId")
        .map(id -> site.users().byAccountId(id).map(List::of).orElse(List.of()))
        .orElseGet(() -> site.users().search(call.query("query").orElse("")));
    List<SandboxUser> people = found.stream().filter(eligible).toList();
    int startAt = call.count("startAt", 0);
    int maxResults = Math.max(1, Math.min(call.count("maxResults", 50), 1000));
    List<SandboxUser> page = Pages.slice(people, startAt, maxResults);
    return HttpResponse.json(200, Json.array(page, user -> JiraUsers.full(user, call.apiBase())));
  }
}
