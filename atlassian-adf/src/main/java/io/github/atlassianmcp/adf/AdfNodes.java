package io.github.atlassianmcp.adf;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

/** Builders for the ADF nodes and marks we write. */
final class AdfNodes {

  private AdfNodes() {}

  static JsonObject doc(JsonArray content) {
    JsonObject doc = new JsonObject();
    doc.addProperty("version", 1);
    doc.addProperty("type", "doc");
    doc.add("content", content);
    return doc;
  }

  static JsonObject node(String type, JsonArray content) {
    JsonObject node = new JsonObject();
    node.addProperty("type", type);
    if (content != null) {
      node.add("content", content);
    }
    return node;
  }

  static JsonObject paragraph(JsonArray content) {
    return node("paragraph", content);
  }

  static JsonObject heading(int level, JsonArray content) {
    JsonObject heading = node("heading", content);
    heading.add("attrs", attrs("level", level));
    return heading;
  }

  static JsonObject text(String text, JsonArray marks) {
    JsonObject node = new JsonObject();
    node.addProperty("type", "text");
    node.addProperty("text", text);
    if (marks != null && !marks.isEmpty()) {
      node.add("marks", marks);
    }
    return node;
  }

  static JsonObject hardBreak() {
    return node("hardBreak", null);
  }

  static JsonObject orderedList(Integer order, JsonArray items) {
    JsonObject list = node("orderedList", items);
    if (order != null && order != 1) {
      list.add("attrs", attrs("order", order));
    }
    return list;
  }

  static JsonObject codeBlock(String language, String code) {
    JsonObject block = node("codeBlock", null);
    if (language != null && !language.isEmpty()) {
      JsonObject attrs = new JsonObject();
      attrs.addProperty("language", language);
      block.add("attrs", attrs);
    }
    JsonArray content = new JsonArray();
    if (!code.isEmpty()) {
      content.add(text(code, null));
    }
    block.add("content", content);
    return block;
  }

  static JsonObject mark(String type) {
    JsonObject mark = new JsonObject();
    mark.addProperty("type", type);
    return mark;
  }

  static JsonObject link(String href, String title) {
    JsonObject attrs = new JsonObject();
    attrs.addProperty("href", href);
    if (title != null && !title.isEmpty()) {
      attrs.addProperty("title", title);
    }
    JsonObject mark = mark("link");
    mark.add("attrs", attrs);
    return mark;
  }

  /** A mention of a person by account ID; {@code text} is what it shows ("@Priya Natarajan"). */
  static JsonObject mention(String id, String text) {
    JsonObject attrs = new JsonObject();
    attrs.addProperty("id", id);
    attrs.addProperty("text", text);
    JsonObject mention = node("mention", null);
    mention.add("attrs", attrs);
    return mention;
  }

  /** The alignment mark of a paragraph: {@code center} or {@code end}. */
  static JsonObject alignment(String align) {
    JsonObject attrs = new JsonObject();
    attrs.addProperty("align", align);
    JsonObject mark = mark("alignment");
    mark.add("attrs", attrs);
    return mark;
  }

  private static JsonObject attrs(String name, int value) {
    JsonObject attrs = new JsonObject();
    attrs.addProperty(name, value);
    return attrs;
  }
}
