package io.github.atlassianmcp.sandbox.servicedesk;

import io.github.atlassianmcp.sandbox.http.Call;
import io.github.atlassianmcp.sandbox.http.HttpResponse;
import io.github.atlassianmcp.sandbox.http.Router;
import io.github.atlassianmcp.sandbox.jira.Issue;
import io.github.atlassianmcp.sandbox.jira.IssueFields;
import io.github.atlassianmcp.sandbox.jira.IssueJson;
import io.github.atlassianmcp.sandbox.jira.IssueQuery;
import io.github.atlassianmcp.sandbox.jira.QueryContext;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;

/**
 * The queues of a service desk (agents only): each a JQL query run for the caller ({@code currentUser()} is the
 * agent asking), counted only when {@code includeCount=true}, and its issues with just the fields its columns
 * show, as JSM answers getIssuesInQueue.
 */
public final class QueueResource {

  private static final String QUEUES = "/rest/servicedeskapi/servicedesk/{serviceDeskId}/queue";

  private final ServiceDeskSite site;
  private final IssueJson issueJson;

  public QueueResource(ServiceDeskSite site) {
    this.site = site;
    this.issueJson = new IssueJson(site.jira());
  }

  public void register(Router router) {
    router.get(QUEUES, this::list);
    router.get(QUEUES + "/{queueId}", this::get);
    router.get(QUEUES + "/{queueId}/issue", this::issues);
  }

  private HttpResponse list(Call call) {
    ServiceDeskSite.requireAgent(call);
    ServiceDesk desk = site.desk(call);
    boolean count = includeCount(call);
    return HttpResponse.json(200, PagedDto.of(site.desks().queues(desk.id()), call.count("start", 0),
        call.count("limit", 50), call.apiBase(), "/rest/servicedeskapi/servicedesk/" + desk.id() + "/queue",
        count ? "includeCount=true" : "", List.of(),
        queue -> JsmJson.queue(queue, count ? matching(queue, call).size() : null, call.apiBase())));
  }

  private HttpResponse get(Call call) {
    ServiceDeskSite.requireAgent(call);
    Queue queue = queue(call);
    return HttpResponse.json(200, JsmJson.queue(queue, includeCount(call) ? matching(queue, call).size() : null,
        call.apiBase()));
  }

  private HttpResponse issues(Call call) {
    ServiceDeskSite.requireAgent(call);
    Queue queue = queue(call);
    IssueFields fields = IssueFields.parse(queue.fields(), "id");
    return HttpResponse.json(200, PagedDto.of(matching(queue, call), call.count("start", 0),
        call.count("limit", 50), call.apiBase(), "/rest/servicedeskapi/servicedesk/" + queue.serviceDeskId()
            + "/queue/" + queue.id() + "/issue", "", List.of(),
        issue -> issueJson.render(issue, fields, Set.of(), call.apiBase())));
  }

  private static boolean includeCount(Call call) {
    return call.query("includeCount").map(Boolean::parseBoolean).orElse(false);
  }

  private Queue queue(Call call) {
    ServiceDesk desk = site.desk(call);
    String id = call.pathVariable("queueId");
    return site.desks().queues(desk.id()).stream().filter(queue -> queue.id().equals(id)).findFirst()
        .orElseThrow(() -> ServiceDeskSite.notFound("The queue " + id + " does not exist on service desk "
            + desk.id() + "."));
  }

  /** The queue's issues for this caller, in the queue's order. */
  private List<Issue> matching(Queue queue, Call call) {
    QueryContext context = new QueryContext(call.caller().user(), site.clock().instant(), ZoneOffset.UTC,
        site.jira(), site.users());
    IssueQuery query = IssueQuery.compile(queue.jql(), context, true).query()
        .orElseThrow(() -> new IllegalStateException("The queue " + queue.name() + " has a JQL the sandbox cannot"
            + " run: " + queue.jql()));
    return query.run(site.jira().issues());
  }
}
