package io.github.atlassianmcp.sandbox.seed;

import com.google.gson.JsonObject;
import io.github.atlassianmcp.sandbox.adf.Adf;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes a Confluence page once and renders it twice: as storage format (the XHTML Confluence keeps, with
 * {@code ac:structured-macro} for code, info and note panels and status, {@code ac:link} for page links) and as
 * the equivalent ADF, so both body formats of the v2 API describe the same content.
 */
final class PageBuilder {

  private final StringBuilder storage = new StringBuilder();
  private final List<JsonObject> adf = new ArrayList<>();
  private int macroCount;

  /** Inline content of a paragraph, list item or cell, in both representations. */
  record Inline(String storage, JsonObject adf) {}

  static Inline text(String text) {
    return new Inline(escape(text), Adf.text(text));
  }

  static Inline strong(String text) {
    return new Inline("<strong>" + escape(text) + "</strong>", Adf.text(text, Adf.strong()));
  }

  static Inline em(String text) {
    return new Inline("<em>" + escape(text) + "</em>", Adf.text(text, Adf.em()));
  }

  static Inline code(String text) {
    return new Inline("<code>" + escape(text) + "</code>", Adf.text(text, Adf.code()));
  }

  static Inline link(String text, String href) {
    return new Inline("<a href=\"" + escape(href) + "\">" + escape(text) + "</a>", Adf.text(text, Adf.link(href)));
  }

  /** A link to another page of the same space, by title. */
  static Inline pageLink(String title, String href) {
    return new Inline("<ac:link><ri:page ri:content-title=\"" + escape(title) + "\" /><ac:plain-text-link-body>"
        + "<![CDATA[" + title + "]]></ac:plain-text-link-body></ac:link>", Adf.text(title, Adf.link(href)));
  }

  static Inline mention(String accountId, String name) {
    return new Inline("<ac:link><ri:user ri:account-id=\"" + accountId + "\" /></ac:link>",
        Adf.mention(accountId, name));
  }

  Inline status(String title, String colour) {
    String adfColour = switch (colour) {
      case "Green" -> "green";
      case "Yellow" -> "yellow";
      case "Red" -> "red";
      case "Blue" -> "blue";
      default -> "neutral";
    };
    return new Inline("<ac:structured-macro ac:name=\"status\" ac:schema-version=\"1\" ac:macro-id=\"" + macroId()
        + "\"><ac:parameter ac:name=\"title\">" + escape(title) + "</ac:parameter><ac:parameter ac:name=\"colour\">"
        + colour + "</ac:parameter></ac:structured-macro>", Adf.status(title, adfColour));
  }

  PageBuilder heading(int level, String text) {
    storage.append("<h").append(level).append('>').append(escape(text)).append("</h").append(level).append('>');
    adf.add(Adf.heading(level, text));
    return this;
  }

  PageBuilder paragraph(Inline... inline) {
    storage.append("<p>").append(storage(inline)).append("</p>");
    adf.add(Adf.paragraph(adf(inline)));
    return this;
  }

  PageBuilder bullets(String... items) {
    return list("ul", items);
  }

  PageBuilder numbered(String... items) {
    return list("ol", items);
  }

  /** A code block: the code macro with its language. */
  PageBuilder code(String language, String code) {
    storage.append("<ac:structured-macro ac:name=\"code\" ac:schema-version=\"1\" ac:macro-id=\"").append(macroId())
        .append("\"><ac:parameter ac:name=\"language\">").append(language).append("</ac:parameter>")
        .append("<ac:plain-text-body><![CDATA[").append(code).append("]]></ac:plain-text-body></ac:structured-macro>");
    adf.add(Adf.codeBlock(language, code));
    return this;
  }

  /** An info, note, warning or tip macro; ADF calls the tip a success panel. */
  PageBuilder panel(String macro, Inline... inline) {
    storage.append("<ac:structured-macro ac:name=\"").append(macro).append("\" ac:schema-version=\"1\" ac:macro-id=\"")
        .append(macroId()).append("\"><ac:rich-text-body><p>").append(storage(inline))
        .append("</p></ac:rich-text-body></ac:structured-macro>");
    adf.add(Adf.panel(macro.equals("tip") ? "success" : macro, Adf.paragraph(adf(inline))));
    return this;
  }

  PageBuilder table(List<String> header, List<List<String>> rows) {
    storage.append("<table data-layout=\"default\"><tbody><tr>");
    header.forEach(cell -> storage.append("<th><p>").append(escape(cell)).append("</p></th>"));
    storage.append("</tr>");
    for (List<String> row : rows) {
      storage.append("<tr>");
      row.forEach(cell -> storage.append("<td><p>").append(escape(cell)).append("</p></td>"));
      storage.append("</tr>");
    }
    storage.append("</tbody></table>");
    adf.add(Adf.table(header, rows));
    return this;
  }

  String storage() {
    return storage.toString();
  }

  JsonObject adf() {
    return Adf.doc(adf);
  }

  private PageBuilder list(String tag, String... items) {
    storage.append('<').append(tag).append('>');
    List<JsonObject> adfItems = new ArrayList<>();
    for (String item : items) {
      storage.append("<li><p>").append(escape(item)).append("</p></li>");
      adfItems.add(Adf.item(item));
    }
    storage.append("</").append(tag).append('>');
    JsonObject[] array = adfItems.toArray(JsonObject[]::new);
    adf.add(tag.equals("ul") ? Adf.bulletList(array) : Adf.orderedList(array));
    return this;
  }

  private String macroId() {
    // Stable macro IDs, so the same seed writes the same storage.
    return String.format("5f0c%04x-3b1d-4c2a-9e7f-%012x", ++macroCount, (long) storage.length());
  }

  private static String storage(Inline[] inline) {
    StringBuilder text = new StringBuilder();
    for (Inline part : inline) {
      text.append(part.storage());
    }
    return text.toString();
  }

  private static JsonObject[] adf(Inline[] inline) {
    JsonObject[] nodes = new JsonObject[inline.length];
    for (int i = 0; i < inline.length; i++) {
      nodes[i] = inline[i].adf();
    }
    return nodes;
  }

  static String escape(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
  }
}
