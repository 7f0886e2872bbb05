package io.github.atlassianmcp.adf;

import static io.github.atlassianmcp.adf.AdfJson.attr;
import static io.github.atlassianmcp.adf.AdfJson.attrs;
import static io.github.atlassianmcp.adf.AdfJson.hasText;
import static io.github.atlassianmcp.adf.AdfJson.object;
import static io.github.atlassianmcp.adf.AdfJson.string;
import static io.github.atlassianmcp.adf.AdfJson.type;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import io.github.atlassianmcp.adf.markdown.Inline;
import io.github.atlassianmcp.adf.markdown.Mark;
import io.github.atlassianmcp.adf.markdown.MarkdownText;
import io.github.atlassianmcp.adf.markdown.SafeLinks;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reads ADF inline nodes into runs of inline content. Marks markdown cannot show (underline, colours,
 * annotations, borders) are dropped; atoms (mentions, emoji, status, dates, cards, media) become short text.
 */
final class AdfInlines {

  private static final int MAX_DEPTH = 32;

  private AdfInlines() {}

  static List<Inline> collect(List<JsonObject> nodes) {
    return collect(nodes, List.of());
  }

  /** The runs of {@code nodes}, each carrying {@code extra} marks besides its own. */
  static List<Inline> collect(List<JsonObject> nodes, List<Mark> extra) {
    List<Inline> runs = new ArrayList<>();
    for (JsonObject node : nodes) {
      add(node, extra, runs, 0);
    }
    return runs;
  }

  private static void add(JsonObject node, List<Mark> extra, List<Inline> out, int depth) {
    String type = type(node);
    if (type == null) {
      return;
    }
    switch (type) {
      case "text" -> {
        String text = string(node, "text");
        if (text != null && !text.isEmpty()) {
          out.add(new Inline.Text(text, marks(node, extra)));
        }
      }
      case "hardBreak" -> out.add(new Inline.Break());
      case "mention" -> out.add(new Inline.Text(mention(node), extra));
      case "emoji" -> out.add(new Inline.Text(emoji(node), extra));
      case "status" -> {
        String text = attr(node, "text");
        if (hasText(text)) {
          out.add(bracketed(text.strip().toUpperCase(Locale.ROOT), extra));
        }
      }
      case "date" -> out.add(new Inline.Text(date(attr(node, "timestamp")), extra));
      case "inlineCard" -> out.add(card(node, extra));
      case "placeholder" -> {
        String text = attr(node, "text");
        if (hasText(text)) {
          out.add(new Inline.Text(text, extra));
        }
      }
      case "mediaInline", "media" -> out.add(media(node, extra));
      case "inlineExtension", "extension" -> out.add(extension(node, extra));
      default -> addUnknown(node, extra, out, depth);
    }
  }

  /** An unknown node (or a block where inline content belongs) gives its text, never its JSON. */
  private static void addUnknown(JsonObject node, List<Mark> extra, List<Inline> out, int depth) {
    List<JsonObject> children = AdfJson.content(node);
    if (children.isEmpty()) {
      String text = attr(node, "text");
      if (hasText(text)) {
        out.add(new Inline.Text(text, extra));
      }
    } else if (depth >= MAX_DEPTH) {
      out.add(new Inline.Text(AdfJson.plainText(node), extra));
    } else {
      for (JsonObject child : children) {
        add(child, marks(node, extra), out, depth + 1);
      }
    }
  }

  /** The marks of a node that markdown can show, after {@code extra}; repeated marks count once. */
  static List<Mark> marks(JsonObject node, List<Mark> extra) {
    JsonElement marks = node.get("marks");
    if (marks == null || !marks.isJsonArray() || marks.getAsJsonArray().isEmpty()) {
      return extra;
    }
    List<Mark> result = new ArrayList<>(extra);
    for (JsonObject mark : AdfJson.objects(marks.getAsJsonArray())) {
      Mark converted = mark(mark);
      if (converted != null && !result.contains(converted)) {
        result.add(converted);
      }
    }
    return result;
  }

  private static Mark mark(JsonObject mark) {
    String type = type(mark);
    if (type == null) {
      return null;
    }
    return switch (type) {
      case "strong" -> Mark.STRONG;
      case "em" -> Mark.EM;
      case "strike" -> Mark.STRIKE;
      case "code" -> Mark.CODE;
      case "link" -> {
        String href = attr(mark, "href");
        yield hasText(href) ? Mark.link(href.strip()) : null;
      }
      case "subsup" -> "sub".equals(attr(mark, "type")) ? Mark.SUB : Mark.SUP;
      default -> null;
    };
  }

  static String mention(JsonObject node) {
    String text = attr(node, "text");
    if (hasText(text)) {
      String name = text.strip();
      return name.startsWith("@") ? name : "@" + name;
    }
    String id = attr(node, "id");
    return "@" + (hasText(id) ? id.strip() : "unknown");
  }

  private static String emoji(JsonObject node) {
    String text = attr(node, "text");
    if (hasText(text)) {
      return text;
    }
    String shortName = attr(node, "shortName");
    if (!hasText(shortName)) {
      return "";
    }
    String name = shortName.strip();
    return name.startsWith(":") ? name : ":" + name + ":";
  }

  /** The ISO date (UTC) of an ADF date's millisecond timestamp; the raw value when it is not a number. */
  static String date(String timestamp) {
    if (!hasText(timestamp)) {
      return "";
    }
    try {
      return Instant.ofEpochMilli(Long.parseLong(timestamp.strip())).atOffset(ZoneOffset.UTC).toLocalDate()
          .toString();
    } catch (RuntimeException notMillis) {
      return timestamp.strip();
    }
  }

  /** A smart card (inline, block or embed) as a link to its address. */
  static Inline card(JsonObject node, List<Mark> extra) {
    String url = attr(node, "url");
    JsonObject data = object(attrs(node), "data");
    if (!hasText(url)) {
      url = string(data, "url");
    }
    if (hasText(url)) {
      List<Mark> marks = new ArrayList<>(extra);
      marks.add(Mark.link(url.strip()));
      return new Inline.Text(url.strip(), marks);
    }
    String name = string(data, "name");
    if (hasText(name)) {
      return new Inline.Text(name, extra);
    }
    JsonObject parameters = object(object(attrs(node), "datasource"), "parameters");
    String jql = string(parameters, "jql");
    return bracketed(hasText(jql) ? "Jira issues: " + jql.strip() : "linked items", extra);
  }

  /** A short placeholder for an attachment; external images keep their address. */
  static Inline media(JsonObject node, List<Mark> extra) {
    String alt = attr(node, "alt");
    String url = attr(node, "url");
    if ("external".equals(attr(node, "type")) && hasText(url) && SafeLinks.allowed(url)) {
      String text = hasText(alt) ? MarkdownText.escape(alt.strip(), true) : "";
      return new Inline.Markdown("![" + text + "](" + MarkdownText.linkDestination(url.strip()) + ")", extra);
    }
    String kind = "image".equals(attr(node, "type")) || "external".equals(attr(node, "type"))
        ? "image" : "attachment";
    return bracketed(hasText(alt) ? kind + ": " + alt.strip() : kind, extra);
  }

  /**
   * What an extension shows in place of itself: the issue key of a Jira macro, else in brackets its text, its
   * macro title or its key.
   */
  static Inline extension(JsonObject node, List<Mark> extra) {
    JsonObject parameters = object(attrs(node), "parameters");
    String issueKey = string(object(object(parameters, "macroParams"), "key"), "value");
    if ("jira".equals(attr(node, "extensionKey")) && hasText(issueKey)) {
      return new Inline.Text(issueKey.strip(), extra);
    }
    return bracketed(extensionTitle(node, parameters), extra);
  }

  private static String extensionTitle(JsonObject node, JsonObject parameters) {
    String text = attr(node, "text");
    if (hasText(text)) {
      return text.strip();
    }
    String title = string(object(parameters, "macroMetadata"), "title");
    if (hasText(title)) {
      return title.strip();
    }
    String key = attr(node, "extensionKey");
    return hasText(key) ? key.strip() : "extension";
  }

  /** Generated text in square brackets; the text inside is escaped, the brackets are ours. */
  static Inline bracketed(String text, List<Mark> extra) {
    return new Inline.Markdown("[" + MarkdownText.escape(text, true) + "]", extra);
  }
}
