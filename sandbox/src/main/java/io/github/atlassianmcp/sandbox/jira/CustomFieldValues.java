package io.github.atlassianmcp.sandbox.jira;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonPrimitive;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads and writes the stored form of the custom fields: Story Points as a number, Team as the chosen option's
 * ID, Sprint as the IDs of the issue's sprints (closed ones stay, as Jira keeps a carried-over issue's history).
 * A subtask has no sprint of its own: it is in its parent's.
 */
public final class CustomFieldValues {

  private final JiraStore store;

  public CustomFieldValues(JiraStore store) {
    this.store = store;
  }

  public static Optional<Double> storyPoints(Issue issue) {
    return issue.custom(CustomFields.STORY_POINTS).map(JsonElement::getAsDouble);
  }

  public static Optional<FieldOption> team(Issue issue) {
    return issue.custom(CustomFields.TEAM).flatMap(id -> CustomFields.TEAM.optionById(id.getAsString()));
  }

  /** The sprint IDs stored on the issue itself, in sprint order. */
  public static List<Long> ownSprintIds(Issue issue) {
    List<Long> ids = new ArrayList<>();
    issue.custom(CustomFields.SPRINT).ifPresent(value -> value.getAsJsonArray()
        .forEach(id -> ids.add(id.getAsLong())));
    ids.sort(null);
    return ids;
  }

  public static JsonArray sprintValue(List<Long> ids) {
    JsonArray array = new JsonArray();
    ids.stream().sorted().distinct().forEach(array::add);
    return array;
  }

  /** The issue's sprints, a subtask's being its parent's. */
  public List<Sprint> sprints(Issue issue) {
    Issue planned = issue.type().subtask() && issue.parentKey() != null
        ? store.issue(issue.parentKey()).orElse(issue) : issue;
    return ownSprintIds(planned).stream().flatMap(id -> store.sprint(id).stream()).toList();
  }

  /**
   * Puts a draft in an open sprint, or in none with null: an issue is in at most one open sprint, and keeps the
   * closed sprints it was in, as Jira keeps a carried-over issue's history.
   */
  public void putInSprint(Issue.Draft draft, Sprint sprint) {
    List<Long> kept = new ArrayList<>();
    JsonElement stored = draft.customFields.get(CustomFields.SPRINT.id());
    if (stored != null) {
      stored.getAsJsonArray().forEach(id -> store.sprint(id.getAsLong()).filter(s -> !s.open())
          .ifPresent(closed -> kept.add(closed.id())));
    }
    if (sprint != null) {
      kept.add(sprint.id());
    }
    draft.custom(CustomFields.SPRINT, kept.isEmpty() ? null : sprintValue(kept));
  }

  /** A number as Jira writes it in a changelog: 3, not 3.0. */
  public static String number(double value) {
    return new BigDecimal(Double.toString(value)).stripTrailingZeros().toPlainString();
  }

  public static JsonPrimitive numberValue(double value) {
    return new JsonPrimitive(value);
  }
}
