package io.github.atlassianmcp.sandbox.servicedesk;

import io.github.atlassianmcp.sandbox.SandboxUser;
import io.github.atlassianmcp.sandbox.http.Call;
import io.github.atlassianmcp.sandbox.http.HttpResponse;
import io.github.atlassianmcp.sandbox.http.Router;
import io.github.atlassianmcp.sandbox.jira.StatusCategory;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Customer requests: the list (ownership, status and text filters, start/limit paging, newest activity first),
 * one request with its expansions, and its status history, participants and SLAs (agents only).
 *
 * <p>{@code requestOwnership} as JSM Cloud applies it: absent, it is OWNED_REQUESTS, PARTICIPATED_REQUESTS and
 * ALL_ORGANIZATIONS for everyone, agents included, so an agent who sends nothing sees only their own requests.
 * ALL_REQUESTS gives an agent every request of the desks they work on and a customer only their own (raised,
 * participating, approving). APPROVER lists the requests the caller is asked to approve, narrowed by
 * {@code approvalStatus}. The sandbox has no organizations, so ORGANIZATION and ALL_ORGANIZATIONS add nothing.
 */
public final class RequestResource {

  private static final Set<String> OWNERSHIPS = Set.of("OWNED_REQUESTS", "PARTICIPATED_REQUESTS", "ORGANIZATION",
      "ALL_ORGANIZATIONS", "APPROVER", "ALL_REQUESTS");
  private static final List<String> DEFAULT_OWNERSHIP = List.of("OWNED_REQUESTS", "PARTICIPATED_REQUESTS",
      "ALL_ORGANIZATIONS");
  private static final Set<String> APPROVAL_STATUSES = Set.of("MY_PENDING_APPROVAL", "MY_HISTORY_APPROVAL");
  private static final String PATH = "/rest/servicedeskapi/request";

  private final ServiceDeskSite site;
  private final RequestJson json;

  public RequestResource(ServiceDeskSite site) {
    this.site = site;
    this.json = new RequestJson(site);
  }

  public void register(Router router) {
    router.get(PATH, this::list);
    router.get(PATH + "/{issueIdOrKey}", this::get);
    router.get(PATH + "/{issueIdOrKey}/status", this::status);
    router.get(PATH + "/{issueIdOrKey}/participant", this::participants);
    router.get(PATH + "/{issueIdOrKey}/sla", this::slas);
    router.get(PATH + "/{issueIdOrKey}/sla/{slaMetricId}", this::sla);
  }

  private HttpResponse list(Call call) {
    Predicate<ServiceDeskSite.Found> filter = ownership(call).and(statusFilter(call)).and(text(call)).and(desk(call));
    List<ServiceDeskSite.Found> found = new ArrayList<>();
    for (CustomerRequest request : site.desks().requests()) {
      site.jira().issue(request.issueKey()).ifPresent(issue -> found.add(new ServiceDeskSite.Found(issue, request)));
    }
    List<ServiceDeskSite.Found> matching = found.stream()
        .filter(filter)
        .sorted(Comparator.comparing((ServiceDeskSite.Found f) -> f.issue().updated()).reversed()
            .thenComparing(f -> f.issue().id(), Comparator.reverseOrder()))
        .toList();
    Set<String> expand = expand(call);
    return HttpResponse.json(200, PagedDto.of(matching, call.count("start", 0),
        call.count("limit", 50), call.apiBase(), PATH, keptQuery(call), RequestJson.EXPANDS,
        f -> json.request(f.issue(), f.request(), expand, call.apiBase(), call.siteBase(), call.caller().user())));
  }

  private HttpResponse get(Call call) {
    ServiceDeskSite.Found found = site.request(call);
    return HttpResponse.json(200, json.request(found.issue(), found.request(), expand(call), call.apiBase(),
        call.siteBase(), call.caller().user()));
  }

  private HttpResponse status(Call call) {
    ServiceDeskSite.Found found = site.request(call);
    Instant now = site.clock().instant();
    return HttpResponse.json(200, PagedDto.of(RequestJson.history(found.issue(), found.request()),
        call.count("start", 0), call.count("limit", 50), call.apiBase(),
        PATH + "/" + found.issue().id() + "/status", "", List.of(), change -> RequestJson.status(change, now)));
  }

  private HttpResponse participants(Call call) {
    ServiceDeskSite.Found found = site.request(call);
    return HttpResponse.json(200, PagedDto.of(found.request().participants(),
        call.count("start", 0), call.count("limit", 50), call.apiBase(),
        PATH + "/" + found.issue().id() + "/participant", "", List.of(),
        user -> JsmJson.user(user, call.apiBase())));
  }

  private HttpResponse slas(Call call) {
    ServiceDeskSite.Found found = site.request(call);
    ServiceDeskSite.requireAgent(call);
    Instant now = site.clock().instant();
    return HttpResponse.json(200, PagedDto.of(site.desks().slaGoals(), call.count("start", 0),
        call.count("limit", 50), call.apiBase(), PATH + "/" + found.issue().id() + "/sla", "",
        List.of(), goal -> SlaCalculator.sla(goal, found.issue(), found.request(), now, call.apiBase())));
  }

  private HttpResponse sla(Call call) {
    ServiceDeskSite.Found found = site.request(call);
    ServiceDeskSite.requireAgent(call);
    String id = call.pathVariable("slaMetricId");
    SlaGoal goal = site.desks().slaGoals().stream().filter(candidate -> candidate.id().equals(id)).findFirst()
        .orElseThrow(() -> ServiceDeskSite.notFound("The SLA metric " + id + " does not exist on this request."));
    return HttpResponse.json(200, SlaCalculator.sla(goal, found.issue(), found.request(), site.clock().instant(),
        call.apiBase()));
  }

  private Predicate<ServiceDeskSite.Found> ownership(Call call) {
    Set<String> ownership = new HashSet<>();
    call.request().queryParams("requestOwnership").forEach(value -> ownership.addAll(List.of(value.split(","))));
    for (String value : ownership) {
      if (!OWNERSHIPS.contains(value)) {
        throw ServiceDeskSite.badRequest("The requestOwnership value '" + value + "' is not supported. Use one of "
            + OWNERSHIPS + ".");
      }
    }
    if (ownership.isEmpty()) {
      ownership.addAll(DEFAULT_OWNERSHIP);
    }
    SandboxUser caller = call.caller().user();
    Predicate<ServiceDeskSite.Found> approving = approving(call, caller);
    Predicate<ServiceDeskSite.Found> matches = found -> false;
    for (String value : ownership) {
      Predicate<ServiceDeskSite.Found> one = switch (value) {
        case "ALL_REQUESTS" -> found -> ServiceDeskSite.canSee(caller, found);
        case "OWNED_REQUESTS" -> found -> found.issue().reporter().accountId().equals(caller.accountId());
        case "PARTICIPATED_REQUESTS" -> found -> found.request().isParticipant(caller);
        case "APPROVER" -> approving;
        // ORGANIZATION and ALL_ORGANIZATIONS: the sandbox's customers belong to no organization.
        default -> found -> false;
      };
      matches = matches.or(one);
    }
    return matches;
  }

  /** APPROVER: requests with an approval the caller is asked for; approvalStatus narrows to pending or decided. */
  private static Predicate<ServiceDeskSite.Found> approving(Call call, SandboxUser caller) {
    String status = call.query("approvalStatus").orElse(null);
    if (status != null && !APPROVAL_STATUSES.contains(status)) {
      throw ServiceDeskSite.badRequest("The approvalStatus value '" + status + "' is not supported. Use"
          + " MY_PENDING_APPROVAL or MY_HISTORY_APPROVAL.");
    }
    Predicate<Approval> approval;
    if ("MY_PENDING_APPROVAL".equals(status)) {
      approval = candidate -> candidate.canAnswer(caller);
    } else if ("MY_HISTORY_APPROVAL".equals(status)) {
      approval = candidate -> candidate.approver(caller)
          .map(approver -> approver.decision() != Approval.Decision.PENDING).orElse(false);
    } else {
      approval = candidate -> candidate.isApprover(caller);
    }
    return found -> found.request().approvals().stream().anyMatch(approval);
  }

  private static Predicate<ServiceDeskSite.Found> statusFilter(Call call) {
    String status = call.query("requestStatus").orElse("ALL_REQUESTS");
    return switch (status) {
      case "OPEN_REQUESTS" -> found -> found.issue().status().category() != StatusCategory.DONE;
      case "CLOSED_REQUESTS" -> found -> found.issue().status().category() == StatusCategory.DONE;
      case "ALL_REQUESTS" -> found -> true;
      default -> throw ServiceDeskSite.badRequest("The requestStatus value '" + status + "' is not supported. Use"
          + " OPEN_REQUESTS, CLOSED_REQUESTS or ALL_REQUESTS.");
    };
  }

  private static Predicate<ServiceDeskSite.Found> text(Call call) {
    String term = call.query("searchTerm").orElse("").strip().toLowerCase(Locale.ROOT).replace("*", "");
    if (term.isEmpty()) {
      return found -> true;
    }
    return found -> found.issue().summary().toLowerCase(Locale.ROOT).contains(term);
  }

  private Predicate<ServiceDeskSite.Found> desk(Call call) {
    String deskId = call.query("serviceDeskId").orElse(null);
    String typeId = call.query("requestTypeId").orElse(null);
    if (deskId != null && site.desks().desk(deskId).isEmpty()) {
      throw ServiceDeskSite.notFound("The service desk " + deskId + " does not exist, or you do not have"
          + " permission to see it.");
    }
    return found -> (deskId == null || found.request().serviceDeskId().equals(deskId))
        && (typeId == null || found.request().requestTypeId().equals(typeId));
  }

  private static String keptQuery(Call call) {
    List<String> kept = new ArrayList<>();
    for (Map.Entry<String, List<String>> entry : call.request().query().entrySet()) {
      if (!entry.getKey().equals("start") && !entry.getKey().equals("limit")) {
        entry.getValue().forEach(value -> kept.add(entry.getKey() + "="
            + URLEncoder.encode(value, StandardCharsets.UTF_8)));
      }
    }
    return String.join("&", kept);
  }

  static Set<String> expand(Call call) {
    Set<String> expand = new HashSet<>();
    call.request().queryParams("expand").forEach(value -> expand.addAll(List.of(value.split(","))));
    return expand;
  }
}
