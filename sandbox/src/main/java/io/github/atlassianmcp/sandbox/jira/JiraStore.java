package io.github.atlassianmcp.sandbox.jira;

import com.google.gson.JsonObject;
import io.github.atlassianmcp.sandbox.SandboxUser;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * The Jira site's data: projects, priorities and issues, with the counters that hand out IDs and keys.
 * Issues are immutable values; every change replaces one under this object's monitor, so concurrent edits of
 * one issue apply one after the other and readers see whole issues.
 */
public final class JiraStore {

  private final Map<String, Project> projects = new LinkedHashMap<>();
  private final List<Priority> priorities;
  private final Map<String, Issue> issuesByKey = new HashMap<>();
  private final Map<Long, String> keysById = new HashMap<>();
  private final Map<String, Integer> lastNumber = new HashMap<>();
  private long lastIssueId = 10000;
  private long lastCommentId = 10000;
  private long lastWorklogId = 10000;

  public JiraStore(List<Project> projects, List<Priority> priorities) {
    projects.forEach(project -> this.projects.put(project.key(), project));
    this.priorities = List.copyOf(priorities);
  }

  public List<Project> projects() {
    return List.copyOf(projects.values());
  }

  /** A project by key (any case) or ID. */
  public Optional<Project> project(String idOrKey) {
    Project byKey = projects.get(idOrKey.toUpperCase(Locale.ROOT));
    if (byKey != null) {
      return Optional.of(byKey);
    }
    return projects.values().stream().filter(project -> project.id().equals(idOrKey)).findFirst();
  }

  public List<Priority> priorities() {
    return priorities;
  }

  public Optional<Priority> priority(String idOrName) {
    return priorities.stream()
        .filter(p -> p.id().equals(idOrName) || p.name().equalsIgnoreCase(idOrName))
        .findFirst();
  }

  public Priority defaultPriority() {
    return priority("Medium").orElse(priorities.get(0));
  }

  /** An issue by key (any case) or numeric ID. */
  public synchronized Optional<Issue> issue(String idOrKey) {
    Issue byKey = issuesByKey.get(idOrKey.toUpperCase(Locale.ROOT));
    if (byKey != null) {
      return Optional.of(byKey);
    }
    try {
      return Optional.ofNullable(keysById.get(Long.parseLong(idOrKey))).map(issuesByKey::get);
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }

  /** Every issue, oldest first. */
  public synchronized List<Issue> issues() {
    List<Issue> all = new ArrayList<>(issuesByKey.values());
    all.sort(Comparator.comparingLong(Issue::id));
    return all;
  }

  /** The issues whose parent is {@code key}, oldest first. */
  public synchronized List<Issue> children(String key) {
    return issues().stream().filter(issue -> key.equals(issue.parentKey())).toList();
  }

  /** Creates an issue with the next ID and key of its project. */
  public synchronized Issue create(Project project, IssueType type, String summary, JsonObject description,
      SandboxUser reporter, SandboxUser assignee, Priority priority, List<String> labels, String parentKey,
      Instant created, LocalDate dueDate) {
    long id = ++lastIssueId;
    int number = lastNumber.merge(project.key(), 1, Integer::sum);
    String key = project.key() + "-" + number;
    Status status = project.initialStatus();
    Issue issue = new Issue(id, key, project, type, summary, description, status, assignee, reporter, reporter,
        priority, labels, parentKey, created, created, created, null, dueDate, List.of(), List.of());
    issuesByKey.put(key, issue);
    keysById.put(id, key);
    return issue;
  }

  /** Applies a change to an issue and returns the new value; empty when there is no such issue. */
  public synchronized Optional<Issue> update(String idOrKey, UnaryOperator<Issue> change) {
    return issue(idOrKey).map(current -> {
      Issue next = change.apply(current);
      issuesByKey.put(next.key(), next);
      return next;
    });
  }

  public synchronized boolean delete(String idOrKey) {
    Optional<Issue> issue = issue(idOrKey);
    issue.ifPresent(found -> {
      issuesByKey.remove(found.key());
      keysById.remove(found.id());
    });
    return issue.isPresent();
  }

  public synchronized String nextCommentId() {
    return Long.toString(++lastCommentId);
  }

  public synchronized String nextWorklogId() {
    return Long.toString(++lastWorklogId);
  }
}
