package io.github.atlassianmcp.adf;

import java.util.Locale;

/** The kinds of panel (a coloured callout box) Jira and Confluence draw. */
public enum PanelType {
  INFO, NOTE, TIP, WARNING, ERROR, SUCCESS;

  String schemaName() {
    return name().toLowerCase(Locale.ROOT);
  }
}
