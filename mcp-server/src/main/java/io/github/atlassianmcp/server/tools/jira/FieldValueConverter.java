package io.github.atlassianmcp.server.tools.jira;

import io.github.atlassianmcp.adf.MarkdownToAdf;
import io.github.atlassianmcp.client.ExplicitNull;
import io.github.atlassianmcp.server.tools.FieldValues;
import io.github.atlassianmcp.server.tools.jira.JiraPeople.Person;
import io.github.atlassianmcp.server.tools.jira.JiraPeople.Scope;
import io.github.atlassianmcp.server.tools.jira.ScreenField.Choice;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * A plain value as an agent gives it (a number, a name, an option's value, a person, a list) in the form Jira's
 * edit and create take for one field of a screen: options, priorities, components and versions by ID after checking
 * the name against the allowed values, people by account ID, multi-line text as rich text. A JSON object is taken
 * as Jira's own form and passed on. A value that does not fit throws {@link IllegalArgumentException} saying what
 * the field takes.
 */
final class FieldValueConverter {

  /** How many allowed values an error lists before "…". */
  private static final int SHOWN = 20;
  private static final String TEXTAREA = "com.atlassian.jira.plugin.system.customfieldtypes:textarea";
  private static final String SPRINT = "com.pyxis.greenhopper.jira:gh-sprint";

  private final JiraPeople people;
  private final MarkdownToAdf markdownToAdf;

  FieldValueConverter(JiraPeople people, MarkdownToAdf markdownToAdf) {
    this.people = Objects.requireNonNull(people, "people");
    this.markdownToAdf = Objects.requireNonNull(markdownToAdf, "markdownToAdf");
  }

  /**
   * Jira's form of {@code given} for {@code field}; {@link ExplicitNull#VALUE} clears it.
   *
   * @param argument what the agent set, for messages about people
   * @param scope whom a user value may name (assignable people for the assignee)
   */
  Object convert(ScreenField field, Object given, String argument, Scope scope) {
    if (given instanceof Map<?, ?> jiraForm) {
      return jiraForm;
    }
    if (given == null || given instanceof String text && isNone(text) && !field.valueType().equals("user")) {
      return field.isList() ? List.of() : ExplicitNull.VALUE;
    }
    if (field.isList() && !field.custom().filter(SPRINT::equals).isPresent()) {
      List<Object> values = new ArrayList<>();
      for (Object item : FieldValues.items(given)) {
        values.add(single(field, item, argument, scope));
      }
      return values;
    }
    return single(field, given, argument, scope);
  }

  private Object single(ScreenField field, Object given, String argument, Scope scope) {
    if (field.custom().filter(SPRINT::equals).isPresent()) {
      return sprint(given);
    }
    if (!field.allowed().isEmpty()) {
      Choice choice = choice(field, given);
      return Map.of("id", choice.id());
    }
    return switch (field.valueType()) {
      case "number" -> FieldValues.number(given);
      case "date" -> date(FieldValues.text(given));
      case "user" -> people.resolve(FieldValues.text(given), argument, scope).map(Person::accountId)
          .<Object>map(id -> Map.of("accountId", id)).orElse(ExplicitNull.VALUE);
      case "project" -> Map.of("key", FieldValues.text(given).strip().toUpperCase(Locale.ROOT));
      case "issuelink" -> Map.of("key", FieldValues.text(given).strip().toUpperCase(Locale.ROOT));
      case "string" -> field.custom().filter(TEXTAREA::equals).isPresent() || field.id().equals("environment")
          ? markdownToAdf.convert(FieldValues.text(given), people.mentions()) : FieldValues.text(given);
      case "group" -> Map.of("name", FieldValues.text(given));
      default -> given instanceof String || given instanceof Number || given instanceof Boolean ? given
          : FieldValues.text(given);
    };
  }

  /** The allowed value named {@code given}: by name (ignoring case), else by ID. */
  static Choice choice(ScreenField field, Object given) {
    String wanted = FieldValues.text(given).strip();
    return field.allowed().stream().filter(choice -> choice.name().equalsIgnoreCase(wanted)).findFirst()
        .or(() -> field.allowed().stream().filter(choice -> choice.id().equals(wanted)).findFirst())
        .orElseThrow(() -> new IllegalArgumentException("\"" + wanted + "\" is not one of its values. Allowed: "
            + allowed(field) + "."));
  }

  /** "Payments, Platform, Mobile, Growth"; the first ones and a count when there are many. */
  static String allowed(ScreenField field) {
    List<String> names = field.allowed().stream().map(Choice::name).toList();
    if (names.size() <= SHOWN) {
      return String.join(", ", names);
    }
    return String.join(", ", names.subList(0, SHOWN)) + ", … (" + names.size() + " in all)";
  }

  private static Object sprint(Object given) {
    Object value = given instanceof List<?> list && list.size() == 1 ? list.get(0) : given;
    String text = FieldValues.text(value).strip();
    if (!text.matches("[0-9]{1,18}")) {
      throw new IllegalArgumentException("takes a sprint's ID (a number), got \"" + text + "\".");
    }
    return Long.parseLong(text);
  }

  /** A date as Jira takes it: YYYY-MM-DD. */
  static String date(String given) {
    try {
      return LocalDate.parse(given.strip()).toString();
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException("takes a date as YYYY-MM-DD, got \"" + given + "\".");
    }
  }

  static boolean isNone(String text) {
    String lower = text.strip().toLowerCase(Locale.ROOT);
    return lower.equals("none") || lower.equals("null") || lower.isEmpty();
  }

}
