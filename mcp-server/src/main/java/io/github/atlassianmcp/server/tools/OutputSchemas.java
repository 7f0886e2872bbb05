package io.github.atlassianmcp.server.tools;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.time.temporal.TemporalAccessor;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;

/**
 * The JSON Schema of a read tool's structured content, derived from its output record, so that the schema and
 * what {@link StructuredContent} writes cannot drift apart.
 *
 * <p>Compact, because tools/list is paid on every turn of the agent: a record's text components are not listed one
 * by one but covered by {@code "additionalProperties": {"type": "string"}}; everything else (numbers, booleans,
 * lists, nested records) is declared with its type. Which components are always present is not declared: it is
 * what the record says (everything that is not an Optional; lists and maps are written empty). The names of the
 * text components are in the tool's text answer and description; stating them and their presence for every tool
 * would cost about a tenth of tools/list for no use to the agent.
 */
public final class OutputSchemas {

  private static final Map<String, Object> STRING = Map.of("type", "string");

  private static final ClassValue<Map<String, Object>> CACHE = new ClassValue<>() {
    @Override
    protected Map<String, Object> computeValue(Class<?> type) {
      return recordSchema(type);
    }
  };

  private OutputSchemas() {}

  /**
   * The schema of a record's structured content.
   *
   * @throws IllegalArgumentException naming the component whose type has no JSON form
   */
  public static Map<String, Object> of(Class<? extends Record> type) {
    return CACHE.get(type);
  }

  private static Map<String, Object> recordSchema(Class<?> type) {
    Map<String, Object> properties = new LinkedHashMap<>();
    boolean text = false;
    for (RecordComponents.Component component : RecordComponents.of(type)) {
      Type declared = component.type();
      boolean optional = isOptional(declared);
      Map<String, Object> schema = schema(optional ? optionalContent(declared) : declared,
          type.getSimpleName() + "." + component.jsonName());
      if (schema.equals(STRING)) {
        text = true;
        continue;
      }
      properties.put(component.jsonName(), schema);
    }
    Map<String, Object> schema = new LinkedHashMap<>();
    schema.put("type", "object");
    if (!properties.isEmpty()) {
      schema.put("properties", properties);
    }
    if (text) {
      schema.put("additionalProperties", ordered("type", "string"));
    }
    return schema;
  }

  private static Map<String, Object> schema(Type type, String where) {
    Class<?> raw = raw(type);
    if (raw == String.class || raw == Character.class || raw.isEnum() || TemporalAccessor.class.isAssignableFrom(raw)) {
      return ordered("type", "string");
    }
    if (raw == int.class || raw == Integer.class || raw == long.class || raw == Long.class || raw == short.class
        || raw == Short.class) {
      return ordered("type", "integer");
    }
    if (raw == double.class || raw == Double.class || raw == float.class || raw == Float.class
        || raw == BigDecimal.class) {
      return ordered("type", "number");
    }
    if (raw == boolean.class || raw == Boolean.class) {
      return ordered("type", "boolean");
    }
    if (Collection.class.isAssignableFrom(raw)) {
      return ordered("type", "array", "items", schema(typeArgument(type, 0, where), where + "[]"));
    }
    if (Map.class.isAssignableFrom(raw)) {
      return ordered("type", "object", "additionalProperties", schema(typeArgument(type, 1, where), where + "{}"));
    }
    if (raw.isRecord()) {
      return CACHE.get(raw);
    }
    throw new IllegalArgumentException(where + " is a " + type.getTypeName()
        + ", which has no JSON form in structured content");
  }

  static boolean isOptional(Type type) {
    Class<?> raw = raw(type);
    return raw == Optional.class || raw == OptionalLong.class || raw == OptionalInt.class
        || raw == OptionalDouble.class;
  }

  private static Type optionalContent(Type type) {
    Class<?> raw = raw(type);
    if (raw == OptionalLong.class) {
      return long.class;
    }
    if (raw == OptionalInt.class) {
      return int.class;
    }
    if (raw == OptionalDouble.class) {
      return double.class;
    }
    return typeArgument(type, 0, type.getTypeName());
  }

  private static Class<?> raw(Type type) {
    if (type instanceof Class<?> c) {
      return c;
    }
    if (type instanceof ParameterizedType p) {
      return (Class<?>) p.getRawType();
    }
    throw new IllegalArgumentException(type.getTypeName() + " has no JSON form in structured content");
  }

  private static Type typeArgument(Type type, int index, String where) {
    if (type instanceof ParameterizedType p && p.getActualTypeArguments().length > index) {
      return p.getActualTypeArguments()[index];
    }
    throw new IllegalArgumentException(where + " needs its type arguments declared");
  }

  /** Keys in the order given, so tools/list and its snapshots are the same on every run. */
  private static Map<String, Object> ordered(Object... keyValuePairs) {
    Map<String, Object> map = new LinkedHashMap<>();
    for (int i = 0; i < keyValuePairs.length; i += 2) {
      map.put((String) keyValuePairs[i], keyValuePairs[i + 1]);
    }
    return map;
  }
}
