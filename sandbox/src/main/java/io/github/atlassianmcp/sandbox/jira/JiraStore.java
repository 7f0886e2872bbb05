package io.github.atlassianmcp.sandbox.jira;

import com.google.gson.JsonObject;
import io.github.atlassianmcp.sandbox.SandboxUser;
import io.github.atlassianmcp.sandbox.media.MediaFile;
import io.github.atlassianmcp.sandbox.media.MediaSource;
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
import java.util.TreeMap;
import java.util.function.UnaryOperator;

/**
 * The Jira site's data: projects with their components and versions, priorities, issues with their changelogs,
 * issue links, and Jira Software's boards and sprints, with the counters that hand out IDs and keys. Issues are
 * immutable values; every change replaces one under this object's monitor, so concurrent edits of one issue apply
 * one after the other and readers see whole issues. A change made for someone ({@link #change}) is recorded in
 * the issue's changelog as Jira records it.
 */
public final class JiraStore implements MediaSource {

  private final Map<String, Project> projects = new LinkedHashMap<>();
  private final List<Priority> priorities;
  private final List<IssueLinkType> linkTypes = IssueLinkType.defaults();
  private final Map<String, List<Component>> components = new HashMap<>();
  private final Map<String, List<Version>> versions = new HashMap<>();
  private final Map<Long, Board> boards = new TreeMap<>();
  private final Map<Long, Sprint> sprints = new TreeMap<>();
  private final Map<String, Issue> issuesByKey = new HashMap<>();
  private final Map<Long, String> keysById = new HashMap<>();
  private final Map<String, Integer> lastNumber = new HashMap<>();
  private final Map<Long, List<ChangeGroup>> changelogs = new HashMap<>();
  private final List<IssueLink> links = new ArrayList<>();
  private final ChangeRecorder recorder = new ChangeRecorder(this);
  private long lastIssueId = 10000;
  private long lastCommentId = 10000;
  private long lastWorklogId = 10000;
  private long lastChangeId = 10000;
  private long lastLinkId = 10000;
  private long lastAttachmentId = 10000;
  private long lastConfigurationId = 9999;

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

  public List<IssueLinkType> linkTypes() {
    return linkTypes;
  }

  // Project configuration: components and versions, added while seeding.

  public synchronized Component addComponent(Project project, String name, String description) {
    Component component = new Component(nextConfigurationId(), project.key(), name, description);
    components.computeIfAbsent(project.key(), key -> new ArrayList<>()).add(component);
    return component;
  }

  public synchronized Version addVersion(Project project, String name, String description, boolean released,
      LocalDate startDate, LocalDate releaseDate) {
    Version version = new Version(nextConfigurationId(), project.key(), name, description, released, false,
        startDate, releaseDate);
    versions.computeIfAbsent(project.key(), key -> new ArrayList<>()).add(version);
    return version;
  }

  public synchronized List<Component> components(Project project) {
    return List.copyOf(components.getOrDefault(project.key(), List.of()));
  }

  public synchronized List<Version> versions(Project project) {
    return List.copyOf(versions.getOrDefault(project.key(), List.of()));
  }

  // Jira Software: boards and sprints.

  public synchronized Board addBoard(String name, String type, Project project) {
    Board board = new Board(boards.size() + 1L, name, type, project);
    boards.put(board.id(), board);
    return board;
  }

  public synchronized Sprint addSprint(Board board, String name, SprintState state, String goal, Instant created,
      Instant start, Instant end, Instant completed) {
    Sprint sprint = new Sprint(sprints.size() + 1L, name, state, board.id(), goal, created, start, end, completed);
    sprints.put(sprint.id(), sprint);
    return sprint;
  }

  public synchronized List<Board> boards() {
    return List.copyOf(boards.values());
  }

  public synchronized Optional<Board> board(long id) {
    return Optional.ofNullable(boards.get(id));
  }

  public synchronized Optional<Sprint> sprint(long id) {
    return Optional.ofNullable(sprints.get(id));
  }

  /** The sprints of a board, closed first, then active, then future, as Jira Software lists them. */
  public synchronized List<Sprint> sprints(long boardId) {
    return sprints.values().stream()
        .filter(sprint -> sprint.boardId() == boardId)
        .sorted(Comparator.comparing(Sprint::state).thenComparingLong(Sprint::id))
        .toList();
  }

  public synchronized List<Sprint> sprints() {
    return List.copyOf(sprints.values());
  }

  // Issues.

  /** An issue by key (any case) or numeric ID. */
  public synchronized Optional<Issue> issue(String idOrKey) {
    Issue byKey = issuesByKey.get(idOrKey.toUpperCase(Locale.ROOT));
    if (byKey != null) {
      return Optional.of(byKey);
    }
    try {
      return issue(Long.parseLong(idOrKey));
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }

  public synchronized Optional<Issue> issue(long id) {
    return Optional.ofNullable(keysById.get(id)).map(issuesByKey::get);
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
    Issue issue = Issue.newIssue(id, key, project, type, summary, description, project.initialStatus(), assignee,
        reporter, priority, labels, parentKey, created, dueDate);
    issuesByKey.put(key, issue);
    keysById.put(id, key);
    return issue;
  }

  /**
   * Applies a change to an issue and returns the new value; empty when there is no such issue. Not recorded in
   * the changelog: for comments and worklogs, which Jira does not record there either.
   */
  public synchronized Optional<Issue> update(String idOrKey, UnaryOperator<Issue> change) {
    return issue(idOrKey).map(current -> {
      Issue next = change.apply(current);
      issuesByKey.put(next.key(), next);
      return next;
    });
  }

  /**
   * Applies a change made by {@code author} at {@code when}, and records in the issue's changelog every field
   * it changed, as Jira does for edits, assignments, transitions, sprint moves and attachments.
   */
  public synchronized Optional<Issue> change(String idOrKey, SandboxUser author, Instant when,
      UnaryOperator<Issue> change) {
    return issue(idOrKey).map(current -> {
      Issue next = change.apply(current);
      issuesByKey.put(next.key(), next);
      record(next.id(), author, when, recorder.changes(current, next));
      return next;
    });
  }

  public synchronized boolean delete(String idOrKey) {
    Optional<Issue> issue = issue(idOrKey);
    issue.ifPresent(found -> {
      issuesByKey.remove(found.key());
      keysById.remove(found.id());
      changelogs.remove(found.id());
      links.removeIf(link -> link.involves(found.id()));
    });
    return issue.isPresent();
  }

  /** The changelog of an issue, oldest first. */
  public synchronized List<ChangeGroup> changelog(long issueId) {
    return List.copyOf(changelogs.getOrDefault(issueId, List.of()));
  }

  // Links.

  /** The links of an issue, oldest first. */
  public synchronized List<IssueLink> links(long issueId) {
    return links.stream().filter(link -> link.involves(issueId)).toList();
  }

  public synchronized Optional<IssueLink> link(String id) {
    return links.stream().filter(link -> link.id().equals(id)).findFirst();
  }

  /**
   * Links {@code source} to {@code destination} ("source blocks destination") and records it on both issues. An
   * identical link is not made twice: Jira answers as if it had been created.
   */
  public synchronized IssueLink link(IssueLinkType type, Issue source, Issue destination, SandboxUser author,
      Instant when) {
    Optional<IssueLink> existing = links.stream()
        .filter(link -> link.type().id().equals(type.id()) && link.sourceId() == source.id()
            && link.destinationId() == destination.id())
        .findFirst();
    if (existing.isPresent()) {
      return existing.get();
    }
    IssueLink link = new IssueLink(Long.toString(++lastLinkId), type, source.id(), destination.id());
    links.add(link);
    recordLink(link, author, when, true);
    return link;
  }

  public synchronized boolean unlink(String id, SandboxUser author, Instant when) {
    Optional<IssueLink> link = link(id);
    link.ifPresent(found -> {
      links.remove(found);
      recordLink(found, author, when, false);
    });
    return link.isPresent();
  }

  private void recordLink(IssueLink link, SandboxUser author, Instant when, boolean added) {
    Issue source = issue(link.sourceId()).orElseThrow();
    Issue destination = issue(link.destinationId()).orElseThrow();
    record(source.id(), author, when, List.of(ChangeRecorder.link(destination.key(),
        "This issue " + link.type().outward() + " " + destination.key(), added)));
    record(destination.id(), author, when, List.of(ChangeRecorder.link(source.key(),
        "This issue " + link.type().inward() + " " + source.key(), added)));
    for (Issue issue : List.of(source, destination)) {
      issuesByKey.put(issue.key(), issue.with(draft -> draft.updated = when.isAfter(draft.updated)
          ? when : draft.updated));
    }
  }

  // Attachments.

  /** An attachment and the issue it is on. */
  public record Attached(Issue issue, Attachment attachment) {}

  /** An attachment by ID, with the issue it is on. */
  public synchronized Optional<Attached> attachment(String id) {
    for (Issue issue : issuesByKey.values()) {
      for (Attachment attachment : issue.attachments()) {
        if (attachment.id().equals(id)) {
          return Optional.of(new Attached(issue, attachment));
        }
      }
    }
    return Optional.empty();
  }

  @Override
  public synchronized Optional<MediaFile> mediaFile(String mediaId) {
    return issuesByKey.values().stream()
        .flatMap(issue -> issue.attachments().stream())
        .filter(attachment -> attachment.mediaId().equals(mediaId))
        .findFirst()
        .map(attachment -> new MediaFile(attachment.mediaId(), attachment.filename(), attachment.mimeType(),
            attachment.content()));
  }

  // IDs.

  public synchronized String nextCommentId() {
    return Long.toString(++lastCommentId);
  }

  public synchronized String nextWorklogId() {
    return Long.toString(++lastWorklogId);
  }

  public synchronized String nextAttachmentId() {
    return Long.toString(++lastAttachmentId);
  }

  private String nextConfigurationId() {
    return Long.toString(++lastConfigurationId);
  }

  /** Adds a changelog entry in time order (a seed may record past changes after later ones). */
  private void record(long issueId, SandboxUser author, Instant when, List<ChangeItem> items) {
    if (!items.isEmpty()) {
      List<ChangeGroup> history = changelogs.computeIfAbsent(issueId, id -> new ArrayList<>());
      int at = history.size();
      while (at > 0 && history.get(at - 1).created().isAfter(when)) {
        at--;
      }
      history.add(at, new ChangeGroup(Long.toString(++lastChangeId), author, when, items));
    }
  }
}
