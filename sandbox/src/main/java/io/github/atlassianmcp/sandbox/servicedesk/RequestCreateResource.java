package io.github.atlassianmcp.sandbox.servicedesk;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import io.github.atlassianmcp.sandbox.SandboxUser;
import io.github.atlassianmcp.sandbox.adf.AdfInput;
import io.github.atlassianmcp.sandbox.http.Call;
import io.github.atlassianmcp.sandbox.http.HttpResponse;
import io.github.atlassianmcp.sandbox.http.Json;
import io.github.atlassianmcp.sandbox.http.Router;
import io.github.atlassianmcp.sandbox.jira.Issue;
import io.github.atlassianmcp.sandbox.jira.Project;
import io.github.atlassianmcp.sandbox.jira.Status;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Raising a customer request: in a service desk, of a request type, with its form's fields, optionally on behalf
 * of a customer ({@code raiseOnBehalfOf}, agents only) and with participants. The request becomes a Jira issue of
 * the request type's issue type; a request type with approvals starts in "Waiting for approval" with its first
 * approval pending.
 */
public final class RequestCreateResource {

  private static final String WAITING_FOR_APPROVAL = "Waiting for approval";

  private final ServiceDeskSite site;
  private final RequestJson json;
  private final RequestForm form;

  public RequestCreateResource(ServiceDeskSite site) {
    this.site = site;
    this.json = new RequestJson(site);
    this.form = new RequestForm(site.jira(), new AdfInput());
  }

  public void register(Router router) {
    router.post("/rest/servicedeskapi/request", this::create);
  }

  private HttpResponse create(Call call) {
    JsonObject body = Json.parse(call.request().bodyText())
        .filter(JsonElement::isJsonObject)
        .map(JsonElement::getAsJsonObject)
        .orElseThrow(() -> ServiceDeskSite.badRequest("The body must be a JSON object such as {\"serviceDeskId\":"
            + " \"1\", \"requestTypeId\": \"2\", \"requestFieldValues\": {\"summary\": \"...\"}}."));
    SandboxUser caller = call.caller().user();
    String deskId = Json.string(body, "serviceDeskId").orElseThrow(() -> ServiceDeskSite.badRequest(
        "The serviceDeskId is required."));
    ServiceDesk desk = site.desks().desk(deskId).orElseThrow(() -> ServiceDeskSite.badRequest(
        "The service desk " + deskId + " does not exist, or you do not have permission to see it."));
    String typeId = Json.string(body, "requestTypeId").orElseThrow(() -> ServiceDeskSite.badRequest(
        "The requestTypeId is required."));
    RequestType type = site.desks().requestType(typeId).filter(found -> found.serviceDeskId().equals(desk.id()))
        .orElseThrow(() -> ServiceDeskSite.badRequest("The request type " + typeId + " does not exist on service"
            + " desk " + desk.id() + "."));
    SandboxUser reporter = onBehalfOf(body, caller);
    List<SandboxUser> participants = participants(body);
    JsonElement values = body.get("requestFieldValues");
    RequestForm.Input input = form.read(type, values != null && values.isJsonObject() ? values.getAsJsonObject()
        : new JsonObject(), body.has("isAdfRequest") && body.get("isAdfRequest").getAsBoolean());

    Instant now = site.clock().instant();
    Project project = desk.project();
    Issue issue = site.jira().create(project, project.issueType(type.issueTypeId()).orElseThrow(), input.summary(),
        input.description(), reporter, null, input.priority().orElse(site.jira().defaultPriority()), List.of(),
        null, now, null);
    List<StatusChange> history = new ArrayList<>();
    history.add(new StatusChange(issue.status().name(), issue.status().category(), now));
    List<Approval> approvals = new ArrayList<>();
    if (!type.approvalSteps().isEmpty()) {
      Status waiting = project.statuses().stream().filter(status -> status.name().equals(WAITING_FOR_APPROVAL))
          .findFirst().orElseThrow();
      issue = site.jira().update(issue.key(), current -> current.with(draft -> draft.moveTo(waiting, now)))
          .orElseThrow();
      history.add(new StatusChange(waiting.name(), waiting.category(), now));
      approvals.add(Approval.pending(site.desks().nextApprovalId(), type.approvalSteps().get(0), now));
    }
    CustomerRequest request = new CustomerRequest(issue.key(), desk.id(), type.id(), participants, history,
        input.custom(), approvals);
    site.desks().put(request);
    return HttpResponse.json(201, json.request(issue, request, Set.of(), call.apiBase(), call.siteBase(), caller));
  }

  /** The customer the request is for: the caller, or whom an agent names in {@code raiseOnBehalfOf}. */
  private SandboxUser onBehalfOf(JsonObject body, SandboxUser caller) {
    if (!body.has("raiseOnBehalfOf")) {
      return caller;
    }
    if (!ServiceDeskSite.isAgent(caller)) {
      throw ServiceDeskSite.forbidden("You do not have permission to raise a request on behalf of another user.");
    }
    String accountId = Json.string(body, "raiseOnBehalfOf").orElse("");
    return active(accountId);
  }

  private List<SandboxUser> participants(JsonObject body) {
    List<SandboxUser> participants = new ArrayList<>();
    JsonElement given = body.get("requestParticipants");
    if (given != null && given.isJsonArray()) {
      for (JsonElement accountId : (JsonArray) given) {
        participants.add(active(accountId.isJsonPrimitive() ? accountId.getAsString() : ""));
      }
    }
    return participants;
  }

  /** An active user by account ID, as JSM wants customers named on Cloud. */
  private SandboxUser active(String accountId) {
    return site.users().byAccountId(accountId).filter(SandboxUser::active)
        .orElseThrow(() -> ServiceDeskSite.badRequest("The user with account ID '" + accountId + "' does not"
            + " exist or is not active. Name customers by their Atlassian account ID."));
  }
}
