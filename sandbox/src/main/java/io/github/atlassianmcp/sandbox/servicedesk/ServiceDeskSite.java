package io.github.atlassianmcp.sandbox.servicedesk;

import io.github.atlassianmcp.sandbox.http.ApiException;
import io.github.atlassianmcp.sandbox.http.ApiFamily;
import io.github.atlassianmcp.sandbox.http.Call;
import io.github.atlassianmcp.sandbox.jira.Issue;
import io.github.atlassianmcp.sandbox.jira.JiraStore;
import io.github.atlassianmcp.sandbox.users.UserDirectory;
import java.time.Clock;

/**
 * What every service desk resource shares: the service desk data, the Jira issues behind the requests, the
 * people and the clock, and the common answers.
 */
public final class ServiceDeskSite {

  private final ServiceDeskStore desks;
  private final JiraStore jira;
  private final UserDirectory users;
  private final Clock clock;

  public ServiceDeskSite(ServiceDeskStore desks, JiraStore jira, UserDirectory users, Clock clock) {
    this.desks = desks;
    this.jira = jira;
    this.users = users;
    this.clock = clock;
  }

  public ServiceDeskStore desks() {
    return desks;
  }

  public JiraStore jira() {
    return jira;
  }

  public UserDirectory users() {
    return users;
  }

  public Clock clock() {
    return clock;
  }

  /** A customer request with its issue. */
  record Found(Issue issue, CustomerRequest request) {}

  /** The request the {@code issueIdOrKey} path variable names, or the service desk's 404. */
  Found request(Call call) {
    String idOrKey = call.pathVariable("issueIdOrKey");
    return jira.issue(idOrKey)
        .flatMap(issue -> desks.request(issue.key()).map(request -> new Found(issue, request)))
        .orElseThrow(() -> notFound("The customer request " + idOrKey + " does not exist, or you do not have"
            + " permission to see it."));
  }

  static ApiException notFound(String message) {
    return new ApiException(ApiFamily.SERVICE_DESK.error(404, message));
  }

  static ApiException badRequest(String message) {
    return new ApiException(ApiFamily.SERVICE_DESK.error(400, message));
  }
}
