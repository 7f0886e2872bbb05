package io.github.atlassianmcp.sandbox.jira;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * The {@code update} part of an edit or transition: per field, a list of operations such as {@code {"add": "x"}},
 * {@code {"remove": "y"}} or {@code {"set": ...}}. Labels, components and versions take all three, a comment
 * takes {@code add}; other fields take {@code set}. Operations apply in order, after the {@code fields}.
 */
final class FieldOperations {

  private final FieldValues values;

  FieldOperations(FieldValues values) {
    this.values = values;
  }

  void read(JsonObject update) {
    for (String field : update.keySet()) {
      JsonElement operations = update.get(field);
      if (!operations.isJsonArray()) {
        values.fieldErrors.put(field, "Field update operations must be a list, such as [{\"set\": ...}].");
        continue;
      }
      if (!field.equals("comment") && !values.onScreen(field)) {
        values.fieldErrors.put(field, FieldValues.cannotSet(field));
        continue;
      }
      for (JsonElement operation : operations.getAsJsonArray()) {
        if (!operation.isJsonObject() || operation.getAsJsonObject().size() != 1) {
          values.fieldErrors.put(field, "Each operation must be an object with one verb: set, add or remove.");
          continue;
        }
        JsonObject op = operation.getAsJsonObject();
        String verb = op.keySet().iterator().next();
        apply(field, verb, op.get(verb));
      }
    }
  }

  private void apply(String field, String verb, JsonElement value) {
    boolean edit = verb.equals("add") || verb.equals("remove");
    switch (field) {
      case "labels" -> {
        if (edit) {
          values.label(value).ifPresent(label -> values.changes.add(draft ->
              draft.labels = edited(draft.labels, label, verb, Function.identity())));
          return;
        }
      }
      case "components" -> {
        if (edit) {
          item(value, field, values::component, verb, Component::id, draft -> draft.components,
              (draft, list) -> draft.components = list);
          return;
        }
      }
      case "fixVersions" -> {
        if (edit) {
          item(value, field, values::version, verb, Version::id, draft -> draft.fixVersions,
              (draft, list) -> draft.fixVersions = list);
          return;
        }
      }
      case "versions" -> {
        if (edit) {
          item(value, field, values::version, verb, Version::id, draft -> draft.versions,
              (draft, list) -> draft.versions = list);
          return;
        }
      }
      case "comment" -> {
        if (verb.equals("add")) {
          comment(value);
          return;
        }
      }
      case "parent" -> {
        // {"set": {"none": true}} takes an issue out of its epic.
        if (verb.equals("set") && FieldValues.handle(value, "none").map(Boolean::parseBoolean).orElse(false)) {
          values.parent(null);
          return;
        }
      }
      default -> {
        // only set, below
      }
    }
    if (!verb.equals("set")) {
      values.fieldErrors.put(field, "Field '" + field + "' does not support the operation '" + verb + "'.");
      return;
    }
    values.read(field, value);
  }

  /** Adds a change that adds or removes one component or version, found by {@code lookup}. */
  private <T> void item(JsonElement value, String field, BiFunction<JsonElement, String, Optional<T>> lookup,
      String verb, Function<T, String> idOf, Function<Issue.Draft, List<T>> get,
      BiConsumer<Issue.Draft, List<T>> set) {
    lookup.apply(value, field).ifPresent(item -> values.changes.add(draft ->
        set.accept(draft, edited(get.apply(draft), item, verb, idOf))));
  }

  /** The list with the item added (once) or removed. */
  private static <T> List<T> edited(List<T> list, T item, String verb, Function<T, String> idOf) {
    List<T> edited = new ArrayList<>(list);
    edited.removeIf(existing -> idOf.apply(existing).equals(idOf.apply(item)));
    if (verb.equals("add")) {
      edited.add(item);
    }
    return edited;
  }

  /** {@code {"add": {"body": ADF}}}: a comment by the writer, added with the change. */
  private void comment(JsonElement value) {
    JsonElement body = value != null && value.isJsonObject() ? value.getAsJsonObject().get("body") : null;
    if (body == null || body.isJsonNull()) {
      values.fieldErrors.put("comment", CommentResource.BODY_NOT_VALID);
      return;
    }
    values.document(body, "comment").ifPresent(document -> {
      JiraSite site = values.site();
      String id = site.store().nextCommentId();
      Instant now = site.now();
      values.changes.add(draft -> draft.comments.add(new Comment(id, values.target().author(),
          values.target().author(), document, now, now, true)));
    });
  }
}
