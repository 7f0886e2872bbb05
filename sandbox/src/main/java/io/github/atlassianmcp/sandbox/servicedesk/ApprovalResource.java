package io.github.atlassianmcp.sandbox.servicedesk;

import com.google.gson.JsonElement;
import io.github.atlassianmcp.sandbox.SandboxUser;
import io.github.atlassianmcp.sandbox.http.Call;
import io.github.atlassianmcp.sandbox.http.HttpResponse;
import io.github.atlassianmcp.sandbox.http.Json;
import io.github.atlassianmcp.sandbox.http.Router;
import io.github.atlassianmcp.sandbox.jira.Issue;
import io.github.atlassianmcp.sandbox.jira.Status;
import java.time.Instant;
import java.util.List;

/**
 * The approvals of a customer request, and an approver's decision. An approval takes one decision from each of
 * its approvers until its outcome is known; after that, and for an approver who has already decided, JSM answers
 * 409. The outcome moves the request on as JSM's approval workflow does: to the next approval of its request
 * type, to "Waiting for support" once every approval is granted, or to "Declined".
 */
public final class ApprovalResource {

  private static final String PATH = "/rest/servicedeskapi/request/{issueIdOrKey}/approval";
  static final String APPROVED_STATUS = "Waiting for support";
  static final String DECLINED_STATUS = "Declined";

  private final ServiceDeskSite site;

  public ApprovalResource(ServiceDeskSite site) {
    this.site = site;
  }

  public void register(Router router) {
    router.get(PATH, this::list);
    router.get(PATH + "/{approvalId}", this::get);
    router.post(PATH + "/{approvalId}", this::answer);
  }

  private HttpResponse list(Call call) {
    ServiceDeskSite.Found found = site.request(call);
    SandboxUser viewer = call.caller().user();
    Instant now = site.clock().instant();
    String issueId = found.issue().idText();
    return HttpResponse.json(200, PagedDto.of(found.request().approvals(), call.count("start", 0),
        call.count("limit", 50), call.apiBase(), "/rest/servicedeskapi/request/" + issueId + "/approval", "",
        List.of(), approval -> JsmJson.approval(approval, issueId, viewer, now, call.apiBase())));
  }

  private HttpResponse get(Call call) {
    ServiceDeskSite.Found found = site.request(call);
    Approval approval = approval(found.request(), call.pathVariable("approvalId"));
    return HttpResponse.json(200, JsmJson.approval(approval, found.issue().idText(), call.caller().user(),
        site.clock().instant(), call.apiBase()));
  }

  private HttpResponse answer(Call call) {
    ServiceDeskSite.Found found = site.request(call);
    String approvalId = call.pathVariable("approvalId");
    Approval.Decision decision = decision(call);
    SandboxUser caller = call.caller().user();
    Instant now = site.clock().instant();
    RequestType type = site.desks().requestType(found.request().requestTypeId()).orElseThrow();
    CustomerRequest updated = site.desks().update(found.issue().key(), current -> {
      Approval approval = approval(current, approvalId);
      if (!approval.isApprover(caller)) {
        throw ServiceDeskSite.forbidden("You are not an approver of this approval, so you cannot answer it.");
      }
      if (!approval.canAnswer(caller)) {
        throw ServiceDeskSite.conflict(approval.outcome() == Approval.Decision.PENDING
            ? "You have already answered this approval."
            : "This approval has already been completed: it was " + approval.outcome().json() + ".");
      }
      Approval decided = approval.decide(caller, decision, now);
      CustomerRequest next = current.withApproval(decided);
      if (decided.outcome() == Approval.Decision.APPROVED) {
        int step = current.approvals().indexOf(approval) + 1;
        if (step < type.approvalSteps().size()) {
          return next.withApproval(Approval.pending(site.desks().nextApprovalId(), type.approvalSteps().get(step),
              now));
        }
      }
      if (decided.outcome() != Approval.Decision.PENDING) {
        Status status = status(found.issue(),
            decided.outcome() == Approval.Decision.APPROVED ? APPROVED_STATUS : DECLINED_STATUS);
        next = next.withStatus(new StatusChange(status.name(), status.category(), now));
      }
      return next;
    }).orElseThrow();
    StatusChange last = updated.history().get(updated.history().size() - 1);
    if (!last.status().equals(found.issue().status().name())) {
      Status status = status(found.issue(), last.status());
      site.jira().update(found.issue().key(), issue -> issue.with(draft -> draft.moveTo(status, now)));
    } else {
      site.jira().update(found.issue().key(), issue -> issue.with(draft -> draft.updated = now));
    }
    return HttpResponse.json(200, JsmJson.approval(approval(updated, approvalId), found.issue().idText(), caller,
        now, call.apiBase()));
  }

  private static Approval approval(CustomerRequest request, String id) {
    return request.approval(id).orElseThrow(() -> ServiceDeskSite.notFound("The approval " + id
        + " does not exist on this request."));
  }

  private static Approval.Decision decision(Call call) {
    String decision = Json.parse(call.request().bodyText())
        .filter(JsonElement::isJsonObject)
        .map(JsonElement::getAsJsonObject)
        .flatMap(body -> Json.string(body, "decision"))
        .orElse("");
    return switch (decision) {
      case "approve" -> Approval.Decision.APPROVED;
      case "decline" -> Approval.Decision.DECLINED;
      default -> throw ServiceDeskSite.badRequest("The decision must be \"approve\" or \"decline\", such as"
          + " {\"decision\": \"approve\"}.");
    };
  }

  private static Status status(Issue issue, String name) {
    return issue.project().statuses().stream().filter(status -> status.name().equals(name)).findFirst()
        .orElseThrow(() -> new IllegalStateException(issue.project().key() + " has no status " + name));
  }
}
