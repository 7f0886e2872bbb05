package io.github.atlassianmcp.sandbox.jira;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The site's custom fields, with the IDs Jira Cloud gives them on a new site: Story Points (a number), Team (a
 * single select) and Sprint (Jira Software's). They are on the screens of the software projects: Story Points
 * and Sprint on standard issue types (a subtask is estimated and planned with its parent), Team on every type.
 */
public final class CustomFields {

  public static final CustomField STORY_POINTS =
      new CustomField("customfield_10016", "Story Points", CustomField.Kind.NUMBER, List.of());
  public static final CustomField SPRINT =
      new CustomField("customfield_10020", "Sprint", CustomField.Kind.SPRINT, List.of());
  public static final CustomField TEAM = new CustomField("customfield_10040", "Team", CustomField.Kind.SELECT,
      List.of(new FieldOption("10100", "Payments"), new FieldOption("10101", "Platform"),
          new FieldOption("10102", "Mobile"), new FieldOption("10103", "Growth")));

  /** Every custom field, in the order Jira lists them. */
  public static final List<CustomField> ALL = List.of(STORY_POINTS, SPRINT, TEAM);

  private CustomFields() {}

  public static Optional<CustomField> byId(String id) {
    return ALL.stream().filter(field -> field.id().equals(id)).findFirst();
  }

  /** A field as JQL names it: its name (any case) or {@code cf[NNNNN]}. */
  public static Optional<CustomField> byClauseName(String name) {
    String lower = name.toLowerCase(Locale.ROOT);
    return ALL.stream()
        .filter(field -> field.name().toLowerCase(Locale.ROOT).equals(lower) || field.clauseId().equals(lower))
        .findFirst();
  }

  /** Whether the field is on the screens of this project's issues of this type. */
  public static boolean appliesTo(CustomField field, Project project, IssueType type) {
    if (!project.typeKey().equals("software")) {
      return false;
    }
    return field == TEAM || type.hierarchyLevel() == 0 || (field == STORY_POINTS && type.hierarchyLevel() == 1);
  }

  /** Whether an issue of this type shows the field: the fields on its screens, and a subtask's Sprint (its parent's). */
  public static boolean shownOn(CustomField field, Project project, IssueType type) {
    return appliesTo(field, project, type)
        || (field == SPRINT && type.subtask() && project.typeKey().equals("software"));
  }
}
