package io.github.atlassianmcp.server.tools.jira;

import io.github.atlassianmcp.client.AtlassianDateTimeAdapter;
import io.github.atlassianmcp.server.tools.FieldValues;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads values out of a Jira issue's {@code fields} map, where Jira puts objects (status, user, priority),
 * strings, numbers, lists and nulls. Every accessor answers empty rather than failing on an unexpected shape.
 */
final class IssueFields {

  private final Map<String, Object> fields;

  IssueFields(Map<String, Object> fields) {
    this.fields = fields == null ? Map.of() : fields;
  }

  Optional<Object> raw(String field) {
    return Optional.ofNullable(fields.get(field));
  }

  Optional<String> text(String field) {
    return raw(field).filter(String.class::isInstance).map(String.class::cast).filter(s -> !s.isBlank());
  }

  /** The display name of an object field: a user's displayName, a status's or priority's name. */
  Optional<String> name(String field) {
    return raw(field).flatMap(FieldValues::name);
  }

  Optional<Map<String, Object>> object(String field) {
    return raw(field).flatMap(IssueFields::asMap);
  }

  Optional<OffsetDateTime> dateTime(String field) {
    return text(field).flatMap(value -> {
      try {
        return Optional.of(AtlassianDateTimeAdapter.parse(value));
      } catch (DateTimeParseException e) {
        return Optional.empty();
      }
    });
  }

  List<String> strings(String field) {
    List<String> result = new ArrayList<>();
    raw(field).filter(List.class::isInstance).map(List.class::cast)
        .ifPresent(list -> list.forEach(item -> FieldValues.name(item).ifPresent(result::add)));
    return result;
  }

  /** The parent's key and, when Jira sends it, its summary. */
  Optional<String> parent() {
    return object("parent").map(parent -> {
      String key = String.valueOf(parent.get("key"));
      String summary = asMap(parent.get("fields")).map(f -> f.get("summary"))
          .filter(String.class::isInstance).map(String.class::cast).orElse("");
      return summary.isEmpty() ? key : key + " (" + summary + ")";
    });
  }

  /** Any field value as short text (see {@link FieldValues#display}): for the fields an agent asks for by name. */
  Optional<String> display(String field) {
    return raw(field).flatMap(FieldValues::display);
  }

  @SuppressWarnings("unchecked")
  static Optional<Map<String, Object>> asMap(Object value) {
    return value instanceof Map<?, ?> map ? Optional.of((Map<String, Object>) map) : Optional.empty();
  }
}
