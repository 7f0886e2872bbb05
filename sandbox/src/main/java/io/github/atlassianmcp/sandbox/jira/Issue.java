package io.github.atlassianmcp.sandbox.jira;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import io.github.atlassianmcp.sandbox.SandboxUser;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * An issue, immutable: a change makes a new value ({@link #with}), which the {@link JiraStore} swaps in whole, so
 * a reader never sees half an edit. The description is ADF or null; {@code parentKey} is null for top-level
 * issues; {@code resolved} is set while the status is in the Done category. Estimates are in seconds, null when
 * not set. Custom field values are kept as JSON by field ID, in the form {@link CustomFieldValues} reads.
 */
public record Issue(
    long id,
    String key,
    Project project,
    IssueType type,
    String summary,
    JsonObject description,
    Status status,
    SandboxUser assignee,
    SandboxUser reporter,
    SandboxUser creator,
    Priority priority,
    List<String> labels,
    String parentKey,
    Instant created,
    Instant updated,
    Instant statusChanged,
    Instant resolved,
    LocalDate dueDate,
    List<Comment> comments,
    List<Worklog> worklogs,
    List<Component> components,
    List<Version> fixVersions,
    List<Version> versions,
    Long originalEstimate,
    Long remainingEstimate,
    Map<String, JsonElement> customFields,
    List<Attachment> attachments) {

  /**
   * Made by {@link #newIssue} and {@link #with}, which copy a description in; the description is not copied here, so
   * that the many changes that leave it alone do not copy a whole document each time.
   */
  public Issue {
    labels = List.copyOf(labels);
    comments = List.copyOf(comments);
    worklogs = List.copyOf(worklogs);
    components = List.copyOf(components);
    fixVersions = List.copyOf(fixVersions);
    versions = List.copyOf(versions);
    Map<String, JsonElement> custom = new LinkedHashMap<>();
    customFields.forEach((field, value) -> custom.put(field, value.deepCopy()));
    customFields = Collections.unmodifiableMap(custom);
    attachments = List.copyOf(attachments);
  }

  /** A new issue: no comments, worklogs, components, versions, estimates, custom values or attachments yet. */
  static Issue newIssue(long id, String key, Project project, IssueType type, String summary, JsonObject description,
      Status status, SandboxUser assignee, SandboxUser reporter, Priority priority, List<String> labels,
      String parentKey, Instant created, LocalDate dueDate) {
    return new Issue(id, key, project, type, summary, copy(description), status, assignee, reporter, reporter,
        priority, labels, parentKey, created, created, created, null, dueDate, List.of(), List.of(), List.of(),
        List.of(), List.of(), null, null, Map.of(), List.of());
  }

  @Override
  public JsonObject description() {
    return description == null ? null : description.deepCopy();
  }

  /** Whether the other value has the same description, compared without copying either. */
  public boolean sameDescription(Issue other) {
    return Objects.equals(description, other.description);
  }

  /** The value of a custom field, if it has one. */
  public Optional<JsonElement> custom(CustomField field) {
    return Optional.ofNullable(customFields.get(field.id())).map(JsonElement::deepCopy);
  }

  public String idText() {
    return Long.toString(id);
  }

  /** Seconds logged on the issue; null when nothing is logged. */
  public Long timeSpent() {
    return worklogs.isEmpty() ? null : worklogs.stream().mapToLong(Worklog::timeSpentSeconds).sum();
  }

  /** A changed copy: the consumer edits a draft of every field but the identity. */
  public Issue with(Consumer<Draft> change) {
    Draft draft = new Draft(this);
    change.accept(draft);
    JsonObject document = draft.description == description ? description : copy(draft.description);
    return new Issue(id, key, project, draft.type, draft.summary, document, draft.status, draft.assignee,
        draft.reporter, creator, draft.priority, draft.labels, draft.parentKey, created, draft.updated,
        draft.statusChanged, draft.resolved, draft.dueDate, draft.comments, draft.worklogs, draft.components,
        draft.fixVersions, draft.versions, draft.originalEstimate, draft.remainingEstimate, draft.customFields,
        draft.attachments);
  }

  private static JsonObject copy(JsonObject document) {
    return document == null ? null : document.deepCopy();
  }

  /** The editable fields of an issue. */
  public static final class Draft {
    public IssueType type;
    public String summary;
    /** The issue's own document until replaced: assign a new one, never edit it in place. */
    public JsonObject description;
    public Status status;
    public SandboxUser assignee;
    public SandboxUser reporter;
    public Priority priority;
    public List<String> labels;
    public String parentKey;
    public Instant updated;
    public Instant statusChanged;
    public Instant resolved;
    public LocalDate dueDate;
    public List<Comment> comments;
    public List<Worklog> worklogs;
    public List<Component> components;
    public List<Version> fixVersions;
    public List<Version> versions;
    public Long originalEstimate;
    public Long remainingEstimate;
    public Map<String, JsonElement> customFields;
    public List<Attachment> attachments;

    private Draft(Issue issue) {
      type = issue.type;
      summary = issue.summary;
      description = issue.description;
      status = issue.status;
      assignee = issue.assignee;
      reporter = issue.reporter;
      priority = issue.priority;
      labels = new ArrayList<>(issue.labels);
      parentKey = issue.parentKey;
      updated = issue.updated;
      statusChanged = issue.statusChanged;
      resolved = issue.resolved;
      dueDate = issue.dueDate;
      comments = new ArrayList<>(issue.comments);
      worklogs = new ArrayList<>(issue.worklogs);
      components = new ArrayList<>(issue.components);
      fixVersions = new ArrayList<>(issue.fixVersions);
      versions = new ArrayList<>(issue.versions);
      originalEstimate = issue.originalEstimate;
      remainingEstimate = issue.remainingEstimate;
      customFields = new LinkedHashMap<>(issue.customFields);
      attachments = new ArrayList<>(issue.attachments);
    }

    /** Moves to a status, keeping the resolution date in step with the Done category. */
    public void moveTo(Status next, Instant when) {
      if (!next.id().equals(status.id())) {
        statusChanged = when;
      }
      status = next;
      resolved = next.category() == StatusCategory.DONE ? (resolved != null ? resolved : when) : null;
      updated = when;
    }

    /** Sets a custom field, or clears it with null. */
    public void custom(CustomField field, JsonElement value) {
      if (value == null || value.isJsonNull()) {
        customFields.remove(field.id());
      } else {
        customFields.put(field.id(), value.deepCopy());
      }
    }
  }
}
