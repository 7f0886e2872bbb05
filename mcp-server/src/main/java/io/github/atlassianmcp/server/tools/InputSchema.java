package io.github.atlassianmcp.server.tools;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Builds a tool's JSON Schema for its arguments: an object with described, typed properties and no others. The
 * schema is the only place a rule about an argument is written: {@link ToolArguments} checks calls against it.
 *
 * <pre>{@code
 * InputSchema.object()
 *     .issueKey("issue_key")
 *     .integer("comments", "How many of the latest comments to include.", 0, 100, 5)
 *     .required("issue_key")
 *     .build();
 * }</pre>
 */
public final class InputSchema {

  /** An issue key: project key, dash, number (PROJ-123); checked case-insensitively, sent upper-cased. */
  public static final String ISSUE_KEY_PATTERN = "^[A-Za-z]\\w*-[1-9]\\d*$";
  /** A project key: a letter, then letters, digits or underscores (PROJ). */
  public static final String PROJECT_KEY_PATTERN = "^[A-Za-z]\\w*$";
  /** One line of text: no line breaks. */
  public static final String ONE_LINE_PATTERN = "^[^\\r\\n]+$";
  /** A numeric id, as Confluence and JSM use them (123456). */
  public static final String NUMERIC_ID_PATTERN = "^[0-9]{1,18}$";

  /** A Confluence space key: ENG, or a personal space's ~ and account ID. */
  public static final String SPACE_KEY_PATTERN = "^~?[A-Za-z0-9_:-]{1,255}$";
  /** A label as Confluence accepts it: no spaces and none of {@code !#&()*,.:;<>?@[]^}. */
  public static final String LABEL_PATTERN = "^[^\\s!#&()*,.:;<>?@\\[\\]^]{1,255}$";

  /** How an argument's error names the form a pattern asks for. */
  private static final Map<String, String> PATTERN_NAMES = Map.of(
      ISSUE_KEY_PATTERN, "an issue key like PROJ-123 (project key, dash, number)",
      PROJECT_KEY_PATTERN, "a project key like PROJ (letters, digits, underscores)",
      NUMERIC_ID_PATTERN, "a number like 123456",
      ONE_LINE_PATTERN, "one line (no line breaks)",
      SPACE_KEY_PATTERN, "a space key like ENG (letters and digits)",
      LABEL_PATTERN, "a label like release-notes (no spaces or !#&()*,.:;<>?@[]^)");

  private final Map<String, Object> properties = new LinkedHashMap<>();
  private final List<String> required = new ArrayList<>();

  private InputSchema() {}

  public static InputSchema object() {
    return new InputSchema();
  }

  /** The words an error uses for the form a pattern describes, when it is one of ours. */
  static Optional<String> patternName(String pattern) {
    return Optional.ofNullable(PATTERN_NAMES.get(pattern));
  }

  /** Extra constraints of a string property (or of the items of a string list). */
  public static final class StringOptions {
    private final Map<String, Object> schema;

    private StringOptions(Map<String, Object> schema) {
      this.schema = schema;
    }

    public StringOptions pattern(String regex) {
      schema.put("pattern", regex);
      return this;
    }

    public StringOptions minLength(int length) {
      schema.put("minLength", length);
      return this;
    }

    public StringOptions maxLength(int length) {
      schema.put("maxLength", length);
      return this;
    }

    public StringOptions oneOf(String... values) {
      schema.put("enum", List.of(values));
      return this;
    }

    public StringOptions defaultValue(String value) {
      schema.put("default", value);
      return this;
    }

    public StringOptions format(String format) {
      schema.put("format", format);
      return this;
    }
  }

  public InputSchema string(String name, String description) {
    return string(name, description, options -> { });
  }

  public InputSchema string(String name, String description, Consumer<StringOptions> options) {
    Map<String, Object> schema = property("string", description);
    options.accept(new StringOptions(schema));
    properties.put(name, schema);
    return this;
  }

  /**
   * The issue key argument every issue tool takes. Its name and pattern say what it is, and the tool's example shows
   * one: no description, as tools/list is paid on every turn.
   */
  public InputSchema issueKey(String name) {
    return string(name, null, s -> s.pattern(ISSUE_KEY_PATTERN));
  }

  /** An issue key argument whose name does not say it all, e.g. {@code issueKey("target_issue_key", "PROJ-2")}. */
  public InputSchema issueKey(String name, String example) {
    return string(name, "Issue key, e.g. " + example + ".", s -> s.pattern(ISSUE_KEY_PATTERN));
  }

  /** A numeric id argument such as {@code page_id}; self-describing like {@link #issueKey(String)}. */
  public InputSchema numericId(String name) {
    return string(name, null, s -> s.pattern(NUMERIC_ID_PATTERN));
  }

  public InputSchema integer(String name, String description, int minimum, int maximum, Integer defaultValue) {
    Map<String, Object> schema = property("integer", description);
    schema.put("minimum", minimum);
    schema.put("maximum", maximum);
    if (defaultValue != null) {
      schema.put("default", defaultValue);
    }
    properties.put(name, schema);
    return this;
  }

  public InputSchema bool(String name, String description, boolean defaultValue) {
    Map<String, Object> schema = property("boolean", description);
    schema.put("default", defaultValue);
    properties.put(name, schema);
    return this;
  }

  public InputSchema stringList(String name, String description, int maxItems) {
    return stringList(name, description, maxItems, items -> { });
  }

  /** A list of strings, each checked by {@code items}. */
  public InputSchema stringList(String name, String description, int maxItems, Consumer<StringOptions> items) {
    Map<String, Object> schema = property("array", description);
    Map<String, Object> itemSchema = new LinkedHashMap<>();
    itemSchema.put("type", "string");
    items.accept(new StringOptions(itemSchema));
    schema.put("items", itemSchema);
    schema.put("maxItems", maxItems);
    properties.put(name, schema);
    return this;
  }

  /** An object of named values, e.g. field name to value; values of any JSON type. */
  public InputSchema map(String name, String description, int maxProperties) {
    Map<String, Object> schema = property("object", description);
    schema.put("maxProperties", maxProperties);
    properties.put(name, schema);
    return this;
  }

  public InputSchema required(String... names) {
    for (String name : names) {
      if (!properties.containsKey(name)) {
        throw new IllegalArgumentException("Required property " + name + " is not defined");
      }
      required.add(name);
    }
    return this;
  }

  public Map<String, Object> build() {
    Map<String, Object> schema = new LinkedHashMap<>();
    schema.put("type", "object");
    schema.put("properties", new LinkedHashMap<>(properties));
    if (!required.isEmpty()) {
      schema.put("required", List.copyOf(required));
    }
    schema.put("additionalProperties", false);
    return schema;
  }

  private static Map<String, Object> property(String type, String description) {
    Map<String, Object> schema = new LinkedHashMap<>();
    schema.put("type", type);
    if (description != null) {
      schema.put("description", description);
    }
    return schema;
  }
}
