package io.github.atlassianmcp.adf;

import com.google.gson.Gson;
import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.google.gson.JsonPrimitive;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import java.io.IOException;
import java.io.StringReader;

/**
 * The forms an ADF value arrives in, made one: Gson JSON, the generated clients' {@code Object} fields (Gson's
 * maps and lists), JSON text (Confluence's {@code atlas_doc_format} value) and this library's own nodes.
 */
final class AdfValues {

  private static final Gson GSON = new Gson();

  private AdfValues() {}

  static JsonElement json(Object value) {
    if (value == null) {
      return JsonNull.INSTANCE;
    }
    if (value instanceof JsonElement element) {
      return element;
    }
    if (value instanceof AdfDocument document) {
      return document.json();
    }
    if (value instanceof AdfNode node) {
      return node.json();
    }
    if (value instanceof CharSequence text) {
      return new JsonPrimitive(text.toString());
    }
    return GSON.toJsonTree(value);
  }

  /**
   * The document (or node) {@code adf} holds; a JSON array of nodes becomes their container; a string is parsed
   * when it is whole ADF JSON. Null for null and for text that is not ADF (legacy plain-text values).
   */
  static JsonObject root(JsonElement adf) {
    if (adf == null || adf.isJsonNull()) {
      return null;
    }
    if (adf.isJsonPrimitive()) {
      JsonElement parsed = parse(adf.getAsString());
      return parsed == null ? null : root(parsed);
    }
    if (adf.isJsonArray()) {
      JsonObject root = new JsonObject();
      root.add("content", adf);
      return root;
    }
    return adf.getAsJsonObject();
  }

  /** ADF JSON in a string, or null when the string is something else. */
  static JsonElement parse(String value) {
    String trimmed = value.strip();
    if (!trimmed.startsWith("{") && !trimmed.startsWith("[")) {
      return null;
    }
    try {
      // Gson stops at 255 levels by default; deeper documents are read (iteratively) and flattened later.
      JsonReader reader = new JsonReader(new StringReader(trimmed));
      reader.setNestingLimit(Integer.MAX_VALUE);
      JsonElement parsed = JsonParser.parseReader(reader);
      boolean whole = reader.peek() == JsonToken.END_DOCUMENT;
      if (whole && (parsed.isJsonArray() || (parsed.isJsonObject() && parsed.getAsJsonObject().has("type")))) {
        return parsed;
      }
    } catch (IOException | RuntimeException notJson) {
      // Text that merely starts with a brace: it is the text it is.
    }
    return null;
  }
}
