package io.github.atlassianmcp.sandbox.jira;

import io.github.atlassianmcp.sandbox.http.Call;
import io.github.atlassianmcp.sandbox.http.HttpResponse;
import io.github.atlassianmcp.sandbox.http.Router;

/** {@code GET /rest/api/3/myself}: the caller. */
public final class MyselfResource {

  public void register(Router router) {
    router.get("/rest/api/3/myself", this::myself);
  }

  private HttpResponse myself(Call call) {
    return HttpResponse.json(200, JiraUsers.full(call.caller().user(), call.apiBase()));
  }
}
