package io.github.atlassianmcp.server.tools.servicedesk;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

/** What the service desk service answers: our own values, never the generated models. */
final class ServiceDeskViews {

  private ServiceDeskViews() {}

  /** A service desk: its ID, and the key and name of its Jira project. */
  record Desk(String id, String projectKey, String name) {

    /** "SUP (Phoenix Support)", for answers. */
    String label() {
      return projectKey + " (" + name + ")";
    }
  }

  /**
   * @param statusCategory NEW, INDETERMINATE or DONE (Jira's status categories)
   * @param requestType the request type's name, when the request came from JSM's customer view
   * @param assignee the agent working on it, when the request came from the desk's own (agent) view
   */
  record RequestRow(String key, String summary, Optional<String> status, Optional<String> statusCategory,
      Optional<String> requestType, Optional<String> reporter, Optional<String> assignee,
      Optional<OffsetDateTime> created) {}

  /**
   * @param ownership which requests were asked for: all, mine or approver
   * @param agentOf the desks (project keys) whose requests are listed in full because the caller is an agent there
   * @param customerOf the other desks (for ownership "all"), where only the caller's own requests are listed
   */
  record RequestPage(List<RequestRow> requests, boolean more, String ownership, List<String> agentOf,
      List<String> customerOf) {}

  record CommentView(String id, String author, Optional<OffsetDateTime> created, boolean internal, String body) {}

  /**
   * One SLA of a request.
   *
   * @param state "met", "breached", "running", "paused" or "breached, running"
   * @param detail e.g. "3h 30m left of 4h, due 2024-01-18 08:30 +11:00"
   */
  record SlaView(String name, String state, Optional<String> detail) {}

  /**
   * An approval step of a request.
   *
   * @param decision the outcome: approved, declined or pending
   * @param canAnswer whether the caller may decide it now
   * @param approvers each approver and their own decision: "Priya Natarajan approved"
   */
  record ApprovalView(String id, String name, String decision, boolean canAnswer, List<String> approvers,
      Optional<OffsetDateTime> completed) {}

  /**
   * @param notes what could not be read (SLAs or comments the caller may not see, a failing read), one line each
   */
  record RequestView(RequestRow request, Optional<String> serviceDesk, Map<String, String> fields,
      List<SlaView> slas, List<ApprovalView> approvals, List<CommentView> comments, int totalComments,
      List<String> notes, Optional<String> url) {}

  /**
   * A field of a request type's form, as an agent fills it in.
   *
   * @param type what a value looks like: text, select, multi-select, priority, user, number, date, ...
   * @param allowedValues the labels of the values it takes, when it has a fixed list
   */
  record FieldView(String id, String name, String type, boolean required, List<String> allowedValues) {}

  record RequestTypeView(String id, String name, Optional<String> description, List<FieldView> fields) {}

  record RequestTypes(String serviceDesk, List<RequestTypeView> requestTypes) {}

  /** One allowed value of a form field: what JSM takes ({@code value}, an ID) and what it shows. */
  record Choice(String value, String label) {}

  /**
   * A form field with what it takes to fill it in: Jira's schema type (and item type for lists) and the allowed
   * values.
   */
  record FormField(String id, String name, String schemaType, Optional<String> itemType, boolean required,
      boolean visible, boolean hasDefault, List<Choice> choices) {}

  /** A request type's form for the caller: its fields, and whether they may raise it for someone else. */
  record RequestForm(List<FormField> fields, boolean canRaiseOnBehalfOf) {}

  /** A request type of a desk, with its form when JSM answered it inline. */
  record RequestTypeEntry(String id, String name, Optional<String> description, Optional<RequestForm> form) {}

  /** A person found by a user search, to raise a request for. */
  record Person(String accountId, String name, Optional<String> email, boolean customer) {}

  record CreatedRequest(String key, Optional<String> status, Optional<String> url) {}

  record QueueView(String id, String name, OptionalLong issueCount) {}

  record Queues(String serviceDesk, List<QueueView> queues) {}

  /** One issue of a queue; a queue returns only the fields its columns show, so any of them may be absent. */
  record QueueIssueRow(String key, Optional<String> summary, Optional<String> status, Optional<String> assignee,
      Optional<String> reporter, Optional<String> priority, Optional<String> type, Optional<OffsetDateTime> created) {}

  record QueuePage(String serviceDesk, String queue, List<QueueIssueRow> issues, OptionalLong total, boolean more) {}
}
