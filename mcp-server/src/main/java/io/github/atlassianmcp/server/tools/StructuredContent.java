package io.github.atlassianmcp.server.tools;

import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;

/**
 * A read tool's output record as MCP structured content: components in snake_case, in declaration order; an empty
 * Optional left out, a present one unwrapped; lists and maps always written; dates as ISO 8601 text. The schema
 * it matches is {@link OutputSchemas#of}.
 */
public final class StructuredContent {

  private StructuredContent() {}

  public static Map<String, Object> of(Record record) {
    Map<String, Object> map = new LinkedHashMap<>();
    for (RecordComponents.Component component : RecordComponents.of(record.getClass())) {
      Object value = component.read(record);
      unwrap(value).ifPresent(present -> map.put(component.jsonName(), value(present)));
    }
    return map;
  }

  private static Optional<Object> unwrap(Object value) {
    if (value instanceof Optional<?> optional) {
      return optional.map(Object.class::cast);
    }
    if (value instanceof OptionalLong optional) {
      return optional.isPresent() ? Optional.of(optional.getAsLong()) : Optional.empty();
    }
    if (value instanceof OptionalInt optional) {
      return optional.isPresent() ? Optional.of(optional.getAsInt()) : Optional.empty();
    }
    if (value instanceof OptionalDouble optional) {
      return optional.isPresent() ? Optional.of(optional.getAsDouble()) : Optional.empty();
    }
    return Optional.ofNullable(value);
  }

  private static Object value(Object value) {
    if (value instanceof Record record) {
      return of(record);
    }
    if (value instanceof Collection<?> items) {
      List<Object> list = new ArrayList<>(items.size());
      items.forEach(item -> list.add(value(item)));
      return list;
    }
    if (value instanceof Map<?, ?> entries) {
      Map<String, Object> map = new LinkedHashMap<>();
      entries.forEach((key, item) -> map.put(String.valueOf(key), value(item)));
      return map;
    }
    if (value instanceof TemporalAccessor || value instanceof Enum<?> || value instanceof Character) {
      return value.toString();
    }
    return value;
  }
}
