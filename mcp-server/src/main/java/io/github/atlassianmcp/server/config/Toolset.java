package io.github.atlassianmcp.server.config;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/** A group of tools that ATLASSIAN_TOOLSETS can enable. */
public enum Toolset {
  JIRA("jira"),
  /** Jira Software's boards and sprints. */
  JIRA_AGILE("jira_agile"),
  CONFLUENCE("confluence"),
  SERVICEDESK("servicedesk");

  private final String id;

  Toolset(String id) {
    this.id = id;
  }

  /** The name used in ATLASSIAN_TOOLSETS. */
  public String id() {
    return id;
  }

  public static Optional<Toolset> fromId(String id) {
    String wanted = id.trim().toLowerCase(Locale.ROOT);
    return Arrays.stream(values()).filter(t -> t.id.equals(wanted)).findFirst();
  }

  /** "jira, jira_agile, confluence, servicedesk", for messages. */
  public static String allIds() {
    return Arrays.stream(values()).map(Toolset::id).collect(Collectors.joining(", "));
  }
}
