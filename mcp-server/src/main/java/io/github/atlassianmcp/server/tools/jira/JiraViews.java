package io.github.atlassianmcp.server.tools.jira;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

/** What the Jira service answers: our own values, never the generated models. */
public final class JiraViews {

  private JiraViews() {}

  /**
   * One search result line. Empty optionals are fields Jira left empty (unassigned, no priority).
   *
   * @param fields the extra fields the agent asked for by id, with their values as text; absent when none were
   */
  public record IssueRow(String key, String summary, Optional<String> status, Optional<String> assignee,
      Optional<String> priority, Optional<String> type, Optional<OffsetDateTime> updated,
      Optional<Map<String, String>> fields) {}

  /**
   * @param issues the issues, in Jira's order
   * @param nextPageToken where the next page starts, if there is one
   * @param approximateTotal Jira's estimate of all matches, when it could give one
   */
  public record SearchPage(List<IssueRow> issues, Optional<String> nextPageToken, OptionalLong approximateTotal) {}

  record CommentView(String id, String author, Optional<OffsetDateTime> created, String body) {}

  /**
   * @param details links, subtasks, attachments, sprint, time tracking and custom fields
   */
  record IssueView(String key, String summary, Optional<String> type, Optional<String> status,
      Optional<String> priority, Optional<String> assignee, Optional<String> reporter,
      Optional<OffsetDateTime> created, Optional<OffsetDateTime> updated, Optional<String> due,
      Optional<String> resolution, Optional<String> parent, List<String> labels, List<String> components,
      Optional<String> description, IssueDetails details, List<CommentView> comments, long totalComments,
      Optional<String> url) {}

  /**
   * What an issue is connected to and planned with, beyond its plain fields.
   *
   * @param fixVersions the versions it is to be fixed in
   * @param sprint its sprint now: the open one it is in, else the last closed one
   * @param earlierSprints the closed sprints it was in before
   * @param customFields the custom fields that have a value, by their names as Jira shows them
   */
  record IssueDetails(List<String> fixVersions, List<LinkView> links, List<IssueRef> subtasks,
      List<AttachmentView> attachments, Optional<SprintView> sprint, List<String> earlierSprints,
      Optional<TimeTracking> timeTracking, Map<String, String> customFields) {}

  /**
   * A link as read from one issue: "this issue {@code phrase} {@code key}".
   *
   * @param phrase the link type's phrase from this issue's side, e.g. "is blocked by"
   */
  record LinkView(String phrase, String key, String summary, Optional<String> status) {}

  /** Another issue, as a link or subtask shows it. */
  record IssueRef(String key, String summary, Optional<String> status) {}

  record AttachmentView(String id, String filename, long size, Optional<String> mimeType) {}

  /** @param state active, future or closed */
  record SprintView(long id, String name, String state) {}

  /** Jira's time tracking, in its own duration notation ("2d 4h"). */
  record TimeTracking(Optional<String> originalEstimate, Optional<String> remainingEstimate,
      Optional<String> timeSpent) {}

  record TransitionView(String id, String name, Optional<String> toStatus) {}

  /** The transitions of one issue, as jira_get_transitions answers. */
  record Transitions(String issueKey, List<TransitionView> transitions) {}

  record WorklogView(String id, String timeSpent) {}

  record CreatedIssue(String key, String id, Optional<String> url) {}

  /** What Jira accepts for a new issue in a project: its issue types, and the required fields of one. */
  record CreateOptions(List<String> issueTypes, Optional<String> issueType, List<String> requiredFields) {}

  /**
   * An issue's changelog, newest first.
   *
   * @param total how many changes the issue has in all
   */
  record History(String issueKey, long total, List<ChangeView> changes) {}

  /** One edit: who changed which fields, when. */
  record ChangeView(String author, Optional<OffsetDateTime> created, List<FieldChange> items) {}

  /** One field of an edit, from what to what (empty: it had no value). */
  record FieldChange(String field, Optional<String> from, Optional<String> to) {}

  /** @param project the key of the project the board belongs to, when it is a project's board */
  record BoardView(long id, String name, String type, Optional<String> project) {}

  /** @param more whether Jira has more boards than were read */
  record Boards(List<BoardView> boards, boolean more) {}

  /** A sprint of a board; dates as Jira gives them. */
  record SprintRow(long id, String name, String state, Optional<String> goal, Optional<String> start,
      Optional<String> end) {}

  /** @param olderClosed closed sprints left out (only the latest closed ones are listed) */
  record Sprints(long boardId, List<SprintRow> sprints, int olderClosed) {}

  /**
   * An attachment as jira_get_attachment describes it.
   *
   * @param shown how its content is in the answer: "text", "image" or "none"
   * @param truncated whether only the start of the text is shown
   * @param contentUrl where its bytes are downloaded (with the user's sign-in; Jira redirects to its media host)
   */
  record AttachmentInfo(String id, String filename, String mimeType, long size, Optional<String> author,
      Optional<OffsetDateTime> created, String shown, boolean truncated, Optional<String> contentUrl) {}

  /** What an upload stored: Jira's id, name, type and size of each file. */
  record AddedAttachment(String id, String filename, String mimeType, long size) {}
}
