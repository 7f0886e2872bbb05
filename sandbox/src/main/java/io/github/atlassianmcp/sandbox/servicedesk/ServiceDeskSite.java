package io.github.atlassianmcp.sandbox.servicedesk;

import io.github.atlassianmcp.sandbox.SandboxUser;
import io.github.atlassianmcp.sandbox.http.ApiException;
import io.github.atlassianmcp.sandbox.http.ApiFamily;
import io.github.atlassianmcp.sandbox.http.Call;
import io.github.atlassianmcp.sandbox.jira.Issue;
import io.github.atlassianmcp.sandbox.jira.JiraStore;
import io.github.atlassianmcp.sandbox.users.UserDirectory;
import java.time.Clock;
import java.util.Optional;

/**
 * What every service desk resource shares: the service desk data, the Jira issues behind the requests, the
 * people and the clock, who may see what, and the common answers.
 *
 * <p>Agents are the site's licensed Atlassian accounts (the sandbox makes every active one an agent of every
 * desk); portal-only customers are not. An agent sees every request of the desk; a customer sees the requests
 * they raised (or that were raised for them), take part in, or are asked to approve, and only their public
 * comments.
 */
public final class ServiceDeskSite {

  static final String REQUEST_NOT_FOUND = "The customer request %s does not exist, or you do not have permission"
      + " to see it.";

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

  static boolean isAgent(SandboxUser user) {
    return user.active() && user.accountType().equals("atlassian");
  }

  /** A customer's own view: raised by them or for them, taking part, or asked to approve. */
  static boolean isOwnRequest(SandboxUser user, Found found) {
    return found.issue().reporter().accountId().equals(user.accountId()) || found.request().isParticipant(user)
        || found.request().isApprover(user);
  }

  static boolean canSee(SandboxUser user, Found found) {
    return isAgent(user) || isOwnRequest(user, found);
  }

  /** The request the {@code issueIdOrKey} path variable names and the caller may see, or the service desk's 404. */
  Found request(Call call) {
    String idOrKey = call.pathVariable("issueIdOrKey");
    return find(idOrKey)
        .filter(found -> canSee(call.caller().user(), found))
        .orElseThrow(() -> notFound(String.format(REQUEST_NOT_FOUND, idOrKey)));
  }

  Optional<Found> find(String idOrKey) {
    return jira.issue(idOrKey)
        .flatMap(issue -> desks.request(issue.key()).map(request -> new Found(issue, request)));
  }

  /** The service desk the {@code serviceDeskId} path variable names, by ID or project key, or the 404. */
  ServiceDesk desk(Call call) {
    String id = call.pathVariable("serviceDeskId");
    return desks.desk(id).or(() -> desks.desks().stream()
            .filter(desk -> desk.project().key().equalsIgnoreCase(id) || desk.project().id().equals(id))
            .findFirst())
        .orElseThrow(() -> notFound("The service desk " + id + " does not exist, or you do not have permission"
            + " to see it."));
  }

  /** Agents only (queues, SLAs): a customer gets the 403 JSM documents for these operations. */
  static void requireAgent(Call call) {
    if (!isAgent(call.caller().user())) {
      throw forbidden("You do not have permission to perform this action: you must be an agent of this service"
          + " desk.");
    }
  }

  static ApiException notFound(String message) {
    return new ApiException(ApiFamily.SERVICE_DESK.error(404, message));
  }

  static ApiException badRequest(String message) {
    return new ApiException(ApiFamily.SERVICE_DESK.error(400, message));
  }

  static ApiException forbidden(String message) {
    return new ApiException(ApiFamily.SERVICE_DESK.error(403, message));
  }

  static ApiException conflict(String message) {
    return new ApiException(ApiFamily.SERVICE_DESK.error(409, message));
  }
}
