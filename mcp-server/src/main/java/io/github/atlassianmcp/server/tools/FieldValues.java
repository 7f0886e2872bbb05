package io.github.atlassianmcp.server.tools;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Atlassian field values as short text. Jira and JSM send field values as whatever JSON they are (strings,
 * numbers, objects such as users or options, lists of them), which the generated clients hand over as plain maps,
 * lists and doubles.
 */
public final class FieldValues {

  private FieldValues() {}

  /** Any value as text: names of objects, lists joined, numbers without a needless ".0"; empty when blank. */
  public static Optional<String> display(Object value) {
    if (value == null) {
      return Optional.empty();
    }
    if (value instanceof Number number) {
      double d = number.doubleValue();
      return Optional.of(d == Math.rint(d) ? Long.toString((long) d) : number.toString());
    }
    if (value instanceof Boolean) {
      return Optional.of(value.toString());
    }
    if (value instanceof List<?> list) {
      List<String> parts = new ArrayList<>();
      list.forEach(item -> display(item).ifPresent(parts::add));
      return parts.isEmpty() ? Optional.empty() : Optional.of(String.join(", ", parts));
    }
    return name(value);
  }

  /** A string as it is, or an object's display name, name, value, key or title: a user, status, option. */
  public static Optional<String> name(Object value) {
    if (value instanceof String text) {
      return text.isBlank() ? Optional.empty() : Optional.of(text);
    }
    if (value instanceof Map<?, ?> map) {
      for (String key : List.of("displayName", "name", "value", "key", "title")) {
        if (map.get(key) instanceof String text && !text.isBlank()) {
          return Optional.of(text);
        }
      }
    }
    return Optional.empty();
  }

  /**
   * The items of a list value as an agent gives it: a JSON array, or text separated by commas.
   *
   * @throws IllegalArgumentException when it is neither
   */
  public static List<Object> items(Object given) {
    if (given instanceof List<?> list) {
      return new ArrayList<>(list);
    }
    List<Object> items = new ArrayList<>();
    for (String part : text(given).split(",")) {
      if (!part.isBlank()) {
        items.add(part.strip());
      }
    }
    return items;
  }

  /**
   * A number as given, or read from text.
   *
   * @throws IllegalArgumentException saying it must be a number
   */
  public static Object number(Object given) {
    if (given instanceof Number) {
      return given;
    }
    try {
      return new BigDecimal(text(given).strip());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("must be a number, got \"" + text(given) + "\".");
    }
  }

  /**
   * Text as given, or a value shown as text (see {@link #display}).
   *
   * @throws IllegalArgumentException when the value has no text (an empty object)
   */
  public static String text(Object value) {
    if (value instanceof String text) {
      return text;
    }
    return display(value).orElseThrow(() -> new IllegalArgumentException("give it as text."));
  }
}
