package io.github.atlassianmcp.client;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The human-readable parts of an Atlassian error document. Each product writes its own:
 * <ul>
 *   <li>Jira: {@code {"errorMessages": ["..."], "errors": {"summary": "..."}}};</li>
 *   <li>Confluence v2: {@code {"errors": [{"status": 400, "code": "...", "title": "...", "detail": "..."}]}};</li>
 *   <li>Confluence v1 and the API gateway: {@code {"statusCode": 400, "message": "..."}} or
 *       {@code {"code": 401, "message": "..."}};</li>
 *   <li>Jira Service Management: {@code {"errorMessage": "...", "i18nErrorMessage": {...}}}.</li>
 * </ul>
 * Anything else (an HTML page from a proxy, plain text) yields nothing: it says nothing useful to a caller.
 */
record AtlassianErrorBody(List<String> messages, Map<String, String> fieldErrors) {

  static final AtlassianErrorBody EMPTY = new AtlassianErrorBody(List.of(), Map.of());

  AtlassianErrorBody {
    messages = List.copyOf(messages);
    fieldErrors = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(fieldErrors));
  }

  static AtlassianErrorBody parse(String body) {
    if (body == null || body.isBlank() || !body.strip().startsWith("{")) {
      return EMPTY;
    }
    JsonObject json;
    try {
      JsonElement parsed = JsonParser.parseString(body);
      if (!parsed.isJsonObject()) {
        return EMPTY;
      }
      json = parsed.getAsJsonObject();
    } catch (RuntimeException notJson) {
      return EMPTY;
    }
    Set<String> messages = new LinkedHashSet<>();
    Map<String, String> fields = new LinkedHashMap<>();
    if (json.get("errorMessages") != null && json.get("errorMessages").isJsonArray()) {
      json.getAsJsonArray("errorMessages").forEach(m -> addText(m, messages));
    }
    JsonElement errors = json.get("errors");
    if (errors != null && errors.isJsonObject()) {
      for (Map.Entry<String, JsonElement> entry : errors.getAsJsonObject().entrySet()) {
        if (entry.getValue().isJsonPrimitive() && !entry.getValue().getAsString().isBlank()) {
          fields.put(entry.getKey(), entry.getValue().getAsString().trim());
        }
      }
    } else if (errors != null && errors.isJsonArray()) {
      for (JsonElement item : errors.getAsJsonArray()) {
        if (item.isJsonObject()) {
          List<String> pieces = new ArrayList<>();
          for (String key : List.of("title", "detail", "message")) {
            JsonElement value = item.getAsJsonObject().get(key);
            if (value != null && value.isJsonPrimitive() && !value.getAsString().isBlank()) {
              pieces.add(value.getAsString().trim());
            }
          }
          if (!pieces.isEmpty()) {
            messages.add(String.join(": ", pieces));
          }
        } else {
          addText(item, messages);
        }
      }
    }
    for (String key : List.of("errorMessage", "message")) {
      addText(json.get(key), messages);
    }
    return new AtlassianErrorBody(new ArrayList<>(messages), fields);
  }

  /** Messages, then field errors as "field: message", joined with "; ". */
  String summary() {
    List<String> parts = new ArrayList<>(messages);
    fieldErrors.forEach((field, message) -> parts.add(field + ": " + message));
    return String.join("; ", parts);
  }

  private static void addText(JsonElement element, Set<String> into) {
    if (element != null && element.isJsonPrimitive() && !element.getAsString().isBlank()) {
      into.add(element.getAsString().trim());
    }
  }
}
