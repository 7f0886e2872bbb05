package io.github.atlassianmcp.server.tools.jira;

import io.github.atlassianmcp.server.tools.InputSchema;

/** The argument rules jira_create_issue and jira_update_issue share. */
final class IssueInputs {

  static final int MAX_ITEMS = 50;
  /** A Jira label: no spaces. */
  private static final String LABEL_PATTERN = "^\\S{1,255}$";
  /** A date, or "none" to clear it. */
  private static final String DATE_OR_NONE = "^([0-9]{4}-[0-9]{2}-[0-9]{2}|none)$";
  /** An issue key, or "none" to clear it. */
  private static final String KEY_OR_NONE = "^([A-Za-z][A-Za-z0-9_]*-[1-9][0-9]*|none)$";

  private IssueInputs() {}

  static void label(InputSchema.StringOptions item) {
    item.pattern(LABEL_PATTERN);
  }

  static void dateOrNone(InputSchema.StringOptions value) {
    value.pattern(DATE_OR_NONE);
  }

  static void keyOrNone(InputSchema.StringOptions value) {
    value.pattern(KEY_OR_NONE);
  }
}
