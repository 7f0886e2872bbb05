package io.github.atlassianmcp.sandbox.jira;

import io.github.atlassianmcp.sandbox.SandboxUser;
import io.github.atlassianmcp.sandbox.adf.AdfText;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * What changed between two values of an issue, as the items of a changelog entry, in the form Jira Cloud writes
 * them: IDs in {@code from}/{@code to} and names in {@code fromString}/{@code toString} for references (status,
 * assignee, priority, options, sprints), only the strings for text, one item per component or version added or
 * removed, labels as space-separated lists, estimates in seconds, and the parent as {@code IssueParentAssociation}.
 */
final class ChangeRecorder {

  private final JiraStore store;

  ChangeRecorder(JiraStore store) {
    this.store = store;
  }

  List<ChangeItem> changes(Issue before, Issue after) {
    List<ChangeItem> items = new ArrayList<>();
    if (!before.type().id().equals(after.type().id())) {
      items.add(ChangeItem.jira("issuetype", "issuetype", before.type().id(), before.type().name(),
          after.type().id(), after.type().name()));
    }
    text(items, "summary", before.summary(), after.summary());
    if (!before.sameDescription(after)) {
      items.add(ChangeItem.jira("description", "description", null, blankToNull(AdfText.of(before.description())),
          null, blankToNull(AdfText.of(after.description()))));
    }
    if (!before.status().id().equals(after.status().id())) {
      items.add(ChangeItem.jira("status", "status", before.status().id(), before.status().name(),
          after.status().id(), after.status().name()));
    }
    if ((before.resolved() == null) != (after.resolved() == null)) {
      items.add(before.resolved() == null
          ? ChangeItem.jira("resolution", "resolution", null, null, "10000", "Done")
          : ChangeItem.jira("resolution", "resolution", "10000", "Done", null, null));
    }
    user(items, "assignee", before.assignee(), after.assignee());
    user(items, "reporter", before.reporter(), after.reporter());
    if (!before.priority().id().equals(after.priority().id())) {
      items.add(ChangeItem.jira("priority", "priority", before.priority().id(), before.priority().name(),
          after.priority().id(), after.priority().name()));
    }
    if (!before.labels().equals(after.labels())) {
      items.add(ChangeItem.jira("labels", "labels", null, joined(before.labels()), null, joined(after.labels())));
    }
    if (!Objects.equals(before.dueDate(), after.dueDate())) {
      items.add(ChangeItem.jira("duedate", "duedate", date(before.dueDate()), dateString(before.dueDate()),
          date(after.dueDate()), dateString(after.dueDate())));
    }
    if (!Objects.equals(before.parentKey(), after.parentKey())) {
      items.add(new ChangeItem("IssueParentAssociation", "jira", null, issueId(before.parentKey()),
          before.parentKey(), issueId(after.parentKey()), after.parentKey()));
    }
    references(items, "Component", "components", before.components(), after.components(), Component::id,
        Component::name);
    references(items, "Fix Version", "fixVersions", before.fixVersions(), after.fixVersions(), Version::id,
        Version::name);
    references(items, "Version", "versions", before.versions(), after.versions(), Version::id, Version::name);
    seconds(items, "timeoriginalestimate", before.originalEstimate(), after.originalEstimate());
    seconds(items, "timeestimate", before.remainingEstimate(), after.remainingEstimate());
    customFields(items, before, after);
    references(items, "Attachment", "attachment", before.attachments(), after.attachments(), Attachment::id,
        Attachment::filename);
    return items;
  }

  /** The item a link adds to one of its issues: "This issue blocks PROJ-2". */
  static ChangeItem link(String otherKey, String phrase, boolean added) {
    return added
        ? ChangeItem.jira("Link", null, null, null, otherKey, phrase)
        : ChangeItem.jira("Link", null, otherKey, phrase, null, null);
  }

  private void customFields(List<ChangeItem> items, Issue before, Issue after) {
    Optional<Double> oldPoints = CustomFieldValues.storyPoints(before);
    Optional<Double> newPoints = CustomFieldValues.storyPoints(after);
    if (!oldPoints.equals(newPoints)) {
      items.add(custom(CustomFields.STORY_POINTS, null, oldPoints.map(CustomFieldValues::number).orElse(null), null,
          newPoints.map(CustomFieldValues::number).orElse(null)));
    }
    Optional<FieldOption> oldTeam = CustomFieldValues.team(before);
    Optional<FieldOption> newTeam = CustomFieldValues.team(after);
    if (!oldTeam.equals(newTeam)) {
      items.add(custom(CustomFields.TEAM, oldTeam.map(FieldOption::id).orElse(null),
          oldTeam.map(FieldOption::value).orElse(null), newTeam.map(FieldOption::id).orElse(null),
          newTeam.map(FieldOption::value).orElse(null)));
    }
    List<Long> oldSprints = CustomFieldValues.ownSprintIds(before);
    List<Long> newSprints = CustomFieldValues.ownSprintIds(after);
    if (!oldSprints.equals(newSprints)) {
      items.add(custom(CustomFields.SPRINT, sprintIds(oldSprints), sprintNames(oldSprints), sprintIds(newSprints),
          sprintNames(newSprints)));
    }
  }

  private static ChangeItem custom(CustomField field, String from, String fromString, String to, String toString) {
    return new ChangeItem(field.name(), "custom", field.id(), from, fromString, to, toString);
  }

  private String sprintNames(List<Long> ids) {
    return ids.isEmpty() ? null : ids.stream()
        .map(id -> store.sprint(id).map(Sprint::name).orElse(Long.toString(id)))
        .collect(Collectors.joining(", "));
  }

  private static String sprintIds(List<Long> ids) {
    return ids.isEmpty() ? null : ids.stream().map(String::valueOf).collect(Collectors.joining(", "));
  }

  private String issueId(String key) {
    return key == null ? null : store.issue(key).map(Issue::idText).orElse(null);
  }

  private static void text(List<ChangeItem> items, String field, String before, String after) {
    if (!Objects.equals(before, after)) {
      items.add(ChangeItem.jira(field, field, null, before, null, after));
    }
  }

  private static void user(List<ChangeItem> items, String field, SandboxUser before, SandboxUser after) {
    String oldId = before == null ? null : before.accountId();
    String newId = after == null ? null : after.accountId();
    if (!Objects.equals(oldId, newId)) {
      items.add(ChangeItem.jira(field, field, oldId, before == null ? null : before.displayName(), newId,
          after == null ? null : after.displayName()));
    }
  }

  private static void seconds(List<ChangeItem> items, String field, Long before, Long after) {
    if (!Objects.equals(before, after)) {
      String from = before == null ? null : before.toString();
      String to = after == null ? null : after.toString();
      items.add(ChangeItem.jira(field, field, from, from, to, to));
    }
  }

  private static <T> void references(List<ChangeItem> items, String field, String fieldId, List<T> before,
      List<T> after, Function<T, String> id, Function<T, String> name) {
    List<String> oldIds = before.stream().map(id).toList();
    List<String> newIds = after.stream().map(id).toList();
    for (T removed : before) {
      if (!newIds.contains(id.apply(removed))) {
        items.add(ChangeItem.jira(field, fieldId, id.apply(removed), name.apply(removed), null, null));
      }
    }
    for (T added : after) {
      if (!oldIds.contains(id.apply(added))) {
        items.add(ChangeItem.jira(field, fieldId, null, null, id.apply(added), name.apply(added)));
      }
    }
  }

  /** Labels as Jira writes them: space-separated, an empty string for none (as the spec's example shows). */
  private static String joined(List<String> labels) {
    return String.join(" ", labels);
  }

  private static String date(LocalDate date) {
    return date == null ? null : date.toString();
  }

  private static String dateString(LocalDate date) {
    return date == null ? null : date + " 00:00:00.0";
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text;
  }
}
