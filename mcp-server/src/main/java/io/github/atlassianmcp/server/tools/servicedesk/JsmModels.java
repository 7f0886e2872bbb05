package io.github.atlassianmcp.server.tools.servicedesk;

import io.github.atlassianmcp.client.AtlassianDateTimeAdapter;
import io.github.atlassianmcp.client.servicedesk.model.ApprovalDTO;
import io.github.atlassianmcp.client.servicedesk.model.ApproverDTO;
import io.github.atlassianmcp.client.servicedesk.model.CommentDTO;
import io.github.atlassianmcp.client.servicedesk.model.CustomerRequestDTO;
import io.github.atlassianmcp.client.servicedesk.model.DateDTO;
import io.github.atlassianmcp.client.servicedesk.model.DurationDTO;
import io.github.atlassianmcp.client.servicedesk.model.JsonTypeBean;
import io.github.atlassianmcp.client.servicedesk.model.QueueDTO;
import io.github.atlassianmcp.client.servicedesk.model.RequestTypeFieldDTO;
import io.github.atlassianmcp.client.servicedesk.model.RequestTypeFieldValueDTO;
import io.github.atlassianmcp.client.servicedesk.model.ServiceDeskDTO;
import io.github.atlassianmcp.client.servicedesk.model.SlaInformationCompletedCycleDTO;
import io.github.atlassianmcp.client.servicedesk.model.SlaInformationDTO;
import io.github.atlassianmcp.client.servicedesk.model.SlaInformationOngoingCycleDTO;
import io.github.atlassianmcp.server.tools.AnswerText;
import io.github.atlassianmcp.server.tools.FieldValues;
import io.github.atlassianmcp.server.tools.servicedesk.ServiceDeskViews.ApprovalView;
import io.github.atlassianmcp.server.tools.servicedesk.ServiceDeskViews.Choice;
import io.github.atlassianmcp.server.tools.servicedesk.ServiceDeskViews.CommentView;
import io.github.atlassianmcp.server.tools.servicedesk.ServiceDeskViews.Desk;
import io.github.atlassianmcp.server.tools.servicedesk.ServiceDeskViews.FormField;
import io.github.atlassianmcp.server.tools.servicedesk.ServiceDeskViews.QueueIssueRow;
import io.github.atlassianmcp.server.tools.servicedesk.ServiceDeskViews.QueueView;
import io.github.atlassianmcp.server.tools.servicedesk.ServiceDeskViews.RequestRow;
import io.github.atlassianmcp.server.tools.servicedesk.ServiceDeskViews.SlaView;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Reads the generated JSM and Jira models into the service desk views. JSM answers dates as {@code DateDTO}s
 * (ISO 8601 with a {@code +1100} offset) and Jira as ISO strings; both become {@link OffsetDateTime}s, shown as
 * Jira's tools show them.
 */
final class JsmModels {

  private JsmModels() {}

  static Desk desk(ServiceDeskDTO desk) {
    return new Desk(desk.getId(), Optional.ofNullable(desk.getProjectKey()).orElse(desk.getId()),
        Optional.ofNullable(desk.getProjectName()).orElse(""));
  }

  static RequestRow row(CustomerRequestDTO request) {
    String summary = Optional.ofNullable(request.getSummary()).orElseGet(() -> orEmpty(request.getRequestFieldValues())
        .stream().filter(f -> "summary".equals(f.getFieldId())).findFirst()
        .flatMap(f -> FieldValues.display(f.getValue())).orElse(""));
    return new RequestRow(request.getIssueKey(), summary,
        Optional.ofNullable(request.getCurrentStatus()).map(s -> s.getStatus()),
        Optional.ofNullable(request.getCurrentStatus()).map(s -> s.getStatusCategory()).map(c -> c.getValue()),
        Optional.ofNullable(request.getRequestType()).map(t -> t.getName()),
        Optional.ofNullable(request.getReporter()).map(r -> r.getDisplayName()), Optional.empty(),
        dateTime(request.getCreatedDate()));
  }

  /** A request as Jira's search answers it: the desk's own view of a request, with its assignee. */
  static RequestRow row(io.github.atlassianmcp.client.jira.platform.model.IssueBean issue) {
    Map<String, Object> fields = issue.getFields() == null ? Map.of() : issue.getFields();
    Optional<String> category = Optional.ofNullable(fields.get("status")).filter(Map.class::isInstance)
        .map(status -> ((Map<?, ?>) status).get("statusCategory")).filter(Map.class::isInstance)
        .map(c -> ((Map<?, ?>) c).get("key")).map(key -> key.toString().toUpperCase(Locale.ROOT));
    return new RequestRow(issue.getKey(), FieldValues.name(fields.get("summary")).orElse(""),
        FieldValues.name(fields.get("status")), category, Optional.empty(), FieldValues.name(fields.get("reporter")),
        FieldValues.name(fields.get("assignee")), dateTime(fields.get("created")));
  }

  static QueueIssueRow queueRow(io.github.atlassianmcp.client.servicedesk.model.IssueBean issue) {
    Map<String, Object> fields = issue.getFields() == null ? Map.of() : issue.getFields();
    return new QueueIssueRow(issue.getKey(), FieldValues.name(fields.get("summary")),
        FieldValues.name(fields.get("status")), FieldValues.name(fields.get("assignee")),
        FieldValues.name(fields.get("reporter")), FieldValues.name(fields.get("priority")),
        FieldValues.name(fields.get("issuetype")), dateTime(fields.get("created")));
  }

  static QueueView queue(QueueDTO queue) {
    return new QueueView(queue.getId(), Optional.ofNullable(queue.getName()).orElse(queue.getId()),
        queue.getIssueCount() == null ? OptionalLong.empty() : OptionalLong.of(queue.getIssueCount()));
  }

  static CommentView comment(CommentDTO comment) {
    return new CommentView(comment.getId(),
        Optional.ofNullable(comment.getAuthor()).map(a -> a.getDisplayName()).orElse("Unknown"),
        dateTime(comment.getCreated()), Boolean.FALSE.equals(comment.getPublic()),
        Optional.ofNullable(comment.getBody()).orElse(""));
  }

  static ApprovalView approval(ApprovalDTO approval) {
    List<String> approvers = new ArrayList<>();
    for (ApproverDTO approver : orEmpty(approval.getApprovers())) {
      approvers.add(Optional.ofNullable(approver.getApprover()).map(a -> a.getDisplayName()).orElse("Unknown") + " "
          + Optional.ofNullable(approver.getApproverDecision()).map(d -> d.getValue()).orElse("pending"));
    }
    return new ApprovalView(approval.getId(), Optional.ofNullable(approval.getName()).orElse("Approval"),
        Optional.ofNullable(approval.getFinalDecision()).map(d -> d.getValue()).orElse("pending"),
        Boolean.TRUE.equals(approval.getCanAnswerApproval()), approvers, dateTime(approval.getCompletedDate()));
  }

  static SlaView sla(SlaInformationDTO sla) {
    SlaInformationOngoingCycleDTO ongoing = sla.getOngoingCycle();
    if (ongoing != null) {
      boolean breached = Boolean.TRUE.equals(ongoing.getBreached());
      String state = Boolean.TRUE.equals(ongoing.getPaused()) ? "paused" : breached ? "breached, running" : "running";
      String detail = breached
          ? "goal " + friendly(ongoing.getGoalDuration()) + ", " + friendly(ongoing.getElapsedTime()) + " elapsed"
          : friendly(ongoing.getRemainingTime()) + " left of " + friendly(ongoing.getGoalDuration())
              + dateTime(ongoing.getBreachTime()).map(t -> ", due " + AnswerText.dateTime(t)).orElse("");
      return new SlaView(sla.getName(), state, Optional.of(detail));
    }
    List<SlaInformationCompletedCycleDTO> cycles = orEmpty(sla.getCompletedCycles());
    if (cycles.isEmpty()) {
      return new SlaView(sla.getName(), "not started", Optional.empty());
    }
    SlaInformationCompletedCycleDTO last = cycles.get(cycles.size() - 1);
    boolean breached = Boolean.TRUE.equals(last.getBreached());
    return new SlaView(sla.getName(), breached ? "breached" : "met",
        Optional.of(friendly(last.getElapsedTime()) + " of " + friendly(last.getGoalDuration())));
  }

  static FormField formField(RequestTypeFieldDTO field) {
    JsonTypeBean schema = field.getJiraSchema();
    List<Choice> choices = new ArrayList<>();
    for (RequestTypeFieldValueDTO value : orEmpty(field.getValidValues())) {
      if (value.getValue() != null) {
        choices.add(new Choice(value.getValue(), Optional.ofNullable(value.getLabel()).orElse(value.getValue())));
      }
    }
    return new FormField(field.getFieldId(), Optional.ofNullable(field.getName()).orElse(field.getFieldId()),
        schema == null || schema.getType() == null ? "string" : schema.getType(),
        Optional.ofNullable(schema).map(JsonTypeBean::getItems), Boolean.TRUE.equals(field.getRequired()),
        !Boolean.FALSE.equals(field.getVisible()),
        !orEmpty(field.getDefaultValues()).isEmpty() || !orEmpty(field.getPresetValues()).isEmpty(), choices);
  }

  static Optional<OffsetDateTime> dateTime(DateDTO date) {
    return date == null ? Optional.empty() : dateTime(date.getIso8601());
  }

  static Optional<OffsetDateTime> dateTime(Object text) {
    if (!(text instanceof String value) || value.isBlank()) {
      return Optional.empty();
    }
    try {
      return Optional.of(AtlassianDateTimeAdapter.parse(value));
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }

  private static String friendly(DurationDTO duration) {
    return duration == null || duration.getFriendly() == null ? "?" : duration.getFriendly();
  }

  static <T> List<T> orEmpty(List<T> list) {
    return list == null ? List.of() : list;
  }
}
