package io.github.atlassianmcp.sandbox.servicedesk;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import io.github.atlassianmcp.sandbox.SandboxUser;
import io.github.atlassianmcp.sandbox.http.Json;
import io.github.atlassianmcp.sandbox.jira.Priority;
import io.github.atlassianmcp.sandbox.jira.StatusCategory;
import io.github.atlassianmcp.sandbox.users.Avatars;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/**
 * The service desk API's value objects: DateDTO, DurationDTO, UserDTO, ServiceDeskDTO, RequestTypeDTO and its
 * fields (CustomerRequestCreateMetaDTO), ApprovalDTO, QueueDTO.
 */
final class JsmJson {

  private static final DateTimeFormatter ISO = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ssxx");
  private static final DateTimeFormatter JIRA = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSxx");
  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("h:mm a", Locale.ENGLISH);
  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE", Locale.ENGLISH);
  private static final DateTimeFormatter OLDER = DateTimeFormatter.ofPattern("dd/MMM/yy h:mm a", Locale.ENGLISH);

  private JsmJson() {}

  /** A DateDTO: ISO-8601, Jira's format, a friendly form relative to now, and epoch milliseconds. */
  static JsonObject date(Instant instant, Instant now) {
    ZonedDateTime time = instant.atZone(ZoneOffset.UTC);
    LocalDate today = now.atZone(ZoneOffset.UTC).toLocalDate();
    LocalDate day = time.toLocalDate();
    String friendly;
    if (day.equals(today)) {
      friendly = "Today " + TIME.format(time);
    } else if (day.equals(today.minusDays(1))) {
      friendly = "Yesterday " + TIME.format(time);
    } else if (day.isAfter(today.minusDays(7)) && !day.isAfter(today)) {
      friendly = DAY.format(time) + " " + TIME.format(time);
    } else {
      friendly = OLDER.format(time);
    }
    return Json.object()
        .put("iso8601", ISO.format(time))
        .put("jira", JIRA.format(time))
        .put("friendly", friendly)
        .put("epochMillis", instant.toEpochMilli())
        .build();
  }

  /** A DurationDTO; negative when an SLA has been breached by that much. */
  static JsonObject duration(Duration duration) {
    long minutes = Math.abs(duration.toMinutes());
    String friendly = (duration.isNegative() ? "-" : "") + (minutes / 60) + "h " + (minutes % 60) + "m";
    return Json.object().put("millis", duration.toMillis()).put("friendly", friendly).build();
  }

  static JsonObject user(SandboxUser user, String base) {
    String self = base + "/rest/api/2/user?accountId=" + URLEncoder.encode(user.accountId(), StandardCharsets.UTF_8);
    return Json.object()
        .put("accountId", user.accountId())
        .put("emailAddress", user.email())
        .put("displayName", user.displayName())
        .put("active", user.active())
        .put("timeZone", user.timeZone())
        .put("_links", Json.object()
            .put("jiraRest", self)
            .put("avatarUrls", Avatars.jira(user))
            .put("self", self))
        .build();
  }

  static JsonObject serviceDesk(ServiceDesk desk, String base) {
    return Json.object()
        .put("id", desk.id())
        .put("projectId", desk.project().id())
        .put("projectName", desk.project().name())
        .put("projectKey", desk.project().key())
        .put("projectTypeKey", desk.project().typeKey())
        .put("_links", Json.object().put("self", base + "/rest/servicedeskapi/servicedesk/" + desk.id()))
        .build();
  }

  static JsonObject requestType(RequestType type, String base) {
    String icon = base + "/rest/api/2/universal_avatar/view/type/SD_REQTYPE/avatar/" + type.iconId();
    return Json.object()
        .put("_expands", Json.strings(List.of("field")))
        .put("id", type.id())
        .put("_links", Json.object().put("self", base + "/rest/servicedeskapi/servicedesk/" + type.serviceDeskId()
            + "/requesttype/" + type.id()))
        .put("name", type.name())
        .put("description", type.description())
        .put("helpText", type.helpText())
        .put("issueTypeId", type.issueTypeId())
        .put("serviceDeskId", type.serviceDeskId())
        .put("portalId", type.serviceDeskId())
        .put("groupIds", Json.strings(type.groupIds()))
        .put("icon", Json.object()
            .put("id", type.iconId())
            .put("_links", Json.object().put("iconUrls", Json.object()
                .put("48x48", icon + "?size=large")
                .put("24x24", icon + "?size=small")
                .put("16x16", icon + "?size=xsmall")
                .put("32x32", icon + "?size=medium"))))
        .put("canCreateRequest", true)
        .put("restrictionStatus", "OPEN")
        .build();
  }

  /**
   * A request type's form as CustomerRequestCreateMetaDTO: each field with its label, whether it is required,
   * its Jira type and the values it allows; and whether the caller may raise it for someone else or add
   * participants (agents may, customers may not).
   */
  static JsonObject requestTypeFields(RequestType type, List<Priority> priorities, boolean agent) {
    JsonArray fields = new JsonArray();
    for (RequestTypeField field : type.fields()) {
      JsonArray valid = new JsonArray();
      if (field.kind() == RequestTypeField.Kind.PRIORITY) {
        priorities.forEach(priority -> valid.add(fieldValue(priority.id(), priority.name())));
      }
      field.options().forEach(option -> valid.add(fieldValue(option.id(), option.label())));
      fields.add(Json.object()
          .put("fieldId", field.fieldId())
          .put("name", field.label())
          .put("description", field.description())
          .put("required", field.required())
          .put("defaultValues", new JsonArray())
          .put("validValues", valid)
          .put("presetValues", new JsonArray())
          .put("jiraSchema", jiraSchema(field))
          .put("visible", true)
          .build());
    }
    return Json.object()
        .put("requestTypeFields", fields)
        .put("canRaiseOnBehalfOf", agent)
        .put("canAddRequestParticipants", agent)
        .build();
  }

  private static JsonObject fieldValue(String value, String label) {
    return Json.object().put("value", value).put("label", label).put("children", new JsonArray()).build();
  }

  /** The field's JsonTypeBean: a system field's name, or a custom field's type URI and number. */
  private static JsonObject jiraSchema(RequestTypeField field) {
    return switch (field.kind()) {
      case SUMMARY, DESCRIPTION -> Json.object().put("type", "string").put("system", field.fieldId()).build();
      case PRIORITY -> Json.object().put("type", "priority").put("system", "priority").build();
      case TEXT -> Json.object().put("type", "string")
          .put("custom", "com.atlassian.jira.plugin.system.customfieldtypes:textfield")
          .put("customId", field.customId().orElseThrow()).build();
      case SELECT -> Json.object().put("type", "option")
          .put("custom", "com.atlassian.jira.plugin.system.customfieldtypes:select")
          .put("customId", field.customId().orElseThrow()).build();
    };
  }

  /** A select field's value as Jira renders an option. */
  static JsonObject option(RequestTypeField field, RequestTypeField.Option option, String base) {
    return Json.object()
        .put("self", base + "/rest/api/2/customFieldOption/" + option.id())
        .put("value", option.label())
        .put("id", option.id())
        .build();
  }

  /** An ApprovalDTO as {@code viewer} sees it: {@code canAnswerApproval} is about them. */
  static JsonObject approval(Approval approval, String issueId, SandboxUser viewer, Instant now, String base) {
    Json.ObjectBuilder json = Json.object()
        .put("id", approval.id())
        .put("name", approval.name())
        .put("finalDecision", approval.outcome().json())
        .put("canAnswerApproval", approval.canAnswer(viewer))
        .put("approvers", Json.array(approval.approvers(), approver -> Json.object()
            .put("approver", user(approver.user(), base))
            .put("approverDecision", approver.decision().json())
            .build()))
        .put("createdDate", date(approval.created(), now));
    if (approval.completed() != null) {
      json.put("completedDate", date(approval.completed(), now));
    }
    return json
        .put("_links", Json.object().put("self", base + "/rest/servicedeskapi/request/" + issueId + "/approval/"
            + approval.id()))
        .build();
  }

  /** A QueueDTO; the count only when asked for, as JSM leaves it out by default. */
  static JsonObject queue(Queue queue, Integer issueCount, String base) {
    Json.ObjectBuilder json = Json.object()
        .put("id", queue.id())
        .put("name", queue.name())
        .put("jql", queue.jql())
        .put("fields", Json.strings(queue.fields()));
    if (issueCount != null) {
      json.put("issueCount", issueCount);
    }
    return json
        .put("_links", Json.object().put("self", base + "/rest/servicedeskapi/servicedesk/" + queue.serviceDeskId()
            + "/queue/" + queue.id()))
        .build();
  }

  /** The status category as the service desk API names it. */
  static String category(StatusCategory category) {
    return switch (category) {
      case TO_DO -> "NEW";
      case IN_PROGRESS -> "INDETERMINATE";
      case DONE -> "DONE";
    };
  }
}
