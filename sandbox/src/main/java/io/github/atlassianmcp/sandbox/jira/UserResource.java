package io.github.atlassianmcp.sandbox.jira;

import io.github.atlassianmcp.sandbox.SandboxUser;
import io.github.atlassianmcp.sandbox.http.Call;
import io.github.atlassianmcp.sandbox.http.HttpResponse;
import io.github.atlassianmcp.sandbox.http.Json;
import io.github.atlassianmcp.sandbox.http.Pages;
import io.github.atlassianmcp.sandbox.http.Router;
import java.util.List;

/** People: {@code /myself}, one user by account ID, user search, and users assignable in a project. */
public final class UserResource {

  private final JiraSite site;

  public UserResource(JiraSite site) {
    this.site = site;
  }

  public void register(Router router) {
    router.get("/rest/api/3/myself", call -> HttpResponse.json(200, JiraUsers.full(call.caller().user(),
        call.apiBase())));
    router.get("/rest/api/3/user", this::user);
    router.get("/rest/api/3/user/search", call -> list(call, false));
    router.get("/rest/api/3/user/assignable/search", call -> list(call, true));
  }

  private HttpResponse user(Call call) {
    String accountId = call.query("accountId")
        .orElseThrow(() -> JiraSite.badRequest("The accountId query parameter is required."));
    SandboxUser user = site.users().byAccountId(accountId)
        .orElseThrow(() -> JiraSite.notFound("Specified user does not exist or you do not have required permissions"));
    return HttpResponse.json(200, JiraUsers.full(user, call.apiBase()));
  }

  private HttpResponse list(Call call, boolean assignable) {
    if (assignable && call.query("project").isEmpty() && call.query("issueKey").isEmpty()
        && call.query("issueId").isEmpty()) {
      throw JiraSite.badRequest("A project, issue key or issue ID is required.");
    }
    String query = call.query("query").orElse("");
    List<SandboxUser> found = call.query("accountId")
        .map(id -> site.users().byAccountId(id).map(List::of).orElse(List.of()))
        .orElseGet(() -> site.users().search(query));
    List<SandboxUser> people = found.stream()
        .filter(user -> !assignable || (user.active() && user.accountType().equals("atlassian")))
        .toList();
    int startAt = call.count("startAt", 0);
    int maxResults = Math.max(1, call.count("maxResults", 50));
    List<SandboxUser> page = Pages.slice(people, startAt, maxResults);
    return HttpResponse.json(200, Json.array(page, user -> JiraUsers.full(user, call.apiBase())));
  }
}
