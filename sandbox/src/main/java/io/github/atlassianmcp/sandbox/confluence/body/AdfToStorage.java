package io.github.atlassianmcp.sandbox.confluence.body;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import io.github.atlassianmcp.sandbox.http.Json;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The storage format of a valid ADF document, the way Confluence keeps both: paragraphs, headings, marks,
 * lists, tables, code blocks as the code macro, panels as the info/note/warning/tip macros, expands, task lists,
 * layouts, images of attachments, mentions, emoji, status lozenges, dates, and extensions as the macros they
 * stand for. A node without a storage form keeps its text in a paragraph. One instance per conversion.
 */
public final class AdfToStorage {

  private static final DateTimeFormatter DAY = DateTimeFormatter.ISO_LOCAL_DATE.withZone(ZoneOffset.UTC);
  private static final Map<String, String> PANEL_MACROS = Map.of("info", "info", "note", "note", "warning",
      "warning", "error", "warning", "success", "tip", "tip", "tip");

  private final BodyContext context;
  private final StringBuilder out = new StringBuilder();
  private int taskIds;

  private AdfToStorage(BodyContext context) {
    this.context = context;
  }

  public static String convert(JsonObject doc, BodyContext context) {
    AdfToStorage converter = new AdfToStorage(context);
    converter.blocks(doc);
    return converter.out.toString();
  }

  private void blocks(JsonObject parent) {
    for (JsonObject child : content(parent)) {
      block(child);
    }
  }

  private void block(JsonObject node) {
    switch (type(node)) {
      case "paragraph" -> wrap("p", node);
      case "heading" -> wrap("h" + attrs(node).get("level").getAsInt(), node);
      case "bulletList" -> list("ul", node);
      case "orderedList" -> list("ol", node);
      case "blockquote" -> {
        out.append("<blockquote>");
        blocks(node);
        out.append("</blockquote>");
      }
      case "codeBlock" -> code(node);
      case "rule" -> out.append("<hr />");
      case "panel" -> panel(node);
      case "expand", "nestedExpand" -> {
        out.append("<ac:structured-macro ac:name=\"expand\" ac:schema-version=\"1\">");
        parameter("title", string(attrs(node), "title"));
        out.append("<ac:rich-text-body>");
        blocks(node);
        out.append("</ac:rich-text-body></ac:structured-macro>");
      }
      case "table" -> table(node);
      case "taskList" -> taskList(node);
      case "mediaSingle", "mediaGroup" -> content(node).stream()
          .filter(child -> type(child).equals("media")).forEach(this::media);
      case "layoutSection" -> layout(node);
      case "extension", "bodiedExtension" -> macro(node);
      default -> {
        String text = plainText(node);
        if (!text.isBlank()) {
          out.append("<p>").append(escape(text)).append("</p>");
        }
      }
    }
  }

  private void wrap(String tag, JsonObject node) {
    out.append('<').append(tag).append('>');
    inlines(node);
    out.append("</").append(tag).append('>');
  }

  private void list(String tag, JsonObject list) {
    out.append('<').append(tag).append('>');
    for (JsonObject item : content(list)) {
      out.append("<li>");
      blocks(item);
      out.append("</li>");
    }
    out.append("</").append(tag).append('>');
  }

  private void code(JsonObject block) {
    out.append("<ac:structured-macro ac:name=\"code\" ac:schema-version=\"1\">");
    String language = string(attrs(block), "language");
    if (!language.isEmpty()) {
      parameter("language", language);
    }
    out.append("<ac:plain-text-body><![CDATA[").append(plainText(block).replace("]]>", "]]]]><![CDATA[>"))
        .append("]]></ac:plain-text-body></ac:structured-macro>");
  }

  private void panel(JsonObject panel) {
    String macro = PANEL_MACROS.getOrDefault(string(attrs(panel), "panelType"), "info");
    out.append("<ac:structured-macro ac:name=\"").append(macro).append("\" ac:schema-version=\"1\">")
        .append("<ac:rich-text-body>");
    blocks(panel);
    out.append("</ac:rich-text-body></ac:structured-macro>");
  }

  private void table(JsonObject table) {
    out.append("<table data-layout=\"default\"><tbody>");
    for (JsonObject row : content(table)) {
      out.append("<tr>");
      for (JsonObject cell : content(row)) {
        String tag = type(cell).equals("tableHeader") ? "th" : "td";
        out.append('<').append(tag);
        JsonObject attrs = attrs(cell);
        for (String span : List.of("colspan", "rowspan")) {
          if (attrs.has(span) && attrs.get(span).getAsInt() > 1) {
            out.append(' ').append(span).append("=\"").append(attrs.get(span).getAsInt()).append('"');
          }
        }
        out.append('>');
        blocks(cell);
        out.append("</").append(tag).append('>');
      }
      out.append("</tr>");
    }
    out.append("</tbody></table>");
  }

  private void taskList(JsonObject list) {
    out.append("<ac:task-list>");
    for (JsonObject child : content(list)) {
      if (type(child).equals("taskList")) {
        taskList(child);
        continue;
      }
      out.append("<ac:task><ac:task-id>").append(++taskIds).append("</ac:task-id><ac:task-status>")
          .append("DONE".equals(string(attrs(child), "state")) ? "complete" : "incomplete")
          .append("</ac:task-status><ac:task-body>");
      inlines(child);
      out.append("</ac:task-body></ac:task>");
    }
    out.append("</ac:task-list>");
  }

  private void media(JsonObject media) {
    JsonObject attrs = attrs(media);
    out.append("<ac:image");
    if (!string(attrs, "alt").isEmpty()) {
      out.append(" ac:alt=\"").append(escape(string(attrs, "alt"))).append('"');
    }
    if (attrs.has("width")) {
      out.append(" ac:width=\"").append(attrs.get("width").getAsInt()).append('"');
    }
    out.append('>');
    if ("external".equals(string(attrs, "type"))) {
      out.append("<ri:url ri:value=\"").append(escape(string(attrs, "url"))).append("\" />");
    } else {
      String filename = context.filename(string(attrs, "id")).orElse(string(attrs, "id"));
      out.append("<ri:attachment ri:filename=\"").append(escape(filename)).append("\" />");
    }
    out.append("</ac:image>");
  }

  private void layout(JsonObject section) {
    List<JsonObject> columns = content(section);
    String type = switch (columns.size()) {
      case 1 -> "single";
      case 3 -> "three_equal";
      default -> "two_equal";
    };
    out.append("<ac:layout><ac:layout-section ac:type=\"").append(type).append("\" ac:breakout-mode=\"default\">");
    for (JsonObject column : columns) {
      out.append("<ac:layout-cell>");
      blocks(column);
      out.append("</ac:layout-cell>");
    }
    out.append("</ac:layout-section></ac:layout>");
  }

  /** An extension as the macro it stands for, with its parameters (and body). */
  private void macro(JsonObject extension) {
    JsonObject attrs = attrs(extension);
    out.append("<ac:structured-macro ac:name=\"").append(escape(string(attrs, "extensionKey")))
        .append("\" ac:schema-version=\"1\"");
    JsonObject parameters = attrs.has("parameters") && attrs.get("parameters").isJsonObject()
        ? attrs.getAsJsonObject("parameters") : new JsonObject();
    JsonObject metadata = object(parameters, "macroMetadata");
    String macroId = string(object(metadata, "macroId"), "value");
    if (!macroId.isEmpty()) {
      out.append(" ac:macro-id=\"").append(escape(macroId)).append('"');
    }
    out.append('>');
    for (Map.Entry<String, JsonElement> parameter : object(parameters, "macroParams").entrySet()) {
      if (parameter.getValue().isJsonObject()) {
        parameter(parameter.getKey(), string(parameter.getValue().getAsJsonObject(), "value"));
      }
    }
    if (type(extension).equals("bodiedExtension")) {
      out.append("<ac:rich-text-body>");
      blocks(extension);
      out.append("</ac:rich-text-body>");
    }
    out.append("</ac:structured-macro>");
  }

  private void parameter(String name, String value) {
    out.append("<ac:parameter ac:name=\"").append(escape(name)).append("\">").append(escape(value))
        .append("</ac:parameter>");
  }

  private void inlines(JsonObject parent) {
    for (JsonObject node : content(parent)) {
      inline(node);
    }
  }

  private void inline(JsonObject node) {
    JsonObject attrs = attrs(node);
    switch (type(node)) {
      case "text" -> text(node);
      case "hardBreak" -> out.append("<br />");
      case "mention" -> out.append("<ac:link><ri:user ri:account-id=\"").append(escape(string(attrs, "id")))
          .append("\" /></ac:link>");
      case "emoji" -> {
        String shortName = string(attrs, "shortName");
        out.append("<ac:emoticon ac:name=\"blue-star\" ac:emoji-shortname=\"").append(escape(shortName)).append('"');
        if (!string(attrs, "id").isEmpty()) {
          out.append(" ac:emoji-id=\"").append(escape(string(attrs, "id"))).append('"');
        }
        if (!string(attrs, "text").isEmpty()) {
          out.append(" ac:emoji-fallback=\"").append(escape(string(attrs, "text"))).append('"');
        }
        out.append(" />");
      }
      case "status" -> {
        out.append("<ac:structured-macro ac:name=\"status\" ac:schema-version=\"1\">");
        parameter("title", string(attrs, "text"));
        String colour = string(attrs, "color");
        if (!colour.isEmpty() && !colour.equals("neutral")) {
          parameter("colour", Character.toUpperCase(colour.charAt(0)) + colour.substring(1));
        }
        out.append("</ac:structured-macro>");
      }
      case "date" -> {
        String day = DAY.format(Instant.ofEpochMilli(Long.parseLong(string(attrs, "timestamp"))));
        out.append("<time datetime=\"").append(day).append("\" />");
      }
      case "inlineCard" -> {
        String url = escape(string(attrs, "url"));
        out.append("<a href=\"").append(url).append("\" data-card-appearance=\"inline\">").append(url).append("</a>");
      }
      case "inlineExtension" -> macro(node);
      default -> out.append(escape(plainText(node)));
    }
  }

  private void text(JsonObject text) {
    List<String> close = new ArrayList<>();
    JsonArray marks = text.has("marks") ? text.getAsJsonArray("marks") : new JsonArray();
    for (JsonElement element : marks) {
      JsonObject mark = element.getAsJsonObject();
      String tag = switch (type(mark)) {
        case "strong" -> "strong";
        case "em" -> "em";
        case "code" -> "code";
        case "strike" -> "s";
        case "underline" -> "u";
        case "subsup" -> "sup".equals(string(attrs(mark), "type")) ? "sup" : "sub";
        case "link" -> "a";
        default -> null;
      };
      if (tag == null) {
        continue;
      }
      out.append('<').append(tag);
      if (tag.equals("a")) {
        out.append(" href=\"").append(escape(string(attrs(mark), "href"))).append('"');
      }
      out.append('>');
      close.add(0, tag);
    }
    out.append(escape(text.get("text").getAsString()));
    close.forEach(tag -> out.append("</").append(tag).append('>'));
  }

  private static String plainText(JsonObject node) {
    if (type(node).equals("text")) {
      return node.get("text").getAsString();
    }
    StringBuilder text = new StringBuilder();
    for (JsonObject child : content(node)) {
      text.append(plainText(child));
    }
    JsonObject attrs = attrs(node);
    if (text.isEmpty() && !string(attrs, "text").isEmpty()) {
      text.append(string(attrs, "text"));
    }
    if (text.isEmpty() && !string(attrs, "url").isEmpty()) {
      text.append(string(attrs, "url"));
    }
    return text.toString();
  }

  private static List<JsonObject> content(JsonObject node) {
    List<JsonObject> children = new ArrayList<>();
    if (node.has("content") && node.get("content").isJsonArray()) {
      node.getAsJsonArray("content").forEach(child -> {
        if (child.isJsonObject()) {
          children.add(child.getAsJsonObject());
        }
      });
    }
    return children;
  }

  private static String type(JsonObject node) {
    return Json.string(node, "type").orElse("");
  }

  private static JsonObject attrs(JsonObject node) {
    return object(node, "attrs");
  }

  private static JsonObject object(JsonObject node, String name) {
    return node.has(name) && node.get(name).isJsonObject() ? node.getAsJsonObject(name) : new JsonObject();
  }

  private static String string(JsonObject node, String name) {
    JsonElement value = node.get(name);
    return value != null && value.isJsonPrimitive() ? value.getAsString() : "";
  }

  static String escape(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
  }
}
