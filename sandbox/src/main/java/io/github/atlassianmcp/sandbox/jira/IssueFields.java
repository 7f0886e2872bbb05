package io.github.atlassianmcp.sandbox.jira;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The fields of an issue (the system fields in the order Jira lists them, then the custom fields), and the
 * {@code fields} parameter's rules:
 * a comma-separated list (possibly repeated) of field IDs, {@code *all}, {@code *navigable}, and {@code -id}
 * to leave one out.
 */
public final class IssueFields {

  /** System field ID to display name. */
  public static final Map<String, String> SYSTEM = systemNames();

  /** Field ID to display name, as {@code expand=names} answers: the system fields, then the custom fields. */
  public static final Map<String, String> NAMES = allNames();

  /** Fields that *navigable leaves out: the heavy lists. */
  private static final Set<String> NOT_NAVIGABLE = Set.of("comment", "worklog", "timetracking");

  private final Set<String> selected;
  private final boolean idOnly;

  private IssueFields(Set<String> selected, boolean idOnly) {
    this.selected = selected;
    this.idOnly = idOnly;
  }

  /** The selection a request asks for; {@code defaults} applies when it names none. */
  public static IssueFields parse(Collection<String> requested, String defaults) {
    List<String> names = new ArrayList<>();
    for (String value : requested) {
      for (String name : value.split(",")) {
        if (!name.isBlank()) {
          names.add(name.trim());
        }
      }
    }
    if (names.isEmpty()) {
      names.add(defaults);
    }
    Set<String> selected = new LinkedHashSet<>();
    for (String name : names) {
      switch (name) {
        case "*all" -> selected.addAll(NAMES.keySet());
        case "*navigable" -> NAMES.keySet().stream().filter(f -> !NOT_NAVIGABLE.contains(f)).forEach(selected::add);
        default -> {
          if (!name.startsWith("-")) {
            selected.add(name);
          }
        }
      }
    }
    names.stream().filter(name -> name.startsWith("-")).map(name -> name.substring(1)).forEach(selected::remove);
    boolean idOnly = selected.equals(Set.of("id"));
    selected.retainAll(NAMES.keySet());
    return new IssueFields(selected, idOnly);
  }

  /** Whether only the issue ID was asked for (the default of enhanced search). */
  public boolean idOnly() {
    return idOnly;
  }

  public boolean includes(String field) {
    return selected.contains(field);
  }

  private static Map<String, String> allNames() {
    Map<String, String> names = new LinkedHashMap<>(SYSTEM);
    CustomFields.ALL.forEach(field -> names.put(field.id(), field.name()));
    return Collections.unmodifiableMap(names);
  }

  private static Map<String, String> systemNames() {
    Map<String, String> names = new LinkedHashMap<>();
    names.put("statuscategorychangedate", "Status Category Changed");
    names.put("issuetype", "Issue Type");
    names.put("parent", "Parent");
    names.put("timespent", "Time Spent");
    names.put("project", "Project");
    names.put("fixVersions", "Fix versions");
    names.put("aggregatetimespent", "Σ Time Spent");
    names.put("resolution", "Resolution");
    names.put("resolutiondate", "Resolved");
    names.put("workratio", "Work Ratio");
    names.put("watches", "Watchers");
    names.put("lastViewed", "Last Viewed");
    names.put("created", "Created");
    names.put("priority", "Priority");
    names.put("labels", "Labels");
    names.put("timeestimate", "Remaining Estimate");
    names.put("aggregatetimeoriginalestimate", "Σ Original Estimate");
    names.put("versions", "Affects versions");
    names.put("issuelinks", "Linked Issues");
    names.put("assignee", "Assignee");
    names.put("updated", "Updated");
    names.put("status", "Status");
    names.put("components", "Components");
    names.put("timeoriginalestimate", "Original estimate");
    names.put("description", "Description");
    names.put("timetracking", "Time tracking");
    names.put("security", "Security Level");
    names.put("attachment", "Attachment");
    names.put("aggregatetimeestimate", "Σ Remaining Estimate");
    names.put("summary", "Summary");
    names.put("creator", "Creator");
    names.put("subtasks", "Sub-tasks");
    names.put("reporter", "Reporter");
    names.put("aggregateprogress", "Σ Progress");
    names.put("environment", "Environment");
    names.put("duedate", "Due date");
    names.put("progress", "Progress");
    names.put("votes", "Votes");
    names.put("comment", "Comment");
    names.put("worklog", "Log Work");
    return Collections.unmodifiableMap(names);
  }
}
