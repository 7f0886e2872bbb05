package io.github.atlassianmcp.server.tools;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * A call's arguments, checked against the tool's input schema before the tool sees them: unknown and missing
 * arguments, types, ranges, lengths, list sizes, patterns and allowed values. The schema is the only place these
 * rules are written; every problem names the argument and says what a valid value looks like.
 *
 * <p>Models send numbers and booleans as text ("50", "true"), so those are read as numbers and booleans; a blank
 * optional argument counts as not given. Nothing else is coerced or trimmed: what the schema refuses is refused.
 */
public final class ToolArguments {

  /**
   * The longest text any argument may be: three times what Jira stores in one field (32,767 characters), room for
   * markdown syntax; beyond it, parsing pathological markdown could hold the call for seconds.
   */
  static final int MAX_TEXT = 100_000;
  /** How much of a wrong value an error quotes back. */
  private static final int QUOTE = 40;
  private static final BigDecimal LONG_MIN = BigDecimal.valueOf(Long.MIN_VALUE);
  private static final BigDecimal LONG_MAX = BigDecimal.valueOf(Long.MAX_VALUE);

  private final Map<String, Object> properties;
  private final Map<String, Object> values;

  private ToolArguments(Map<String, Object> properties, Map<String, Object> values) {
    this.properties = properties;
    this.values = values;
  }

  /**
   * The arguments of a call to this tool, checked.
   *
   * @throws ToolInputException naming the first argument that breaks the schema, and how to fix it
   */
  @SuppressWarnings("unchecked")
  public static ToolArguments check(ToolDefinition definition, Map<String, Object> given) {
    Map<String, Object> schema = definition.inputSchema();
    Map<String, Object> properties = (Map<String, Object>) schema.getOrDefault("properties", Map.of());
    Map<String, Object> arguments = given == null ? Map.of() : given;
    Set<String> unknown = new TreeSet<>(arguments.keySet());
    unknown.removeAll(properties.keySet());
    if (!unknown.isEmpty()) {
      throw new ToolInputException("Unknown argument" + (unknown.size() > 1 ? "s " : " ")
          + String.join(", ", unknown.stream().map(ToolArguments::quoteName).toList()) + ": " + definition.name()
          + " takes " + (properties.isEmpty() ? "no arguments" : String.join(", ", properties.keySet())) + ".");
    }
    Map<String, Object> values = new LinkedHashMap<>();
    for (Map.Entry<String, Object> property : properties.entrySet()) {
      String name = property.getKey();
      Map<String, Object> rules = (Map<String, Object>) property.getValue();
      Object value = arguments.get(name);
      if (value == null || value instanceof String text && text.isBlank()) {
        continue;
      }
      values.put(name, read(name, rules, value));
    }
    for (String name : (List<String>) schema.getOrDefault("required", List.of())) {
      if (!values.containsKey(name)) {
        throw new ToolInputException("Missing argument " + name + ": " + lowerFirst(description(properties, name)));
      }
    }
    return new ToolArguments(properties, values);
  }

  // ---- what tools read, after the checks

  /** A string argument, or its default, or empty. */
  public Optional<String> string(String name) {
    return Optional.ofNullable((String) valueOrDefault(name));
  }

  /** A string argument the schema requires. */
  public String requiredString(String name) {
    return string(name).orElseThrow(() -> new IllegalStateException(name + " is not a required argument"));
  }

  /** An issue key argument (see {@link InputSchema#issueKey}), upper-cased as Jira writes it. */
  public String issueKey(String name) {
    return requiredString(name).toUpperCase(Locale.ROOT);
  }

  /** A whole-number argument, or its default. */
  public int integer(String name) {
    Object value = valueOrDefault(name);
    if (value == null) {
      throw new IllegalStateException(name + " has no value and no default");
    }
    return ((Number) value).intValue();
  }

  public Optional<Integer> optionalInteger(String name) {
    return Optional.ofNullable((Number) valueOrDefault(name)).map(Number::intValue);
  }

  /** A boolean argument, or its default. */
  public boolean bool(String name) {
    return Boolean.TRUE.equals(valueOrDefault(name));
  }

  /** A list of strings; empty when not given. */
  @SuppressWarnings("unchecked")
  public List<String> strings(String name) {
    Object value = valueOrDefault(name);
    return value == null ? List.of() : (List<String>) value;
  }

  /** An object argument (name to any JSON value), when given. */
  @SuppressWarnings("unchecked")
  public Optional<Map<String, Object>> map(String name) {
    return Optional.ofNullable((Map<String, Object>) valueOrDefault(name));
  }

  /** Whether the call gave this argument (a default does not count). */
  public boolean has(String name) {
    return values.containsKey(name);
  }

  @SuppressWarnings("unchecked")
  private Object valueOrDefault(String name) {
    if (!properties.containsKey(name)) {
      throw new IllegalArgumentException("The tool has no argument " + name);
    }
    Object value = values.get(name);
    return value != null ? value : ((Map<String, Object>) properties.get(name)).get("default");
  }

  // ---- the checks, one per JSON Schema keyword the tools use

  private static Object read(String name, Map<String, Object> rules, Object value) {
    String type = String.valueOf(rules.get("type"));
    return switch (type) {
      case "string" -> string(name, rules, value);
      case "integer" -> integer(name, rules, value);
      case "boolean" -> bool(name, value);
      case "array" -> list(name, rules, value);
      case "object" -> object(name, rules, value);
      default -> throw new IllegalStateException("Input schema type " + type + " of " + name + " is not supported");
    };
  }

  @SuppressWarnings("unchecked")
  private static String string(String name, Map<String, Object> rules, Object value) {
    if (!(value instanceof String text)) {
      throw new ToolInputException(name + " must be text, got " + describe(value) + ".");
    }
    int max = rules.get("maxLength") instanceof Number n ? n.intValue() : MAX_TEXT;
    if (text.length() > max) {
      throw new ToolInputException(name + " is " + text.length() + " characters long; at most " + max
          + " are accepted. Shorten it" + (max == MAX_TEXT ? " or split it." : "."));
    }
    if (rules.get("minLength") instanceof Number n && text.length() < n.intValue()) {
      throw new ToolInputException(name + " must be at least " + n.intValue() + " characters long, got "
          + quote(text) + ".");
    }
    if (rules.get("enum") instanceof List<?> allowed) {
      return ((List<String>) allowed).stream().filter(option -> option.equalsIgnoreCase(text)).findFirst()
          .orElseThrow(() -> new ToolInputException(name + " must be one of " + String.join(", ",
              (List<String>) allowed) + ", got " + quote(text) + "."));
    }
    if (rules.get("pattern") instanceof String pattern && !matches(pattern, text)) {
      String form = InputSchema.patternName(pattern).orElseGet(() -> lowerFirst(String.valueOf(
          rules.getOrDefault("description", "the form " + pattern))).replaceAll("\\.$", ""));
      throw new ToolInputException(name + " must be " + form + ", got " + quote(text) + ".");
    }
    return text;
  }

  /**
   * As JSON Schema (ECMA-262) reads a pattern: an anchored {@code ^...$} must match the whole text. Java's own
   * {@code $} would also match before a final line break, letting "PROJ-1\n" through.
   */
  private static boolean matches(String pattern, String text) {
    return pattern.startsWith("^") && pattern.endsWith("$")
        ? Pattern.compile(pattern).matcher(text).matches()
        : Pattern.compile(pattern).matcher(text).find();
  }

  private static Long integer(String name, Map<String, Object> rules, Object value) {
    BigDecimal min = rules.get("minimum") instanceof Number n ? new BigDecimal(n.toString()) : LONG_MIN;
    BigDecimal max = rules.get("maximum") instanceof Number n ? new BigDecimal(n.toString()) : LONG_MAX;
    BigDecimal number = wholeNumber(value).orElseThrow(() -> new ToolInputException(name
        + " must be a whole number from " + min.toPlainString() + " to " + max.toPlainString() + ", got "
        + describe(value) + "."));
    if (number.compareTo(min) < 0 || number.compareTo(max) > 0) {
      throw new ToolInputException(name + " must be from " + min.toPlainString() + " to " + max.toPlainString()
          + ", got " + abbreviate(number.toPlainString()) + ".");
    }
    return number.longValueExact();
  }

  /** The value as an exact whole number: JSON numbers of any size, or digits sent as text. */
  private static Optional<BigDecimal> wholeNumber(Object value) {
    BigDecimal number;
    try {
      if (value instanceof BigDecimal decimal) {
        number = decimal;
      } else if (value instanceof BigInteger big) {
        number = new BigDecimal(big);
      } else if (value instanceof Double || value instanceof Float) {
        double d = ((Number) value).doubleValue();
        if (Double.isNaN(d) || Double.isInfinite(d)) {
          return Optional.empty();
        }
        number = BigDecimal.valueOf(d);
      } else if (value instanceof Number n) {
        number = BigDecimal.valueOf(n.longValue());
      } else if (value instanceof String text && text.strip().matches("-?[0-9]{1,40}")) {
        number = new BigDecimal(text.strip());
      } else {
        return Optional.empty();
      }
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
    return number.stripTrailingZeros().scale() <= 0 ? Optional.of(number) : Optional.empty();
  }

  private static Boolean bool(String name, Object value) {
    if (value instanceof Boolean b) {
      return b;
    }
    if (value instanceof String text && (text.equalsIgnoreCase("true") || text.equalsIgnoreCase("false"))) {
      return Boolean.parseBoolean(text);
    }
    throw new ToolInputException(name + " must be true or false, got " + describe(value) + ".");
  }

  /** A list of strings; a single string is taken as a comma-separated list (as typed on a command line). */
  @SuppressWarnings("unchecked")
  private static List<String> list(String name, Map<String, Object> rules, Object value) {
    List<?> items;
    if (value instanceof List<?> list) {
      items = list;
    } else if (value instanceof String text) {
      items = List.of(text.split(","));
    } else {
      throw new ToolInputException(name + " must be a list of strings, e.g. [\"a\", \"b\"], got " + describe(value)
          + ".");
    }
    Map<String, Object> itemRules = (Map<String, Object>) rules.getOrDefault("items", Map.of("type", "string"));
    List<String> result = new ArrayList<>(items.size());
    for (Object item : items) {
      if (item instanceof String text && text.isBlank()) {
        continue;
      }
      if (!(item instanceof String)) {
        throw new ToolInputException(name + " must be a list of strings, got an item " + describe(item) + ".");
      }
      result.add(string(name + " item", itemRules, value instanceof String ? ((String) item).strip() : item));
    }
    if (rules.get("maxItems") instanceof Number max && result.size() > max.intValue()) {
      throw new ToolInputException(name + " takes at most " + max.intValue() + " items, got " + result.size() + ".");
    }
    return List.copyOf(result);
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> object(String name, Map<String, Object> rules, Object value) {
    if (!(value instanceof Map<?, ?> map)) {
      throw new ToolInputException(name + " must be an object of names and values, e.g. {\"Story Points\": 3}, got "
          + describe(value) + ".");
    }
    if (rules.get("maxProperties") instanceof Number max && map.size() > max.intValue()) {
      throw new ToolInputException(name + " takes at most " + max.intValue() + " entries, got " + map.size() + ".");
    }
    return (Map<String, Object>) map;
  }

  // ---- how errors quote what they were given

  @SuppressWarnings("unchecked")
  private static String description(Map<String, Object> properties, String name) {
    return String.valueOf(((Map<String, Object>) properties.get(name)).getOrDefault("description", "give it."));
  }

  private static String lowerFirst(String text) {
    return text.isEmpty() || Character.isUpperCase(text.charAt(0)) && text.length() > 1
        && Character.isUpperCase(text.charAt(1)) ? text : Character.toLowerCase(text.charAt(0)) + text.substring(1);
  }

  private static String describe(Object value) {
    if (value instanceof String text) {
      return quote(text);
    }
    if (value instanceof List<?>) {
      return "a list";
    }
    if (value instanceof Map<?, ?>) {
      return "an object";
    }
    if (value instanceof Boolean) {
      return "the boolean " + value;
    }
    if (value instanceof Number n) {
      return "the number " + abbreviate(n instanceof BigDecimal d ? d.toPlainString() : n.toString());
    }
    return abbreviate(String.valueOf(value));
  }

  /** A value as an error shows it: quoted, control characters visible, at most {@value #QUOTE} characters. */
  static String quote(String text) {
    boolean cut = text.length() > QUOTE;
    return "\"" + visible(cut ? text.substring(0, QUOTE) : text) + (cut ? "…\" (" + text.length()
        + " characters)" : "\"");
  }

  private static String quoteName(String name) {
    return name.matches("[A-Za-z0-9_]{1,64}") ? name : quote(name);
  }

  private static String abbreviate(String text) {
    return text.length() <= QUOTE ? text : text.substring(0, QUOTE) + "… (" + text.length() + " characters)";
  }

  private static String visible(String text) {
    StringBuilder shown = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '\n' -> shown.append("\\n");
        case '\r' -> shown.append("\\r");
        case '\t' -> shown.append("\\t");
        case '"' -> shown.append("\\\"");
        default -> {
          if (Character.isISOControl(c) || Character.getType(c) == Character.FORMAT) {
            shown.append(String.format("\\u%04x", (int) c));
          } else {
            shown.append(c);
          }
        }
      }
    }
    return shown.toString();
  }
}
