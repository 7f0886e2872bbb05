package io.github.atlassianmcp.sandbox.servicedesk;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import io.github.atlassianmcp.sandbox.SandboxUser;
import io.github.atlassianmcp.sandbox.adf.AdfText;
import io.github.atlassianmcp.sandbox.http.Json;
import io.github.atlassianmcp.sandbox.jira.Comment;
import io.github.atlassianmcp.sandbox.jira.Issue;
import io.github.atlassianmcp.sandbox.jira.JiraJson;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** CustomerRequestDTO, CommentDTO and the status history, as the service desk API renders them. */
final class RequestJson {

  static final List<String> EXPANDS = List.of("participant", "status", "sla", "requestType", "serviceDesk",
      "attachment", "action", "comment");

  private final ServiceDeskSite site;

  RequestJson(ServiceDeskSite site) {
    this.site = site;
  }

  /**
   * A CustomerRequestDTO as {@code viewer} sees it: customers get no SLAs and only public comments, and their
   * actions are a customer's.
   */
  JsonObject request(Issue issue, CustomerRequest request, Set<String> expand, String base, String siteBase,
      SandboxUser viewer) {
    Instant now = site.clock().instant();
    RequestType type = site.desks().requestType(request.requestTypeId()).orElseThrow();
    List<StatusChange> history = history(issue, request);
    StatusChange current = history.get(0);
    boolean agent = ServiceDeskSite.isAgent(viewer);
    Json.ObjectBuilder json = Json.object()
        .put("_expands", Json.strings(EXPANDS))
        .put("issueId", issue.idText())
        .put("issueKey", issue.key())
        .put("summary", issue.summary())
        .put("requestTypeId", request.requestTypeId())
        .put("serviceDeskId", request.serviceDeskId())
        .put("createdDate", JsmJson.date(issue.created(), now))
        .put("reporter", JsmJson.user(issue.reporter(), base))
        .put("requestFieldValues", fieldValues(issue, request, type, base))
        .put("currentStatus", status(current, now));
    if (expand.contains("serviceDesk")) {
      json.put("serviceDesk", JsmJson.serviceDesk(site.desks().desk(request.serviceDeskId()).orElseThrow(), base));
    }
    if (expand.contains("requestType")) {
      json.put("requestType", JsmJson.requestType(type, base));
    }
    String self = "/rest/servicedeskapi/request/" + issue.id();
    if (expand.contains("participant")) {
      json.put("participants", PagedDto.of(request.participants(), 0, 50, base, self + "/participant", "",
          List.of(), user -> JsmJson.user(user, base)));
    }
    if (expand.contains("status")) {
      json.put("status", PagedDto.of(history, 0, 50, base, self + "/status", "", List.of(),
          change -> status(change, now)));
    }
    if (expand.contains("sla") && agent) {
      json.put("sla", PagedDto.of(site.desks().slaGoals(), 0, 50, base, self + "/sla", "", List.of(),
          goal -> SlaCalculator.sla(goal, issue, request, now, base)));
    }
    if (expand.contains("comment")) {
      List<Comment> visible = issue.comments().stream().filter(comment -> agent || comment.jsdPublic()).toList();
      json.put("comments", PagedDto.of(visible, 0, 50, base, self + "/comment", "",
          List.of("attachment", "renderedBody"), comment -> comment(issue, comment, false, base)));
    }
    if (expand.contains("attachment")) {
      json.put("attachments", PagedDto.of(List.of(), 0, 50, base, self + "/attachment", "", List.of(),
          item -> new JsonObject()));
    }
    if (expand.contains("action")) {
      JsonObject allowed = Json.object().put("allowed", true).build();
      // Customers may not manage participants unless the desk lets them; the sandbox's desk does not.
      JsonObject participants = Json.object().put("allowed", agent).build();
      json.put("actions", Json.object()
          .put("addAttachment", allowed.deepCopy())
          .put("addComment", allowed.deepCopy())
          .put("addParticipant", participants.deepCopy())
          .put("removeParticipant", participants.deepCopy()));
    }
    return json.put("_links", Json.object()
            .put("jiraRest", base + "/rest/api/2/issue/" + issue.id())
            .put("web", siteBase + "/servicedesk/customer/portal/" + request.serviceDeskId() + "/" + issue.key())
            .put("agent", siteBase + "/browse/" + issue.key())
            .put("self", base + self))
        .build();
  }

  /**
   * The request's field values in the order of its form, as JSM lists them: summary, description (with its
   * rendering), priority and the custom fields, each with the form's label; fields without a value are left out.
   */
  private static JsonArray fieldValues(Issue issue, CustomerRequest request, RequestType type, String base) {
    JsonArray values = new JsonArray();
    values.add(Json.object().put("fieldId", "summary").put("label", type.label("summary"))
        .put("value", issue.summary()).build());
    if (issue.description() != null) {
      String text = AdfText.of(issue.description());
      values.add(Json.object().put("fieldId", "description").put("label", type.label("description"))
          .put("value", text)
          .put("renderedValue", Json.object().put("html", html(text)))
          .build());
    }
    for (RequestTypeField field : type.fields()) {
      JsonElement value = switch (field.kind()) {
        case SUMMARY, DESCRIPTION -> null;
        case PRIORITY -> issue.priority() == null ? null : JiraJson.priority(issue.priority(), base);
        case TEXT -> request.fieldValues().containsKey(field.fieldId())
            ? new JsonPrimitive(request.fieldValues().get(field.fieldId())) : null;
        case SELECT -> Optional.ofNullable(request.fieldValues().get(field.fieldId()))
            .flatMap(field::option).map(option -> (JsonElement) JsmJson.option(field, option, base)).orElse(null);
      };
      if (value != null) {
        values.add(Json.object().put("fieldId", field.fieldId()).put("label", field.label()).put("value", value)
            .build());
      }
    }
    return values;
  }

  JsonObject comment(Issue issue, Comment comment, boolean rendered, String base) {
    String text = AdfText.of(comment.body());
    Json.ObjectBuilder json = Json.object()
        .put("_expands", Json.strings(List.of("attachment", "renderedBody")))
        .put("id", comment.id())
        .put("body", text);
    if (rendered) {
      json.put("renderedBody", Json.object().put("html", html(text)));
    }
    return json
        .put("public", comment.jsdPublic())
        .put("author", JsmJson.user(comment.author(), base))
        .put("created", JsmJson.date(comment.created(), site.clock().instant()))
        .put("_links", Json.object().put("self", base + "/rest/servicedeskapi/request/" + issue.id() + "/comment/"
            + comment.id()))
        .build();
  }

  /** The statuses the request reached, the current one first. */
  static List<StatusChange> history(Issue issue, CustomerRequest request) {
    List<StatusChange> history = new ArrayList<>(request.history());
    history.sort(Comparator.comparing(StatusChange::at));
    StatusChange last = history.isEmpty() ? null : history.get(history.size() - 1);
    if (last == null || !last.status().equals(issue.status().name())) {
      // A change made through Jira (a transition) shows in the portal's history too.
      history.add(new StatusChange(issue.status().name(), issue.status().category(), issue.statusChanged()));
    }
    Collections.reverse(history);
    return history;
  }

  static JsonObject status(StatusChange change, Instant now) {
    return Json.object()
        .put("status", change.status())
        .put("statusCategory", JsmJson.category(change.category()))
        .put("statusDate", JsmJson.date(change.at(), now))
        .build();
  }

  private static String html(String text) {
    StringBuilder html = new StringBuilder();
    text.lines().filter(line -> !line.isBlank()).forEach(line -> html.append("<p>")
        .append(line.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")).append("</p>"));
    return html.toString();
  }
}
