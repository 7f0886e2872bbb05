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

  record IssueView(String key, String summary, Optional<String> type, Optional<String> status,
      Optional<String> priority, Optional<String> assignee, Optional<String> reporter,
      Optional<OffsetDateTime> created, Optional<OffsetDateTime> updated, Optional<String> due,
      Optional<String> resolution, Optional<String> parent, List<String> labels, List<String> components,
      Optional<String> description, List<CommentView> comments, long totalComments, Optional<String> url) {}

  record TransitionView(String id, String name, Optional<String> toStatus) {}

  /** The transitions of one issue, as jira_get_transitions answers. */
  record Transitions(String issueKey, List<TransitionView> transitions) {}

  record WorklogView(String id, String timeSpent) {}

  record CreatedIssue(String key, String id, Optional<String> url) {}

  /** What Jira accepts for a new issue in a project: its issue types, and the required fields of one. */
  record CreateOptions(List<String> issueTypes, Optional<String> issueType, List<String> requiredFields) {}
}
