package io.github.atlassianmcp.sandbox.adf;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.util.Set;

/**
 * The plain text of an ADF document: what text search looks in, and what the service desk API shows as a
 * comment body. Blocks end with a new line; mentions, emoji, status lozenges and cards read as their text.
 */
public final class AdfText {

  private static final Set<String> BLOCKS = Set.of("paragraph", "heading", "codeBlock", "listItem", "tableRow",
      "blockquote", "panel", "rule");

  private AdfText() {}

  public static String of(JsonElement document) {
    if (document == null || !document.isJsonObject()) {
      return "";
    }
    StringBuilder text = new StringBuilder();
    append(document.getAsJsonObject(), text);
    return text.toString().strip();
  }

  private static void append(JsonObject node, StringBuilder text) {
    String type = node.has("type") ? node.get("type").getAsString() : "";
    JsonObject attrs = node.has("attrs") && node.get("attrs").isJsonObject() ? node.getAsJsonObject("attrs") : null;
    switch (type) {
      case "text" -> text.append(node.get("text").getAsString());
      case "hardBreak" -> text.append('\n');
      case "mention", "emoji", "status" -> text.append(attr(attrs, "text"));
      case "inlineCard", "blockCard" -> text.append(attr(attrs, "url"));
      case "tableCell", "tableHeader" -> text.append(' ');
      default -> { }
    }
    if (node.has("content") && node.get("content").isJsonArray()) {
      for (JsonElement child : node.getAsJsonArray("content")) {
        if (child.isJsonObject()) {
          append(child.getAsJsonObject(), text);
        }
      }
    }
    if (BLOCKS.contains(type) && (text.length() == 0 || text.charAt(text.length() - 1) != '\n')) {
      text.append('\n');
    }
  }

  private static String attr(JsonObject attrs, String name) {
    return attrs != null && attrs.has(name) && attrs.get(name).isJsonPrimitive() ? attrs.get(name).getAsString() : "";
  }
}
