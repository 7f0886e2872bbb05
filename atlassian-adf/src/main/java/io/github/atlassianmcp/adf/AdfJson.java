package io.github.atlassianmcp.adf;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import io.github.atlassianmcp.adf.text.UntrustedText;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Set;

/** Tolerant reading of ADF JSON: a missing or mistyped field reads as absent, never as an exception. */
final class AdfJson {

  /** Node types that sit inside a paragraph rather than between blocks. */
  static final Set<String> INLINE_TYPES = Set.of("text", "hardBreak", "mention", "emoji", "date", "status",
      "inlineCard", "placeholder", "mediaInline", "inlineExtension");

  private AdfJson() {}

  static String type(JsonObject node) {
    return string(node, "type");
  }

  static boolean isInline(JsonObject node) {
    String type = type(node);
    return type != null && INLINE_TYPES.contains(type);
  }

  static JsonObject attrs(JsonObject node) {
    return object(node, "attrs");
  }

  static JsonObject object(JsonObject node, String name) {
    JsonElement value = node == null ? null : node.get(name);
    return value != null && value.isJsonObject() ? value.getAsJsonObject() : null;
  }

  /** A string field, cleaned of invisible characters; null when absent or not a string. */
  static String string(JsonObject node, String name) {
    JsonElement value = node == null ? null : node.get(name);
    if (value == null || !value.isJsonPrimitive() || !value.getAsJsonPrimitive().isString()) {
      return null;
    }
    return UntrustedText.clean(value.getAsString());
  }

  /** A string attribute ({@code attrs.name}), or null. */
  static String attr(JsonObject node, String name) {
    return string(attrs(node), name);
  }

  static boolean hasText(String value) {
    return value != null && !value.isBlank();
  }

  /** A numeric attribute, or {@code fallback}. */
  static double number(JsonObject node, String name, double fallback) {
    JsonObject attrs = attrs(node);
    JsonElement value = attrs == null ? null : attrs.get(name);
    if (value != null && value.isJsonPrimitive() && value.getAsJsonPrimitive().isNumber()) {
      double number = value.getAsDouble();
      return Double.isFinite(number) ? number : fallback;
    }
    return fallback;
  }

  /** The child nodes that are JSON objects. */
  static List<JsonObject> content(JsonObject node) {
    JsonElement content = node == null ? null : node.get("content");
    if (content == null || !content.isJsonArray()) {
      return List.of();
    }
    return objects(content.getAsJsonArray());
  }

  static List<JsonObject> objects(JsonArray array) {
    List<JsonObject> objects = new ArrayList<>(array.size());
    for (JsonElement element : array) {
      if (element.isJsonObject()) {
        objects.add(element.getAsJsonObject());
      }
    }
    return objects;
  }

  /** The text of a code block: its text children joined as they are (indentation matters in code). */
  static String codeText(JsonObject codeBlock) {
    StringBuilder out = new StringBuilder();
    for (JsonObject child : content(codeBlock)) {
      String text = "hardBreak".equals(type(child)) ? "\n" : string(child, "text");
      if (text != null) {
        out.append(text);
      }
    }
    return out.toString();
  }

  /**
   * The text a node holds, depth-first without recursion (a hostile document may nest deeper than the stack
   * allows): text nodes and {@code attrs.text}, with a space between siblings that are not text.
   */
  static String plainText(JsonObject root) {
    StringBuilder out = new StringBuilder();
    Deque<JsonObject> stack = new ArrayDeque<>();
    stack.push(root);
    while (!stack.isEmpty()) {
      JsonObject node = stack.pop();
      String text = "text".equals(type(node)) ? string(node, "text") : attr(node, "text");
      if (text != null) {
        out.append(text);
      } else if (!out.isEmpty() && out.charAt(out.length() - 1) != ' ') {
        out.append(' ');
      }
      List<JsonObject> children = content(node);
      for (int i = children.size() - 1; i >= 0; i--) {
        stack.push(children.get(i));
      }
    }
    return out.toString().strip();
  }
}
