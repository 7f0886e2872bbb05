package io.github.atlassianmcp.adf;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * Atlassian Document Format in one place: a typed builder whose documents are valid against Atlassian's ADF
 * schema, markdown to ADF, and ADF (in any form a client returns it) to markdown or plain text.
 *
 * <pre>{@code
 * import static io.github.atlassianmcp.adf.Adf.*;
 *
 * AdfDocument description = doc(
 *     heading(2, "Steps"),
 *     orderedList(item("Open the page"), item(paragraph(text("Run "), text("mvn -q").code()))),
 *     panel(PanelType.WARNING, paragraph("Production only")),
 *     paragraph(mention("5b10ac8d82e05b22cc7d4ef5", "Ana"), text(" please check")));
 * AdfDocument fromMarkdown = Adf.fromMarkdown("## Steps\n1. Open **the** page");
 * String markdown = Adf.toMarkdown(issue.getFields().getDescription());
 * }</pre>
 *
 * A block placed where the schema does not allow it (a heading in a list item, a table in a table cell) throws
 * {@link IllegalArgumentException} naming what may go there. Thread-safe; all values are immutable.
 */
public final class Adf {

  private static final Set<String> QUOTE_BLOCKS = Set.of("paragraph", "bulletList", "orderedList", "codeBlock");
  private static final Set<String> LIST_ITEM_BLOCKS =
      Set.of("paragraph", "bulletList", "orderedList", "taskList", "codeBlock");
  private static final Set<String> PANEL_BLOCKS =
      Set.of("paragraph", "heading", "bulletList", "orderedList", "codeBlock", "taskList", "rule");
  private static final Set<String> CELL_BLOCKS = Set.of("paragraph", "heading", "bulletList", "orderedList",
      "codeBlock", "taskList", "rule", "panel", "blockquote");

  private static final MarkdownToAdf MARKDOWN_TO_ADF = new MarkdownToAdf();
  private static final AdfToMarkdown ADF_TO_MARKDOWN = new AdfToMarkdown();
  private static final AdfToText ADF_TO_TEXT = new AdfToText();

  private Adf() {}

  // ---- documents and conversions

  /** A document of these blocks (none: an empty document, which Jira accepts as "no description"). */
  public static AdfDocument doc(Block... blocks) {
    return doc(Arrays.asList(blocks));
  }

  public static AdfDocument doc(List<Block> blocks) {
    return new AdfDocument(AdfNodes.doc(array(blocks)));
  }

  /**
   * The document for {@code markdown} (CommonMark with GFM tables, strikethrough and task lists; {@link
   * MarkdownToAdf}); an empty document for null or blank input.
   */
  public static AdfDocument fromMarkdown(String markdown) {
    return new AdfDocument(MARKDOWN_TO_ADF.convert(markdown));
  }

  /**
   * A document read from any form a client hands ADF over in: a generated model's {@code Object} field (maps
   * and lists), a Gson {@link JsonElement}, or JSON text. Not validated: what the site sent is kept as is.
   *
   * @throws IllegalArgumentException when {@code value} is not an ADF document
   */
  public static AdfDocument parse(Object value) {
    JsonElement json = AdfValues.json(value);
    JsonObject root = json.isJsonPrimitive() ? AdfValues.root(json) : json.isJsonObject() ? json.getAsJsonObject()
        : null;
    if (root == null || !"doc".equals(AdfJson.type(root))) {
      throw new IllegalArgumentException("Not an ADF document (an object with \"type\":\"doc\")");
    }
    return new AdfDocument(root.deepCopy());
  }

  /**
   * The markdown of an ADF value in any form ({@link #parse}'s, a node or list of nodes, or legacy plain
   * text); {@code ""} for null. Never throws on unknown or malformed content: unknown nodes give their text.
   */
  public static String toMarkdown(Object adf) {
    return ADF_TO_MARKDOWN.convert(AdfValues.json(adf));
  }

  /** The plain text of an ADF value in any form ({@link AdfToText}); {@code ""} for null. */
  public static String toText(Object adf) {
    return ADF_TO_TEXT.convert(AdfValues.json(adf));
  }

  // ---- blocks

  public static Block paragraph(Inline... content) {
    return new Block(AdfNodes.paragraph(array(Arrays.asList(content))));
  }

  /** A paragraph of plain text; an empty paragraph for {@code ""}. */
  public static Block paragraph(String text) {
    return text.isEmpty() ? paragraph() : paragraph(text(text));
  }

  /** A heading, level 1 to 6. */
  public static Block heading(int level, Inline... content) {
    if (level < 1 || level > 6) {
      throw new IllegalArgumentException("Heading level must be 1 to 6, got " + level);
    }
    return new Block(AdfNodes.heading(level, array(Arrays.asList(content))));
  }

  public static Block heading(int level, String text) {
    return heading(level, text(text));
  }

  public static Block bulletList(ListItem... items) {
    return new Block(AdfNodes.node("bulletList", nonEmpty("bulletList", items)));
  }

  /** A bullet list with one item per string. */
  public static Block bulletList(String... items) {
    return bulletList(Arrays.stream(items).map(Adf::item).toArray(ListItem[]::new));
  }

  public static Block orderedList(ListItem... items) {
    return orderedList(1, items);
  }

  /** An ordered list numbered from {@code start}. */
  public static Block orderedList(int start, ListItem... items) {
    if (start < 0) {
      throw new IllegalArgumentException("An ordered list starts at 0 or more, got " + start);
    }
    return new Block(AdfNodes.orderedList(start, nonEmpty("orderedList", items)));
  }

  /** A list item of plain text. */
  public static ListItem item(String text) {
    return item(paragraph(text));
  }

  /** A list item of one paragraph of these inlines. */
  public static ListItem item(Inline... content) {
    return item(paragraph(content));
  }

  /**
   * A list item: a paragraph first, then paragraphs, nested lists, task lists or code blocks.
   */
  public static ListItem item(Block... content) {
    if (content.length == 0 || !"paragraph".equals(content[0].type())) {
      throw new IllegalArgumentException("A list item starts with a paragraph");
    }
    return new ListItem(AdfNodes.node("listItem", placed("a list item", LIST_ITEM_BLOCKS, content)));
  }

  /** A code block; {@code language} (e.g. {@code "java"}) may be null. */
  public static Block codeBlock(String language, String code) {
    return new Block(AdfNodes.codeBlock(language, Objects.requireNonNull(code, "code")));
  }

  /** A quote of paragraphs, lists or code blocks. */
  public static Block quote(Block... content) {
    return new Block(AdfNodes.node("blockquote", placed("a quote", QUOTE_BLOCKS, nonEmptyBlocks(content))));
  }

  /** A panel (a coloured callout) of paragraphs, headings, lists, code blocks, task lists or rules. */
  public static Block panel(PanelType type, Block... content) {
    JsonObject panel = AdfNodes.node("panel", placed("a panel", PANEL_BLOCKS, nonEmptyBlocks(content)));
    panel.add("attrs", attrs("panelType", type.schemaName()));
    return new Block(panel);
  }

  /** A horizontal rule. */
  public static Block rule() {
    return new Block(AdfNodes.node("rule", null));
  }

  /** A table; give the first row {@link #header} cells for a header row. */
  public static Block table(TableRow... rows) {
    return new Block(AdfNodes.node("table", nonEmpty("table", rows)));
  }

  public static TableRow row(TableCell... cells) {
    return new TableRow(AdfNodes.node("tableRow", nonEmpty("tableRow", cells)));
  }

  /** A header cell of plain text. */
  public static TableCell header(String text) {
    return header(paragraph(text));
  }

  /** A header cell of blocks (any but tables). */
  public static TableCell header(Block... content) {
    return new TableCell(AdfNodes.node("tableHeader", placed("a table cell", CELL_BLOCKS, nonEmptyBlocks(content))));
  }

  /** A data cell of plain text. */
  public static TableCell cell(String text) {
    return cell(paragraph(text));
  }

  /** A data cell of blocks (any but tables). */
  public static TableCell cell(Block... content) {
    return new TableCell(AdfNodes.node("tableCell", placed("a table cell", CELL_BLOCKS, nonEmptyBlocks(content))));
  }

  /** A task list (action items with checkboxes). */
  public static Block taskList(TaskItem... tasks) {
    JsonObject list = AdfNodes.node("taskList", nonEmpty("taskList", tasks));
    list.add("attrs", attrs("localId", UUID.randomUUID().toString()));
    return new Block(list);
  }

  public static TaskItem task(boolean done, String text) {
    return task(done, text(text));
  }

  public static TaskItem task(boolean done, Inline... content) {
    JsonObject item = AdfNodes.node("taskItem", array(Arrays.asList(content)));
    JsonObject attrs = attrs("localId", UUID.randomUUID().toString());
    attrs.addProperty("state", done ? "DONE" : "TODO");
    item.add("attrs", attrs);
    return new TaskItem(item);
  }

  // ---- inlines

  /** Text, with marks added by its methods: {@code text("x").strong().link(url)}. Not empty. */
  public static Text text(String text) {
    return Text.of(text);
  }

  /** Linked text. */
  public static Text link(String text, String href) {
    return Text.of(text).link(href);
  }

  /**
   * A mention of a user by Atlassian account id; {@code displayName} is what readers see until their client
   * resolves the id ("@" is added when missing); may be null.
   */
  public static Inline mention(String accountId, String displayName) {
    JsonObject attrs = attrs("id", Objects.requireNonNull(accountId, "accountId"));
    if (displayName != null && !displayName.isEmpty()) {
      attrs.addProperty("text", displayName.startsWith("@") ? displayName : "@" + displayName);
    }
    return inline("mention", attrs);
  }

  /** An emoji by short name, e.g. {@code ":thumbsup:"} (colons added when missing). */
  public static Inline emoji(String shortName) {
    String name = shortName.startsWith(":") ? shortName : ":" + shortName + ":";
    return inline("emoji", attrs("shortName", name));
  }

  /** A date lozenge. */
  public static Inline date(LocalDate date) {
    long millis = date.atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli();
    return inline("date", attrs("timestamp", Long.toString(millis)));
  }

  /** A status lozenge, e.g. {@code status("IN REVIEW", StatusColor.BLUE)}. */
  public static Inline status(String text, StatusColor color) {
    if (text == null || text.isEmpty()) {
      throw new IllegalArgumentException("A status needs text");
    }
    JsonObject attrs = attrs("text", text);
    attrs.addProperty("color", color.schemaName());
    return inline("status", attrs);
  }

  /** A line break inside a paragraph. */
  public static Inline hardBreak() {
    return new Inline(AdfNodes.hardBreak());
  }

  /** A link shown as a card with the page's title and icon (a Jira issue, a Confluence page, any URL). */
  public static Inline inlineCard(String url) {
    return inline("inlineCard", attrs("url", Objects.requireNonNull(url, "url")));
  }

  // ---- helpers

  private static Inline inline(String type, JsonObject attrs) {
    JsonObject node = AdfNodes.node(type, null);
    node.add("attrs", attrs);
    return new Inline(node);
  }

  private static JsonObject attrs(String name, String value) {
    JsonObject attrs = new JsonObject();
    attrs.addProperty(name, value);
    return attrs;
  }

  private static JsonArray array(List<? extends AdfNode> nodes) {
    JsonArray array = new JsonArray(nodes.size());
    for (AdfNode node : nodes) {
      array.add(Objects.requireNonNull(node, "ADF node").toJson());
    }
    return array;
  }

  private static JsonArray nonEmpty(String type, AdfNode[] nodes) {
    if (nodes.length == 0) {
      throw new IllegalArgumentException("A " + type + " needs at least one child");
    }
    return array(Arrays.asList(nodes));
  }

  private static Block[] nonEmptyBlocks(Block[] blocks) {
    return blocks.length == 0 ? new Block[] {paragraph()} : blocks;
  }

  /** The blocks as JSON, after checking each may be placed in {@code where}. */
  private static JsonArray placed(String where, Set<String> allowed, Block[] blocks) {
    for (Block block : blocks) {
      if (!allowed.contains(Objects.requireNonNull(block, "block").type())) {
        throw new IllegalArgumentException("A " + block.type() + " cannot go in " + where + "; it takes "
            + String.join(", ", allowed.stream().sorted().toList()));
      }
    }
    return array(Arrays.asList(blocks));
  }
}
