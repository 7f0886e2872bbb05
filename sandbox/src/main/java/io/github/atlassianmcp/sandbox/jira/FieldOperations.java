package io.github.atlassianmcp.sandbox.jira;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.util.ArrayList;
import java.util.List;

/**
 * The {@code update} part of an edit: per field, a list of operations such as {@code {"add": "x"}},
 * {@code {"remove": "y"}} or {@code {"set": ...}}. Labels take all three; other fields take {@code set}.
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
    if (field.equals("labels") && (verb.equals("add") || verb.equals("remove"))) {
      String label = value.isJsonPrimitive() ? value.getAsString() : "";
      if (label.isBlank() || label.chars().anyMatch(Character::isWhitespace)) {
        values.fieldErrors.put("labels", "The label '" + label + "' contains spaces which is invalid.");
        return;
      }
      values.changes.add(draft -> {
        List<String> labels = new ArrayList<>(draft.labels);
        labels.remove(label);
        if (verb.equals("add")) {
          labels.add(label);
        }
        draft.labels = labels;
      });
      return;
    }
    if (!verb.equals("set")) {
      values.fieldErrors.put(field, "Field '" + field + "' does not support the operation '" + verb + "'.");
      return;
    }
    JsonObject fields = new JsonObject();
    fields.add(field, value);
    values.read(fields, null, false);
  }
}
