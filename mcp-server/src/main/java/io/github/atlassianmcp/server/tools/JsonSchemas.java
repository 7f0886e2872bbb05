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

  /** Properties in the order given: name, schema, name, schema... */
  public static Map<String, Object> properties(Object... nameSchemaPairs) {
    Map<String, Object> properties = new LinkedHashMap<>();
    for (int i = 0; i < nameSchemaPairs.length; i += 2) {
      properties.put((String) nameSchemaPairs[i], nameSchemaPairs[i + 1]);
    }
    return properties;
  }

  public static Map<String, Object> string() {
    return Map.of("type", "string");
  }

  public static Map<String, Object> dateTime() {
    return Map.of("type", "string", "format", "date-time");
  }

  public static Map<String, Object> integer() {
    return Map.of("type", "integer");
  }

  public static Map<String, Object> bool() {
    return Map.of("type", "boolean");
  }

  public static Map<String, Object> arrayOf(Map<String, Object> items) {
    return Map.of("type", "array", "items", items);
  }

  /** An object whose values are all strings (field name to value). */
  public static Map<String, Object> stringMap() {
    return Map.of("type", "object", "additionalProperties", Map.of("type", "string"));
  }
}
