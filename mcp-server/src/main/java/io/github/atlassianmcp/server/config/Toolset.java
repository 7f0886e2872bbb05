package io.github.atlassianmcp.server.config;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A group of tools that ATLASSIAN_TOOLSETS can enable. The default set is what a typical agent needs every day
 * (Jira and Confluence work): every listed tool costs context on every turn, so the boards and sprints of Jira
 * Software, attachments and the agent side of Jira Service Management are listed only when asked for.
 */
public enum Toolset {
  JIRA("jira", true),
  /** Jira Software's boards and sprints. */
  JIRA_AGILE("jira_agile", false),
  CONFLUENCE("confluence", true),
  /**
   * Files of Jira issues and Confluence pages, read and attached. Off by default: the tools are used less often,
   * and their file_path reads the disk of the machine the server runs on.
   */
  ATTACHMENTS("attachments", false),
  SERVICEDESK("servicedesk", false);

  private final String id;
  private final boolean byDefault;

  Toolset(String id, boolean byDefault) {
    this.id = id;
    this.byDefault = byDefault;
  }

  /** The toolsets listed when ATLASSIAN_TOOLSETS is not set. */
  public static Set<Toolset> defaults() {
    Set<Toolset> defaults = EnumSet.noneOf(Toolset.class);
    Arrays.stream(values()).filter(t -> t.byDefault).forEach(defaults::add);
    return defaults;
  }

  /** The name used in ATLASSIAN_TOOLSETS. */
  public String id() {
    return id;
  }

  public static Optional<Toolset> fromId(String id) {
    String wanted = id.trim().toLowerCase(Locale.ROOT);
    return Arrays.stream(values()).filter(t -> t.id.equals(wanted)).findFirst();
  }

  /** "jira, jira_agile, confluence, attachments, servicedesk", for messages. */
  public static String allIds() {
    return Arrays.stream(values()).map(Toolset::id).collect(Collectors.joining(", "));
  }
}
