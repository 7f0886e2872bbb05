package io.github.atlassianmcp.sandbox.confluence.body;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import io.github.atlassianmcp.sandbox.adf.Adf;
import io.github.atlassianmcp.sandbox.http.Json;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;

/**
 * The ADF (atlas_doc_format) of a well-formed storage body, as Confluence derives one representation from the
 * other: formatting, lists, tables, code, panels, expands, task lists, layouts, images of attachments, mentions,
 * emoji and status lozenges map to their ADF nodes, and every other macro becomes an extension that keeps its
 * name and parameters. Links to pages by title have no ADF form and keep their text. Every document it returns
 * is valid against the ADF schema. One instance per conversion.
 */
public final class StorageToAdf {

  private static final String MACRO_EXTENSION = "com.atlassian.confluence.macro.core";
  private static final Set<String> INLINE_MACROS = Set.of("status", "jira", "anchor");
  private static final Set<String> PANELS = Set.of("info", "note", "warning", "tip");

  private final BodyContext context;
  private int localIds;

  private StorageToAdf(BodyContext context) {
    this.context = context;
  }

  public static JsonObject convert(String storage, BodyContext context) {
    Element root = Jsoup.parse(storage, "", Parser.xmlParser());
    StorageToAdf converter = new StorageToAdf(context);
    JsonObject doc = Adf.doc(List.of());
    doc.add("content", AdfShapes.fit("doc", converter.blocks(root)));
    return doc;
  }

  /** The blocks of mixed content: runs of inline content become paragraphs between the blocks. */
  private List<JsonObject> blocks(Element parent) {
    List<JsonObject> blocks = new ArrayList<>();
    Inlines inline = new Inlines();
    for (Node child : parent.childNodes()) {
      if (child instanceof Element element && isBlock(element)) {
        inline.flushInto(blocks);
        block(element, blocks);
      } else {
        inline.add(child, List.of());
      }
    }
    inline.flushInto(blocks);
    return blocks;
  }

  private static boolean isBlock(Element element) {
    String name = element.normalName();
    if (name.equals("ac:structured-macro")) {
      return !INLINE_MACROS.contains(element.attr("ac:name").toLowerCase(Locale.ROOT));
    }
    return switch (name) {
      case "p", "div", "section", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "table", "blockquote", "pre",
          "hr", "ac:layout", "ac:layout-section", "ac:layout-cell", "ac:task-list", "ac:image" -> true;
      default -> false;
    };
  }

  private void block(Element element, List<JsonObject> out) {
    String name = element.normalName();
    switch (name) {
      case "h1", "h2", "h3", "h4", "h5", "h6" -> {
        JsonObject heading = node("heading");
        heading.add("attrs", Json.object().put("level", name.charAt(1) - '0').build());
        JsonArray content = new Inlines().of(element);
        if (!content.isEmpty()) {
          heading.add("content", content);
        }
        out.add(heading);
      }
      case "ul", "ol" -> out.add(list(element));
      case "table" -> table(element).ifPresent(out::add);
      case "blockquote" -> {
        JsonObject quote = node("blockquote");
        quote.add("content", AdfShapes.fit("blockquote", blocks(element)));
        out.add(quote);
      }
      case "pre" -> out.add(codeBlock(null, element.wholeText()));
      case "hr" -> out.add(node("rule"));
      case "ac:task-list" -> out.add(taskList(element));
      case "ac:image" -> out.add(image(element));
      case "ac:layout" -> element.children().forEach(section -> block(section, out));
      case "ac:layout-section" -> out.add(layoutSection(element));
      case "ac:structured-macro" -> out.add(macro(element));
      default -> out.addAll(blocks(element));
    }
  }

  private JsonObject list(Element list) {
    JsonArray items = new JsonArray();
    JsonObject previous = null;
    for (Element child : list.children()) {
      boolean nested = child.normalName().equals("ul") || child.normalName().equals("ol");
      if (nested && previous != null) {
        // A list directly inside a list belongs to the item before it.
        previous.getAsJsonArray("content").add(list(child));
        continue;
      }
      JsonObject item = node("listItem");
      item.add("content", AdfShapes.fit("listItem", nested ? List.of(list(child)) : blocks(child)));
      items.add(item);
      previous = item;
    }
    if (items.isEmpty()) {
      JsonObject item = node("listItem");
      item.add("content", AdfShapes.fit("listItem", List.of()));
      items.add(item);
    }
    JsonObject adf = node(list.normalName().equals("ol") ? "orderedList" : "bulletList");
    if (list.normalName().equals("ol")) {
      adf.add("attrs", Json.object().put("order", start(list)).build());
    }
    adf.add("content", items);
    return adf;
  }

  private static int start(Element list) {
    try {
      return Math.max(0, Integer.parseInt(list.attr("start").strip()));
    } catch (NumberFormatException absent) {
      return 1;
    }
  }

  private Optional<JsonObject> table(Element table) {
    JsonArray rows = new JsonArray();
    for (Element row : table.select("tr")) {
      if (row.closest("table") != table) {
        continue;
      }
      JsonArray cells = new JsonArray();
      for (Element cell : row.children()) {
        if (!cell.normalName().equals("td") && !cell.normalName().equals("th")) {
          continue;
        }
        String type = cell.normalName().equals("th") ? "tableHeader" : "tableCell";
        JsonObject adfCell = node(type);
        Json.ObjectBuilder attrs = Json.object();
        span(cell, "colspan").ifPresent(span -> attrs.put("colspan", span));
        span(cell, "rowspan").ifPresent(span -> attrs.put("rowspan", span));
        adfCell.add("attrs", attrs.build());
        adfCell.add("content", AdfShapes.fit(type, blocks(cell)));
        cells.add(adfCell);
      }
      if (!cells.isEmpty()) {
        JsonObject adfRow = node("tableRow");
        adfRow.add("content", cells);
        rows.add(adfRow);
      }
    }
    if (rows.isEmpty()) {
      return Optional.empty();
    }
    JsonObject adf = node("table");
    adf.add("attrs", Json.object().put("isNumberColumnEnabled", false).put("layout", "default")
        .put("localId", localId()).build());
    adf.add("content", rows);
    return Optional.of(adf);
  }

  private static Optional<Integer> span(Element cell, String attribute) {
    try {
      int span = Integer.parseInt(cell.attr(attribute).strip());
      return span > 1 ? Optional.of(span) : Optional.empty();
    } catch (NumberFormatException absent) {
      return Optional.empty();
    }
  }

  private JsonObject taskList(Element taskList) {
    JsonArray content = new JsonArray();
    for (Element child : taskList.children()) {
      if (child.normalName().equals("ac:task-list")) {
        content.add(taskList(child));
      } else if (child.normalName().equals("ac:task")) {
        JsonObject item = node("taskItem");
        boolean done = text(child, "ac:task-status").equalsIgnoreCase("complete");
        item.add("attrs", Json.object().put("localId", localId()).put("state", done ? "DONE" : "TODO").build());
        Element body = first(child, "ac:task-body");
        JsonArray inline = body == null ? new JsonArray() : new Inlines().of(body);
        if (!inline.isEmpty()) {
          item.add("content", inline);
        }
        content.add(item);
      }
    }
    JsonObject adf = node("taskList");
    adf.add("attrs", Json.object().put("localId", localId()).build());
    if (content.isEmpty()) {
      JsonObject item = node("taskItem");
      item.add("attrs", Json.object().put("localId", localId()).put("state", "TODO").build());
      content.add(item);
    }
    adf.add("content", content);
    return adf;
  }

  /** An image: an attachment of the page by its media file ID, or an external URL. */
  private JsonObject image(Element image) {
    Element attachment = first(image, "ri:attachment");
    Element url = first(image, "ri:url");
    JsonObject media = node("media");
    Json.ObjectBuilder attrs = Json.object();
    if (attachment == null && url != null) {
      attrs.put("type", "external").put("url", url.attr("ri:value"));
    } else {
      String filename = attachment == null ? "" : attachment.attr("ri:filename");
      String fileId = context.fileId(filename).orElseGet(() -> UUID.nameUUIDFromBytes(
          (context.mediaCollection() + "/" + filename).getBytes(StandardCharsets.UTF_8)).toString());
      attrs.put("type", "file").put("id", fileId).put("collection", context.mediaCollection());
    }
    if (!image.attr("ac:alt").isEmpty()) {
      attrs.put("alt", image.attr("ac:alt"));
    }
    number(image.attr("ac:width")).ifPresent(width -> attrs.put("width", width));
    number(image.attr("ac:height")).ifPresent(height -> attrs.put("height", height));
    media.add("attrs", attrs.build());
    JsonObject single = container("mediaSingle", List.of(media));
    String layout = switch (image.attr("ac:align")) {
      case "left" -> "align-start";
      case "right" -> "align-end";
      default -> "center";
    };
    single.add("attrs", Json.object().put("layout", layout).build());
    return single;
  }

  private static Optional<Integer> number(String text) {
    try {
      return Optional.of(Integer.parseInt(text.strip()));
    } catch (NumberFormatException absent) {
      return Optional.empty();
    }
  }

  private JsonObject layoutSection(Element section) {
    List<Element> cells = section.children().stream()
        .filter(cell -> cell.normalName().equals("ac:layout-cell")).toList();
    double[] widths = widths(section.attr("ac:type"), cells.size());
    List<JsonObject> columns = new ArrayList<>();
    for (int i = 0; i < cells.size(); i++) {
      JsonObject column = node("layoutColumn");
      column.add("attrs", Json.object().put("width", widths[i]).build());
      column.add("content", AdfShapes.fit("layoutColumn", blocks(cells.get(i))));
      columns.add(column);
    }
    return container("layoutSection", columns);
  }

  /** Column widths in percent for Confluence's section types. */
  private static double[] widths(String type, int columns) {
    return switch (type) {
      case "two_left_sidebar" -> new double[] {33.33, 66.67};
      case "two_right_sidebar" -> new double[] {66.67, 33.33};
      case "three_with_sidebars" -> new double[] {25, 50, 25};
      default -> {
        double[] equal = new double[Math.max(1, columns)];
        Arrays.fill(equal, Math.round(10000.0 / Math.max(1, columns)) / 100.0);
        yield equal;
      }
    };
  }

  private JsonObject macro(Element macro) {
    String name = macro.attr("ac:name").toLowerCase(Locale.ROOT);
    Element richBody = first(macro, "ac:rich-text-body");
    if (name.equals("code") || name.equals("noformat")) {
      String language = name.equals("code") ? parameter(macro, "language") : "";
      return codeBlock(language.isEmpty() ? null : language, text(macro, "ac:plain-text-body"));
    }
    if (PANELS.contains(name) || name.equals("panel")) {
      JsonObject panel = container("panel", List.of());
      panel.add("content", AdfShapes.fit("panel", richBody == null ? List.of() : blocks(richBody)));
      String type = switch (name) {
        case "tip" -> "success";
        case "panel" -> "info";
        default -> name;
      };
      panel.add("attrs", Json.object().put("panelType", type).build());
      return panel;
    }
    if (name.equals("expand")) {
      JsonObject expand = node("expand");
      expand.add("attrs", Json.object().put("title", parameter(macro, "title")).build());
      expand.add("content", AdfShapes.fit("expand", richBody == null ? List.of() : blocks(richBody)));
      return expand;
    }
    JsonObject extension = node(richBody == null ? "extension" : "bodiedExtension");
    extension.add("attrs", extensionAttrs(macro, name, true));
    if (richBody != null) {
      extension.add("content", AdfShapes.fit("bodiedExtension", blocks(richBody)));
    }
    return extension;
  }

  private JsonObject extensionAttrs(Element macro, String name, boolean block) {
    Json.ObjectBuilder params = Json.object();
    for (Element child : macro.children()) {
      if (child.normalName().equals("ac:parameter")) {
        params.put(child.attr("ac:name"), Json.object().put("value", child.text()));
      }
    }
    Json.ObjectBuilder metadata = Json.object()
        .put("schemaVersion", Json.object().put("value", macro.attr("ac:schema-version").isEmpty() ? "1"
            : macro.attr("ac:schema-version")))
        .put("title", name);
    if (!macro.attr("ac:macro-id").isEmpty()) {
      metadata.put("macroId", Json.object().put("value", macro.attr("ac:macro-id")));
    }
    Json.ObjectBuilder attrs = Json.object()
        .put("extensionType", MACRO_EXTENSION)
        .put("extensionKey", name.isEmpty() ? "unknown-macro" : name)
        .put("parameters", Json.object().put("macroParams", params).put("macroMetadata", metadata))
        .put("localId", localId());
    if (block) {
      attrs.put("layout", "default");
    }
    return attrs.build();
  }

  private static String parameter(Element macro, String name) {
    for (Element child : macro.children()) {
      if (child.normalName().equals("ac:parameter") && child.attr("ac:name").equalsIgnoreCase(name)) {
        return child.text().strip();
      }
    }
    return "";
  }

  private static JsonObject codeBlock(String language, String code) {
    JsonObject block = node("codeBlock");
    if (language != null) {
      block.add("attrs", Json.object().put("language", language).build());
    }
    if (!code.isEmpty()) {
      block.add("content", Json.array(List.of(Adf.text(code))));
    }
    return block;
  }

  private static String text(Element parent, String child) {
    Element element = first(parent, child);
    return element == null ? "" : element.wholeText();
  }

  private static Element first(Element parent, String name) {
    for (Element child : parent.children()) {
      if (child.normalName().equals(name)) {
        return child;
      }
    }
    return null;
  }

  private static JsonObject container(String type, List<JsonObject> content) {
    JsonObject node = node(type);
    node.add("content", Json.array(content));
    return node;
  }

  private static JsonObject node(String type) {
    JsonObject node = new JsonObject();
    node.addProperty("type", type);
    return node;
  }

  /** A local ID unique in the document and the same from run to run. */
  private String localId() {
    return UUID.nameUUIDFromBytes(("local-" + localIds++).getBytes(StandardCharsets.UTF_8)).toString();
  }

  /** Inline content: text with its marks, breaks, mentions, emoji, status lozenges, dates, inline macros. */
  private final class Inlines {
    private final JsonArray nodes = new JsonArray();
    private boolean afterSpace = true;

    JsonArray of(Element element) {
      for (Node child : element.childNodes()) {
        add(child, List.of());
      }
      return take();
    }

    void flushInto(List<JsonObject> blocks) {
      JsonArray content = take();
      if (!content.isEmpty()) {
        JsonObject paragraph = AdfShapes.paragraph();
        paragraph.add("content", content);
        blocks.add(paragraph);
      }
    }

    private JsonArray take() {
      JsonArray taken = nodes.deepCopy();
      while (!taken.isEmpty() && isSpace(taken.get(taken.size() - 1).getAsJsonObject())) {
        taken.remove(taken.size() - 1);
      }
      nodes.asList().clear();
      afterSpace = true;
      return taken;
    }

    private boolean isSpace(JsonObject node) {
      return node.get("type").getAsString().equals("text") && node.get("text").getAsString().isBlank();
    }

    void add(Node node, List<JsonObject> marks) {
      if (node instanceof TextNode text) {
        text(text.getWholeText(), marks);
      } else if (node instanceof Element element) {
        element(element, marks);
      }
    }

    private void element(Element element, List<JsonObject> marks) {
      switch (element.normalName()) {
        case "br" -> {
          nodes.add(node("hardBreak"));
          afterSpace = true;
        }
        case "strong", "b" -> children(element, with(marks, Adf.strong()));
        case "em", "i" -> children(element, with(marks, Adf.em()));
        case "u" -> children(element, with(marks, Adf.underline()));
        case "s", "del", "strike" -> children(element, with(marks, Adf.strike()));
        case "code" -> children(element, with(marks, Adf.code()));
        case "sub", "sup" -> {
          JsonObject mark = node("subsup");
          mark.add("attrs", Json.object().put("type", element.normalName()).build());
          children(element, with(marks, mark));
        }
        case "a" -> children(element, element.attr("href").isEmpty() ? marks
            : with(marks, Adf.link(element.attr("href"))));
        case "ac:link" -> link(element, marks);
        case "ac:emoticon" -> emoji(element);
        case "ac:structured-macro" -> inlineMacro(element);
        case "time" -> date(element, marks);
        case "ac:parameter", "ri:page", "ri:user", "ri:attachment", "ri:url", "ac:placeholder" -> { }
        default -> children(element, marks);
      }
    }

    private void children(Element element, List<JsonObject> marks) {
      for (Node child : element.childNodes()) {
        add(child, marks);
      }
    }

    private void link(Element link, List<JsonObject> marks) {
      Element user = first(link, "ri:user");
      if (user != null) {
        String accountId = user.attr("ri:account-id");
        JsonObject mention = node("mention");
        mention.add("attrs", Json.object().put("id", accountId)
            .put("text", "@" + context.displayName(accountId).orElse(accountId)).put("accessLevel", "").build());
        nodes.add(mention);
        afterSpace = false;
        return;
      }
      Element body = first(link, "ac:link-body");
      Element plain = first(link, "ac:plain-text-link-body");
      Element page = first(link, "ri:page");
      String text = body != null ? body.text() : plain != null ? plain.wholeText()
          : page != null ? page.attr("ri:content-title") : "";
      text(text, marks);
    }

    private void emoji(Element emoticon) {
      String name = emoticon.attr("ac:name");
      String shortName = emoticon.attr("ac:emoji-shortname");
      Json.ObjectBuilder attrs = Json.object().put("shortName", shortName.isEmpty() ? ":" + name + ":" : shortName);
      if (!emoticon.attr("ac:emoji-id").isEmpty()) {
        attrs.put("id", emoticon.attr("ac:emoji-id"));
      }
      if (!emoticon.attr("ac:emoji-fallback").isEmpty()) {
        attrs.put("text", emoticon.attr("ac:emoji-fallback"));
      }
      JsonObject emoji = node("emoji");
      emoji.add("attrs", attrs.build());
      nodes.add(emoji);
      afterSpace = false;
    }

    private void inlineMacro(Element macro) {
      String name = macro.attr("ac:name").toLowerCase(Locale.ROOT);
      if (name.equals("status")) {
        String title = parameter(macro, "title");
        String colour = parameter(macro, "colour").toLowerCase(Locale.ROOT);
        JsonObject status = node("status");
        status.add("attrs", Json.object().put("text", title.isEmpty() ? "STATUS" : title)
            .put("color", Set.of("green", "yellow", "red", "blue", "purple").contains(colour) ? colour : "neutral")
            .put("localId", localId()).build());
        nodes.add(status);
      } else {
        JsonObject extension = node("inlineExtension");
        extension.add("attrs", extensionAttrs(macro, name, false));
        nodes.add(extension);
      }
      afterSpace = false;
    }

    private void date(Element time, List<JsonObject> marks) {
      try {
        LocalDate day = LocalDate.parse(time.attr("datetime").strip());
        JsonObject date = node("date");
        date.add("attrs", Json.object().put("timestamp",
            Long.toString(day.atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli())).build());
        nodes.add(date);
        afterSpace = false;
      } catch (DateTimeParseException notADate) {
        text(time.text(), marks);
      }
    }

    /** Text with its whitespace collapsed as a browser shows it; code marks carry no other formatting. */
    private void text(String raw, List<JsonObject> marks) {
      StringBuilder collapsed = new StringBuilder(raw.length());
      for (int i = 0; i < raw.length(); i++) {
        char c = raw.charAt(i);
        if (c == ' ' || c == '\n' || c == '\t' || c == '\r') {
          if (!afterSpace) {
            collapsed.append(' ');
            afterSpace = true;
          }
        } else {
          collapsed.append(c);
          afterSpace = false;
        }
      }
      if (collapsed.isEmpty()) {
        return;
      }
      nodes.add(Adf.text(collapsed.toString(), allowed(marks).toArray(JsonObject[]::new)));
    }

    private List<JsonObject> allowed(List<JsonObject> marks) {
      boolean code = marks.stream().anyMatch(mark -> mark.get("type").getAsString().equals("code"));
      if (!code) {
        return marks;
      }
      return marks.stream().filter(mark -> Set.of("code", "link").contains(mark.get("type").getAsString()))
          .toList();
    }

    private List<JsonObject> with(List<JsonObject> marks, JsonObject mark) {
      String type = mark.get("type").getAsString();
      if (marks.stream().anyMatch(existing -> existing.get("type").getAsString().equals(type))) {
        return marks;
      }
      List<JsonObject> extended = new ArrayList<>(marks);
      extended.add(mark);
      return extended;
    }
  }
}
