package io.github.atlassianmcp.sandbox.adf;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import io.github.atlassianmcp.sandbox.http.Json;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/**
 * Builders of Atlassian Document Format nodes, for the seed data and for turning plain text into a document.
 * Each method returns a fresh node; nothing here checks the schema (the tests run every seeded document through
 * the official schema instead).
 */
public final class Adf {

  private Adf() {}

  public static JsonObject doc(JsonObject... blocks) {
    return doc(Arrays.asList(blocks));
  }

  public static JsonObject doc(List<JsonObject> blocks) {
    return Json.object().put("type", "doc").put("version", 1).put("content", Json.array(blocks)).build();
  }

  /** A document of one paragraph per non-empty line of text. */
  public static JsonObject fromPlainText(String text) {
    List<JsonObject> paragraphs = text.lines()
        .filter(line -> !line.isBlank())
        .map(line -> paragraph(text(line)))
        .toList();
    return doc(paragraphs.isEmpty() ? List.of(paragraph()) : paragraphs);
  }

  public static JsonObject paragraph(JsonObject... inline) {
    JsonObject paragraph = node("paragraph");
    if (inline.length > 0) {
      paragraph.add("content", Json.array(Arrays.asList(inline)));
    }
    return paragraph;
  }

  public static JsonObject heading(int level, String text) {
    JsonObject heading = node("heading");
    heading.add("attrs", Json.object().put("level", level).build());
    heading.add("content", Json.array(List.of(text(text))));
    return heading;
  }

  public static JsonObject text(String text, JsonObject... marks) {
    JsonObject node = node("text");
    node.addProperty("text", text);
    if (marks.length > 0) {
      node.add("marks", Json.array(Arrays.asList(marks)));
    }
    return node;
  }

  public static JsonObject strong() {
    return node("strong");
  }

  public static JsonObject em() {
    return node("em");
  }

  public static JsonObject code() {
    return node("code");
  }

  public static JsonObject strike() {
    return node("strike");
  }

  public static JsonObject underline() {
    return node("underline");
  }

  public static JsonObject link(String href) {
    JsonObject mark = node("link");
    mark.add("attrs", Json.object().put("href", href).build());
    return mark;
  }

  public static JsonObject textColor(String hex) {
    JsonObject mark = node("textColor");
    mark.add("attrs", Json.object().put("color", hex).build());
    return mark;
  }

  public static JsonObject bulletList(JsonObject... items) {
    return container("bulletList", items);
  }

  public static JsonObject orderedList(JsonObject... items) {
    JsonObject list = container("orderedList", items);
    list.add("attrs", Json.object().put("order", 1).build());
    return list;
  }

  /** A list item: a paragraph of inline content, optionally followed by a nested list. */
  public static JsonObject item(JsonObject paragraph, JsonObject... nested) {
    JsonArray content = new JsonArray();
    content.add(paragraph);
    Arrays.stream(nested).forEach(content::add);
    JsonObject item = node("listItem");
    item.add("content", content);
    return item;
  }

  /** A list item holding one plain paragraph. */
  public static JsonObject item(String text) {
    return item(paragraph(text(text)));
  }

  public static JsonObject codeBlock(String language, String code) {
    JsonObject block = node("codeBlock");
    block.add("attrs", Json.object().put("language", language).build());
    block.add("content", Json.array(List.of(text(code))));
    return block;
  }

  public static JsonObject panel(String panelType, JsonObject... blocks) {
    JsonObject panel = container("panel", blocks);
    panel.add("attrs", Json.object().put("panelType", panelType).build());
    return panel;
  }

  public static JsonObject blockquote(JsonObject... paragraphs) {
    return container("blockquote", paragraphs);
  }

  public static JsonObject rule() {
    return node("rule");
  }

  public static JsonObject hardBreak() {
    return node("hardBreak");
  }

  /** A table whose first row is a header row; each cell holds one paragraph of text. */
  public static JsonObject table(List<String> header, List<List<String>> rows) {
    JsonArray tableRows = new JsonArray();
    tableRows.add(row("tableHeader", header));
    rows.forEach(row -> tableRows.add(row("tableCell", row)));
    JsonObject table = node("table");
    table.add("attrs", Json.object().put("isNumberColumnEnabled", false).put("layout", "default").build());
    table.add("content", tableRows);
    return table;
  }

  public static JsonObject mention(String accountId, String displayName) {
    JsonObject mention = node("mention");
    mention.add("attrs", Json.object().put("id", accountId).put("text", "@" + displayName)
        .put("accessLevel", "").build());
    return mention;
  }

  public static JsonObject emoji(String shortName, String id, String text) {
    JsonObject emoji = node("emoji");
    emoji.add("attrs", Json.object().put("shortName", shortName).put("id", id).put("text", text).build());
    return emoji;
  }

  /** A status lozenge; colour one of neutral, purple, blue, red, yellow, green. */
  public static JsonObject status(String text, String colour) {
    JsonObject status = node("status");
    status.add("attrs", Json.object().put("text", text).put("color", colour).build());
    return status;
  }

  public static JsonObject date(Instant day) {
    JsonObject date = node("date");
    date.add("attrs", Json.object().put("timestamp", Long.toString(day.toEpochMilli())).build());
    return date;
  }

  public static JsonObject inlineCard(String url) {
    JsonObject card = node("inlineCard");
    card.add("attrs", Json.object().put("url", url).build());
    return card;
  }

  private static JsonObject row(String cellType, List<String> cells) {
    JsonArray content = new JsonArray();
    for (String cell : cells) {
      JsonObject node = node(cellType);
      node.add("attrs", new JsonObject());
      node.add("content", Json.array(List.of(paragraph(text(cell)))));
      content.add(node);
    }
    JsonObject row = node("tableRow");
    row.add("content", content);
    return row;
  }

  private static JsonObject container(String type, JsonElement... children) {
    JsonObject node = node(type);
    node.add("content", Json.array(Arrays.asList(children)));
    return node;
  }

  private static JsonObject node(String type) {
    JsonObject node = new JsonObject();
    node.addProperty("type", type);
    return node;
  }
}
