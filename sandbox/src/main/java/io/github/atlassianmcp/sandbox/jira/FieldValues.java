package io.github.atlassianmcp.sandbox.jira;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import io.github.atlassianmcp.sandbox.SandboxUser;
import io.github.atlassianmcp.sandbox.adf.AdfInput;
import io.github.atlassianmcp.sandbox.http.Json;
import io.github.atlassianmcp.sandbox.users.UserDirectory;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Reads the {@code fields} (and {@code update}) of a create- or edit-issue request into changes to an issue
 * draft, with Jira's error for each bad value: the field's name and Jira's sentence, or {@code INVALID_INPUT} for
 * a description that is not valid ADF.
 */
final class FieldValues {

  static final String NOT_ADF = "Operation value must be an Atlassian Document (see the Atlassian Document Format)";

  private final JiraStore store;
  private final UserDirectory users;
  private final AdfInput adf;

  final Map<String, String> fieldErrors = new LinkedHashMap<>();
  final List<String> messages = new ArrayList<>();
  final List<Consumer<Issue.Draft>> changes = new ArrayList<>();

  FieldValues(JiraStore store, UserDirectory users, AdfInput adf) {
    this.store = store;
    this.users = users;
    this.adf = adf;
  }

  boolean ok() {
    return fieldErrors.isEmpty() && messages.isEmpty();
  }

  /** Reads the editable fields; {@code project}, {@code issuetype} are read by the caller for a create. */
  void read(JsonObject fields, Project project, boolean creating) {
    for (String name : fields.keySet()) {
      JsonElement value = fields.get(name);
      switch (name) {
        case "project", "issuetype" -> {
          if (!creating) {
            fieldErrors.put(name, cannotSet(name));
          }
        }
        case "summary" -> summary(value).ifPresent(summary -> changes.add(draft -> draft.summary = summary));
        case "description" -> description(value);
        case "labels" -> labels(value).ifPresent(labels -> changes.add(draft -> draft.labels = labels));
        case "priority" -> reference(value, "priority", store::priority, "The priority selected is invalid.")
            .ifPresent(priority -> changes.add(draft -> draft.priority = priority));
        case "assignee" -> user(value, "assignee")
            .ifPresent(user -> changes.add(draft -> draft.assignee = user.orElse(null)));
        case "reporter" -> user(value, "reporter").ifPresent(user -> user.ifPresent(found ->
            changes.add(draft -> draft.reporter = found)));
        case "parent" -> reference(value, "parent", store::issue, "Could not find issue by id or key.")
            .ifPresent(parent -> changes.add(draft -> draft.parentKey = parent.key()));
        case "duedate" -> dueDate(value).ifPresent(due -> changes.add(draft -> draft.dueDate = due.orElse(null)));
        default -> fieldErrors.put(name, cannotSet(name));
      }
    }
  }

  /** The issue's summary, or an error: required, at most 254 characters. */
  Optional<String> summary(JsonElement value) {
    if (value == null || value.isJsonNull() || !value.isJsonPrimitive() || value.getAsString().isBlank()) {
      fieldErrors.put("summary", "You must specify a summary of the issue.");
      return Optional.empty();
    }
    String summary = value.getAsString().strip();
    if (summary.length() > 254) {
      fieldErrors.put("summary", "Summary must be less than 255 characters.");
      return Optional.empty();
    }
    return Optional.of(summary);
  }

  /** A description: ADF or null. A plain string gets Jira's v3 answer; invalid ADF gets INVALID_INPUT. */
  void description(JsonElement value) {
    if (value == null || value.isJsonNull()) {
      changes.add(draft -> draft.description = null);
      return;
    }
    document(value, "description").ifPresent(doc -> changes.add(draft -> draft.description = doc));
  }

  /** An ADF document sent for {@code field}, or the error Jira gives for it. */
  Optional<JsonObject> document(JsonElement value, String field) {
    if (!value.isJsonObject()) {
      fieldErrors.put(field, NOT_ADF);
      return Optional.empty();
    }
    if (!adf.problems(value).isEmpty()) {
      messages.add("INVALID_INPUT");
      return Optional.empty();
    }
    return Optional.of(value.getAsJsonObject());
  }

  private Optional<List<String>> labels(JsonElement value) {
    if (value == null || value.isJsonNull()) {
      return Optional.of(List.of());
    }
    if (!value.isJsonArray()) {
      fieldErrors.put("labels", "data was not an array");
      return Optional.empty();
    }
    List<String> labels = new ArrayList<>();
    for (JsonElement label : value.getAsJsonArray()) {
      String text = label.isJsonPrimitive() ? label.getAsString() : "";
      if (text.isBlank() || text.chars().anyMatch(Character::isWhitespace)) {
        fieldErrors.put("labels", "The label '" + text + "' contains spaces which is invalid.");
        return Optional.empty();
      }
      if (!labels.contains(text)) {
        labels.add(text);
      }
    }
    return Optional.of(labels);
  }

  /** {@code {"id": ...}}, {@code {"key": ...}} or {@code {"name": ...}} resolved by {@code lookup}. */
  <T> Optional<T> reference(JsonElement value, String field, Function<String, Optional<T>> lookup,
      String invalid) {
    Optional<String> handle = value != null && value.isJsonObject()
        ? Json.string(value.getAsJsonObject(), "id")
            .or(() -> Json.string(value.getAsJsonObject(), "key"))
            .or(() -> Json.string(value.getAsJsonObject(), "name"))
        : Optional.empty();
    Optional<T> found = handle.flatMap(lookup);
    if (found.isEmpty()) {
      fieldErrors.put(field, invalid);
    }
    return found;
  }

  /** {@code {"accountId": ...}}, or null to clear; the outer Optional is empty on error. */
  private Optional<Optional<SandboxUser>> user(JsonElement value, String field) {
    if (value == null || value.isJsonNull()) {
      return Optional.of(Optional.empty());
    }
    Optional<SandboxUser> user = value.isJsonObject()
        ? Json.string(value.getAsJsonObject(), "accountId").flatMap(users::byAccountId)
        : Optional.empty();
    if (user.isEmpty()) {
      fieldErrors.put(field, "Specified user does not exist or you do not have required permissions");
      return Optional.empty();
    }
    return Optional.of(user);
  }

  private Optional<Optional<LocalDate>> dueDate(JsonElement value) {
    if (value == null || value.isJsonNull()) {
      return Optional.of(Optional.empty());
    }
    String text = value.isJsonPrimitive() ? value.getAsString() : value.toString();
    try {
      return Optional.of(Optional.of(LocalDate.parse(text)));
    } catch (DateTimeParseException e) {
      fieldErrors.put("duedate", "Error parsing date string: " + text);
      return Optional.empty();
    }
  }

  static String cannotSet(String field) {
    return "Field '" + field + "' cannot be set. It is not on the appropriate screen, or unknown.";
  }
}
