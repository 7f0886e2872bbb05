package io.github.atlassianmcp.server.tools.jira;

/** What jira_create_issue and jira_update_issue share about their arguments. */
final class IssueInputs {

  /** The most items a list argument (labels, components, versions) or {@code fields} takes. */
  static final int MAX_ITEMS = 50;

  private IssueInputs() {}
}
