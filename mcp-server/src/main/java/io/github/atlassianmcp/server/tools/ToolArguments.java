package io.github.atlassianmcp.server.tools;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * A call's arguments, read with the checks an agent needs to fix its call: every problem names the argument and
 * says what a valid value looks like. Numbers and booleans sent as strings ("50", "true") are accepted, because
 * models send them so.
 */
public final class ToolArguments {

  private static final Pattern ISSUE_KEY = Pattern.compile(InputSchema.ISSUE_KEY_PATTERN);
  /**
   * The longest text argument: three times what Jira stores in one field (32,767 characters), room for markdown
   * syntax; beyond it, parsing pathological markdown could hold the call for seconds.
   */
  static final int MAX_TEXT = 100_000;

  private final String tool;
  private final Map<String, Object> values;

  private ToolArguments(String tool, Map<String, Object> values) {
    this.tool = tool;
    this.values = values;
  }

  /**
   * @throws ToolInputException naming any argument the tool does not take
   */
  public static ToolArguments of(ToolDefinition definition, Map<String, Object> values) {
    Map<String, Object> given = values == null ? Map.of() : values;
    @SuppressWarnings("unchecked")
    Set<String> known = ((Map<String, Object>) definition.inputSchema().get("properties")).keySet();
    Set<String> unknown = new TreeSet<>(given.keySet());
    unknown.removeAll(known);
    if (!unknown.isEmpty()) {
      throw new ToolInputException("Unknown argument" + (unknown.size() > 1 ? "s " : " ") + String.join(", ", unknown)
          + ": " + definition.name() + " takes " + (known.isEmpty() ? "no arguments" : String.join(", ", known)) + ".");
    }
    return new ToolArguments(definition.name(), given);
  }

  private Optional<Object> raw(String name) {
    Object value = values.get(name);
    if (value instanceof String text && text.isBlank()) {
      return Optional.empty();
    }
    return Optional.ofNullable(value);
  }

  public String requiredString(String name, String example) {
    return optionalString(name).orElseThrow(() ->
        new ToolInputException("Missing argument " + name + ": give it, e.g. " + name + "=" + example + "."));
  }

  public Optional<String> optionalString(String name) {
    return raw(name).map(value -> {
      if (value instanceof String text) {
        return text.trim();
      }
      if (value instanceof Number || value instanceof Boolean) {
        return value.toString();
      }
      throw new ToolInputException(name + " must be a string, got " + describe(value) + ".");
    });
  }

  /** The text as given, whitespace kept (markdown bodies). */
  public Optional<String> optionalText(String name) {
    Object value = values.get(name);
    if (value == null) {
      return Optional.empty();
    }
    if (!(value instanceof String text)) {
      throw new ToolInputException(name + " must be a string, got " + describe(value) + ".");
    }
    if (text.length() > MAX_TEXT) {
      throw new ToolInputException(name + " is " + text.length() + " characters long; at most " + MAX_TEXT
          + " are accepted (Jira keeps at most 32,767 characters in a field). Shorten it or split it.");
    }
    return Optional.of(text);
  }

  public String requiredText(String name, String example) {
    String text = optionalText(name).orElse("");
    if (text.isBlank()) {
      throw new ToolInputException("Missing argument " + name + ": give it, e.g. " + name + "=\"" + example + "\".");
    }
    return text;
  }

  /** An issue key such as PROJ-123, upper-cased. */
  public String issueKey(String name) {
    String key = requiredString(name, "PROJ-123").toUpperCase(Locale.ROOT);
    if (!ISSUE_KEY.matcher(key).matches()) {
      throw new ToolInputException(name + " must be an issue key like PROJ-123 (project key, dash, number), got \""
          + values.get(name) + "\".");
    }
    return key;
  }

  public int integer(String name, int defaultValue, int minimum, int maximum) {
    Optional<Object> value = raw(name);
    if (value.isEmpty()) {
      return defaultValue;
    }
    long number;
    Object given = value.get();
    if (given instanceof Number n && n.doubleValue() == Math.rint(n.doubleValue())) {
      number = n.longValue();
    } else if (given instanceof String text && text.trim().matches("-?[0-9]+")) {
      number = Long.parseLong(text.trim());
    } else {
      throw new ToolInputException(name + " must be a whole number from " + minimum + " to " + maximum + ", got "
          + describe(given) + ".");
    }
    if (number < minimum || number > maximum) {
      throw new ToolInputException(name + " must be from " + minimum + " to " + maximum + ", got " + number + ".");
    }
    return (int) number;
  }

  public boolean bool(String name, boolean defaultValue) {
    Optional<Object> value = raw(name);
    if (value.isEmpty()) {
      return defaultValue;
    }
    Object given = value.get();
    if (given instanceof Boolean b) {
      return b;
    }
    if (given instanceof String text && (text.equalsIgnoreCase("true") || text.equalsIgnoreCase("false"))) {
      return Boolean.parseBoolean(text);
    }
    throw new ToolInputException(name + " must be true or false, got " + describe(given) + ".");
  }

  /** A list of strings; a single string is taken as a comma-separated list. */
  public List<String> stringList(String name) {
    Optional<Object> value = raw(name);
    if (value.isEmpty()) {
      return List.of();
    }
    List<String> result = new ArrayList<>();
    Object given = value.get();
    if (given instanceof List<?> list) {
      for (Object item : list) {
        if (!(item instanceof String text)) {
          throw new ToolInputException(name + " must be a list of strings, got an item " + describe(item) + ".");
        }
        if (!text.isBlank()) {
          result.add(text.trim());
        }
      }
    } else if (given instanceof String text) {
      for (String part : text.split(",")) {
        if (!part.isBlank()) {
          result.add(part.trim());
        }
      }
    } else {
      throw new ToolInputException(name + " must be a list of strings, e.g. [\"summary\", \"status\"], got "
          + describe(given) + ".");
    }
    return List.copyOf(result);
  }

  /** One of the allowed values, case-insensitively. */
  public Optional<String> choice(String name, List<String> allowed) {
    return optionalString(name).map(value -> allowed.stream()
        .filter(a -> a.equalsIgnoreCase(value))
        .findFirst()
        .orElseThrow(() -> new ToolInputException(name + " must be one of " + String.join(", ", allowed)
            + ", got \"" + value + "\".")));
  }

  public String tool() {
    return tool;
  }

  private static String describe(Object value) {
    if (value instanceof String text) {
      return "\"" + (text.length() > 40 ? text.substring(0, 40) + "…" : text) + "\"";
    }
    if (value instanceof List<?>) {
      return "a list";
    }
    if (value instanceof Map<?, ?>) {
      return "an object";
    }
    return String.valueOf(value);
  }
}
