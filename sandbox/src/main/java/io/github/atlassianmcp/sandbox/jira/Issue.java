package io.github.atlassianmcp.sandbox.jira;

import com.google.gson.JsonObject;
import io.github.atlassianmcp.sandbox.SandboxUser;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * An issue, immutable: a change makes a new value ({@link #with}), which the {@link JiraStore} swaps in whole, so
 * a reader never sees half an edit. The description is ADF or null; {@code parentKey} is null for top-level
 * issues; {@code resolved} is set while the status is in the Done category.
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
    List<Worklog> worklogs) {

  public Issue {
    description = description == null ? null : description.deepCopy();
    labels = List.copyOf(labels);
    comments = List.copyOf(comments);
    worklogs = List.copyOf(worklogs);
  }

  @Override
  public JsonObject description() {
    return description == null ? null : description.deepCopy();
  }

  public String idText() {
    return Long.toString(id);
  }

  /** A changed copy: the consumer edits a draft of every field but the identity. */
  public Issue with(Consumer<Draft> change) {
    Draft draft = new Draft(this);
    change.accept(draft);
    return new Issue(id, key, project, draft.type, draft.summary, draft.description, draft.status, draft.assignee,
        draft.reporter, creator, draft.priority, draft.labels, draft.parentKey, created, draft.updated,
        draft.statusChanged, draft.resolved, draft.dueDate, draft.comments, draft.worklogs);
  }

  /** The editable fields of an issue. */
  public static final class Draft {
    public IssueType type;
    public String summary;
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
  }
}
