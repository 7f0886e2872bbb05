package io.github.atlassianmcp.adf;

import static io.github.atlassianmcp.adf.AdfJson.attr;
import static io.github.atlassianmcp.adf.AdfJson.content;
import static io.github.atlassianmcp.adf.AdfJson.type;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import io.github.atlassianmcp.adf.text.PlainText;

/**
 * The plain text of an ADF document, for search indexes, notifications and logs: every block on its own line,
 * table cells separated by a tab, mentions, emoji, dates and statuses as the words they show. No markup at all
 * (use {@link AdfToMarkdown} to keep structure). Invisible and bidirectional control characters are removed.
 * Thread-safe and stateless.
 */
public final class AdfToText {

  /** Deeper than this, a node gives its text in one run (the stack stays safe on hostile input). */
  private static final int MAX_DEPTH = 40;

  /** The text of {@code adf} (as {@link AdfToMarkdown#convert} reads it); {@code ""} for null. */
  public String convert(JsonElement adf) {
    JsonObject root = AdfValues.root(adf);
    if (root == null) {
      return adf == null || adf.isJsonNull() ? "" : PlainText.compact(adf.getAsString());
    }
    StringBuilder out = new StringBuilder();
    node(root, out, 0);
    return PlainText.compact(out.toString());
  }

  private void node(JsonObject node, StringBuilder out, int depth) {
    if (depth > MAX_DEPTH) {
      out.append(AdfJson.plainText(node)).append('\n');
      return;
    }
    String type = type(node);
    switch (type == null ? "" : type) {
      case "text" -> append(out, AdfJson.string(node, "text"));
      case "hardBreak" -> out.append('\n');
      case "mention" -> append(out, attr(node, "text"));
      case "emoji" -> {
        String text = attr(node, "text");
        append(out, text != null ? text : attr(node, "shortName"));
      }
      case "date" -> append(out, AdfInlines.date(attr(node, "timestamp")));
      case "status", "placeholder" -> append(out, attr(node, "text"));
      case "inlineCard", "blockCard", "embedCard" -> append(out, attr(node, "url"));
      case "codeBlock" -> out.append(AdfJson.codeText(node)).append('\n');
      case "tableRow" -> row(node, out, depth);
      default -> {
        boolean block = !AdfJson.isInline(node);
        for (JsonObject child : content(node)) {
          node(child, out, depth + 1);
        }
        if (block && !out.isEmpty() && out.charAt(out.length() - 1) != '\n') {
          out.append('\n');
        }
      }
    }
  }

  private void row(JsonObject row, StringBuilder out, int depth) {
    boolean first = true;
    for (JsonObject cell : content(row)) {
      if (!first) {
        out.append('\t');
      }
      first = false;
      StringBuilder cellText = new StringBuilder();
      node(cell, cellText, depth + 1);
      out.append(PlainText.compact(cellText.toString()).replace('\n', ' '));
    }
    out.append('\n');
  }

  private static void append(StringBuilder out, String text) {
    if (text != null) {
      out.append(text);
    }
  }
}
