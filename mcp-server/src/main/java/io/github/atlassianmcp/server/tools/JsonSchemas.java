package io.github.atlassianmcp.server.tools;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Small builders for the JSON Schemas of structured content (output schemas). */
public final class JsonSchemas {

  private JsonSchemas() {}

  /** An object with these properties (in order), of which {@code required} must be present. */
  public static Map<String, Object> object(Map<String, Object> properties, String... required) {
    Map<String, Object> schema = new LinkedHashMap<>();
    schema.put("type", "object");
    schema.put("properties", properties);
    if (required.length > 0) {
      schema.put("required", List.of(required));
    }
    return schema;
  }

  /**
   * An object whose properties are text unless listed in {@code properties}: precise, yet without one
   * {@code {"type":"string"}} per field, because tools/list is part of every agent's context.
   */
  public static Map<String, Object> textRecord(Map<String, Object> properties, String... required) {
    Map<String, Object> schema = new LinkedHashMap<>();
    schema.put("type", "object");
    if (!properties.isEmpty()) {
      schema.put("properties", properties);
    }
    schema.put("additionalProperties", string());
    if (required.length > 0) {
      schema.put("required", List.of(required));
    }
    return schema;
  }

  /** Properties in the order given: name, schema, name, schema... */
  public static Map<String, Object> properties(Object... nameSchemaPairs) {
    Map<String, Object> properties = new LinkedHashMap<>();
    for (int i = 0; i < nameSchemaPairs.length; i += 2) {
      properties.put((String) nameSchemaPairs[i], nameSchemaPairs[i + 1]);
    }
    return properties;
  }

  public static Map<String, Object> string() {
    return ordered("type", "string");
  }

  public static Map<String, Object> integer() {
    return ordered("type", "integer");
  }

  public static Map<String, Object> bool() {
    return ordered("type", "boolean");
  }

  public static Map<String, Object> arrayOf(Map<String, Object> items) {
    return ordered("type", "array", "items", items);
  }

  /** An object whose values are all strings (field name to value). */
  public static Map<String, Object> stringMap() {
    return ordered("type", "object", "additionalProperties", string());
  }

  /** Keys in the order given, so tools/list and its snapshot are the same on every run. */
  private static Map<String, Object> ordered(Object... keyValuePairs) {
    Map<String, Object> map = new LinkedHashMap<>();
    for (int i = 0; i < keyValuePairs.length; i += 2) {
      map.put((String) keyValuePairs[i], keyValuePairs[i + 1]);
    }
    return map;
  }
}
