package io.github.atlassianmcp.server.format.wiki;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Writes the blocks of an ADF document (as {@code MarkdownToAdf} builds them) in Jira wiki markup. Wiki lists
 * cannot hold paragraphs or code, so a list item's further paragraphs join its line with a forced break
 * ({@code \\}) and its code blocks follow the list. One instance per document.
 */
final class WikiBlocks {

  /** A line that wiki would read as a list item, quote or rule: "* x", "# x", "- x", "----". */
  private static final Pattern BLOCK_START = Pattern.compile("^(?:[*#-]+\\s|-{4,}|bq\\.\\s|h[1-6]\\.\\s)");
  private static final String FORCED_BREAK = " \\\\ ";

  private final List<String> afterList = new ArrayList<>();

  String document(JsonObject doc) {
    return blocks(array(doc, "content")).strip();
  }

  private String blocks(JsonArray blocks) {
    List<String> out = new ArrayList<>();
    for (JsonElement element : blocks) {
      if (element.isJsonObject()) {
        String block = block(element.getAsJsonObject());
        if (!block.isBlank()) {
          out.add(block);
        }
      }
    }
    return String.join("\n\n", out);
  }

  private String block(JsonObject node) {
    return switch (type(node)) {
      case "paragraph" -> paragraph(node, "\n");
      case "heading" -> "h" + Math.max(1, Math.min(6, attr(node, "level", 1))) + ". "
          + WikiInlines.render(array(node, "content"), " ");
      case "bulletList", "orderedList", "taskList" -> list(node, "");
      case "codeBlock" -> code(node);
      case "blockquote" -> "{quote}\n" + blocks(array(node, "content")) + "\n{quote}";
      case "rule" -> "----";
      case "table" -> table(node);
      default -> node.has("content") ? blocks(array(node, "content")) : WikiInlines.render(single(node), " ");
    };
  }

  /** A paragraph; a line that wiki would take for a list item or heading is escaped. */
  private static String paragraph(JsonObject node, String lineBreak) {
    String text = WikiInlines.render(array(node, "content"), lineBreak);
    if (!lineBreak.equals("\n")) {
      return text;
    }
    StringBuilder out = new StringBuilder();
    for (String line : text.split("\n", -1)) {
      if (out.length() > 0) {
        out.append('\n');
      }
      out.append(BLOCK_START.matcher(line).find() ? "\\" + line : line);
    }
    return out.toString();
  }

  private String list(JsonObject list, String prefix) {
    String marker = prefix + (type(list).equals("orderedList") ? "#" : "*");
    List<String> lines = new ArrayList<>();
    for (JsonElement element : array(list, "content")) {
      if (!element.isJsonObject()) {
        continue;
      }
      JsonObject item = element.getAsJsonObject();
      switch (type(item)) {
        case "taskItem" -> lines.add(marker + " " + ("DONE".equals(attrText(item, "state")) ? "☑ " : "☐ ")
            + WikiInlines.render(array(item, "content"), FORCED_BREAK));
        case "taskList", "bulletList", "orderedList" -> lines.add(list(item, marker));
        default -> lines.add(listItem(item, marker));
      }
    }
    String text = String.join("\n", lines);
    if (prefix.isEmpty() && !afterList.isEmpty()) {
      text += "\n\n" + String.join("\n\n", afterList);
      afterList.clear();
    }
    return text;
  }

  private String listItem(JsonObject item, String marker) {
    List<String> text = new ArrayList<>();
    List<String> nested = new ArrayList<>();
    for (JsonElement element : array(item, "content")) {
      if (!element.isJsonObject()) {
        continue;
      }
      JsonObject child = element.getAsJsonObject();
      switch (type(child)) {
        case "paragraph" -> {
          String line = paragraph(child, FORCED_BREAK);
          if (!line.isBlank()) {
            text.add(line);
          }
        }
        case "bulletList", "orderedList", "taskList" -> nested.add(list(child, marker));
        default -> afterList.add(block(child));
      }
    }
    String line = marker + " " + String.join(FORCED_BREAK, text);
    return nested.isEmpty() ? line : line + "\n" + String.join("\n", nested);
  }

  /** {@code {code:java}} with a language, {@code {noformat}} without (or when the code holds "{code}"). */
  private static String code(JsonObject node) {
    StringBuilder code = new StringBuilder();
    for (JsonElement text : array(node, "content")) {
      if (text.isJsonObject() && text.getAsJsonObject().has("text")) {
        code.append(text.getAsJsonObject().get("text").getAsString());
      }
    }
    String language = node.has("attrs") ? attrText(node, "language") : "";
    String literal = code.toString();
    if (!language.isEmpty() && language.matches("[A-Za-z0-9+#_-]{1,30}") && !literal.contains("{code}")) {
      return "{code:" + language + "}\n" + literal + "\n{code}";
    }
    return "{noformat}\n" + literal.replace("{noformat}", "{ noformat}") + "\n{noformat}";
  }

  private String table(JsonObject table) {
    List<String> rows = new ArrayList<>();
    for (JsonElement row : array(table, "content")) {
      if (!row.isJsonObject()) {
        continue;
      }
      StringBuilder line = new StringBuilder();
      String last = "|";
      for (JsonElement cell : array(row.getAsJsonObject(), "content")) {
        if (!cell.isJsonObject()) {
          continue;
        }
        String separator = type(cell.getAsJsonObject()).equals("tableHeader") ? "||" : "|";
        String content = cellText(cell.getAsJsonObject());
        line.append(separator).append(content.isBlank() ? " " : content);
        last = separator;
      }
      rows.add(line.append(last).toString());
    }
    return String.join("\n", rows);
  }

  private static String cellText(JsonObject cell) {
    List<String> parts = new ArrayList<>();
    for (JsonElement block : array(cell, "content")) {
      if (block.isJsonObject()) {
        String text = block.getAsJsonObject().has("content")
            ? WikiInlines.render(array(block.getAsJsonObject(), "content"), FORCED_BREAK)
            : "";
        if (!text.isBlank()) {
          parts.add(text);
        }
      }
    }
    return String.join(FORCED_BREAK, parts);
  }

  private static JsonArray single(JsonObject node) {
    JsonArray array = new JsonArray();
    array.add(node);
    return array;
  }

  static String type(JsonObject node) {
    JsonElement type = node.get("type");
    return type != null && type.isJsonPrimitive() ? type.getAsString() : "";
  }

  static JsonArray array(JsonObject node, String member) {
    JsonElement value = node.get(member);
    return value != null && value.isJsonArray() ? value.getAsJsonArray() : new JsonArray();
  }

  private static int attr(JsonObject node, String name, int fallback) {
    JsonElement value = attrValue(node, name);
    return value != null && value.isJsonPrimitive() && value.getAsJsonPrimitive().isNumber() ? value.getAsInt()
        : fallback;
  }

  static String attrText(JsonObject node, String name) {
    JsonElement value = attrValue(node, name);
    return value != null && value.isJsonPrimitive() ? value.getAsString() : "";
  }

  private static JsonElement attrValue(JsonObject node, String name) {
    JsonElement attrs = node.get("attrs");
    return attrs != null && attrs.isJsonObject() ? attrs.getAsJsonObject().get(name) : null;
  }
}
