package io.github.atlassianmcp.server.tools;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds a tool's JSON Schema for its arguments: an object with described, typed properties and no others.
 *
 * <pre>{@code
 * InputSchema.object()
 *     .string("issue_key", "The issue, e.g. PROJ-123.", s -> s.pattern("^[A-Za-z][A-Za-z0-9_]*-[0-9]+$"))
 *     .integer("comments", "How many of the latest comments to include.", 0, 100, 5)
 *     .required("issue_key")
 *     .build();
 * }</pre>
 */
public final class InputSchema {

  /** An issue key: project key, dash, number (PROJ-123); checked case-insensitively, sent upper-cased. */
  public static final String ISSUE_KEY_PATTERN = "^[A-Za-z][A-Za-z0-9_]*-[1-9][0-9]*$";

  private final Map<String, Object> properties = new LinkedHashMap<>();
  private final List<String> required = new ArrayList<>();

  private InputSchema() {}

  public static InputSchema object() {
    return new InputSchema();
  }

  /** Extra constraints of a string property. */
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

  public InputSchema string(String name, String description, java.util.function.Consumer<StringOptions> options) {
    Map<String, Object> schema = property("string", description);
    options.accept(new StringOptions(schema));
    properties.put(name, schema);
    return this;
  }

  /** The issue key argument every issue tool takes, e.g. {@code issueKey("issue_key", "PROJ-123")}. */
  public InputSchema issueKey(String name, String example) {
    return string(name, "Issue key, e.g. " + example + ".", s -> s.pattern(ISSUE_KEY_PATTERN));
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
    Map<String, Object> schema = property("array", description);
    Map<String, Object> items = new LinkedHashMap<>();
    items.put("type", "string");
    schema.put("items", items);
    schema.put("maxItems", maxItems);
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
    schema.put("description", description);
    return schema;
  }
}
