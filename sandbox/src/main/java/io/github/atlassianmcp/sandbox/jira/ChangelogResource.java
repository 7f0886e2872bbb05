package io.github.atlassianmcp.sandbox.jira;

import io.github.atlassianmcp.sandbox.http.Call;
import io.github.atlassianmcp.sandbox.http.HttpResponse;
import io.github.atlassianmcp.sandbox.http.Router;
import java.util.List;

/** An issue's changelog, oldest first, in Jira's offset pages of at most 100 entries. */
public final class ChangelogResource {

  private final JiraSite site;

  public ChangelogResource(JiraSite site) {
    this.site = site;
  }

  public void register(Router router) {
    router.get("/rest/api/3/issue/{issueIdOrKey}/changelog", this::list);
  }

  private HttpResponse list(Call call) {
    Issue issue = site.issue(call);
    int startAt = call.count("startAt", 0);
    int maxResults = Math.max(1, Math.min(call.count("maxResults", 100), 100));
    List<ChangeGroup> history = site.store().changelog(issue.id());
    String path = call.apiBase() + "/rest/api/3/issue/" + call.pathVariable("issueIdOrKey") + "/changelog";
    return HttpResponse.json(200, JiraJson.pageBean(start -> path + "?maxResults=" + maxResults + "&startAt=" + start,
        history, startAt, maxResults, group -> JiraJson.changeGroup(group, call.apiBase())));
  }
}
