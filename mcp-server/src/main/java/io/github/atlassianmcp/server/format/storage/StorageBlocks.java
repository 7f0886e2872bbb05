package io.github.atlassianmcp.server.format.storage;

import io.github.atlassianmcp.adf.markdown.Callouts;
import io.github.atlassianmcp.adf.markdown.Inline;
import io.github.atlassianmcp.adf.markdown.InlineMarkdown;
import io.github.atlassianmcp.adf.markdown.InlineMarkdown.Breaks;
import io.github.atlassianmcp.adf.markdown.Mark;
import io.github.atlassianmcp.adf.markdown.MarkdownTable;
import io.github.atlassianmcp.adf.markdown.MarkdownText;
import io.github.atlassianmcp.adf.markdown.MarkdownWriter;
import io.github.atlassianmcp.adf.text.UntrustedText;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;

/**
 * Writes storage-format blocks (XHTML and {@code ac:} macros) through a {@link MarkdownWriter}. Content that
 * mixes text and blocks is split into paragraphs around the blocks. One instance per conversion.
 */
final class StorageBlocks {

  /** Deeper than this, an element is written as its plain text (the stack stays safe on hostile input). */
  private static final int MAX_DEPTH = 40;
  private static final Pattern TEXT_ALIGN = Pattern.compile("(?i)text-align\\s*:\\s*(left|center|right)");

  private static final Set<String> BLOCK_TAGS = Set.of("p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "ul",
      "ol", "li", "table", "blockquote", "pre", "hr", "section", "article", "header", "footer", "aside", "nav",
      "main", "figure", "dl", "dt", "dd", "ac:layout", "ac:layout-section", "ac:layout-cell", "ac:task-list",
      "ac:rich-text-body", "ac:plain-text-body", "ac:adf-extension", "ac:adf-fallback", "ac:adf-content");

  /** Macros that belong inside a line of text. */
  private static final Set<String> INLINE_MACROS = Set.of("status", "jira", "anchor");

  /** Elements whose children are a line of text, where a macro stands inline. */
  private static final Set<String> INLINE_CONTEXTS = Set.of("p", "h1", "h2", "h3", "h4", "h5", "h6", "dt", "dd");

  private final MarkdownWriter writer;
  private final boolean inTableCell;

  StorageBlocks(MarkdownWriter writer, boolean inTableCell) {
    this.writer = writer;
    this.inTableCell = inTableCell;
  }

  /** Writes the children of {@code parent}: blocks as blocks, runs of inline content as paragraphs. */
  void children(Element parent, int depth) {
    if (depth > MAX_DEPTH) {
      writer.paragraph(MarkdownText.escape(UntrustedText.clean(parent.text()), false));
      return;
    }
    StorageInlines inline = new StorageInlines();
    boolean inlineContext = INLINE_CONTEXTS.contains(parent.normalName());
    for (Node child : parent.childNodes()) {
      if (child instanceof Element element && isBlock(element, inlineContext)) {
        paragraph(inline.take());
        block(element, depth + 1);
      } else {
        inline.add(child, List.of(), 0);
      }
    }
    paragraph(inline.take());
  }

  /**
   * A macro is a block unless it belongs in a line (status, Jira) or stands in one: a macro inside a paragraph
   * reads as a placeholder in that paragraph, so a rewrite puts it back inside it.
   */
  private static boolean isBlock(Element element, boolean inlineContext) {
    if (Storage.isMacro(element)) {
      String name = Storage.macroName(element);
      return !INLINE_MACROS.contains(name) && !(inlineContext && Placeholder.of(element).isPresent());
    }
    if (element.normalName().equals("ac:image")) {
      return !inlineContext && Placeholder.of(element).isPresent();
    }
    return BLOCK_TAGS.contains(element.normalName());
  }

  private void block(Element element, int depth) {
    String name = element.normalName();
    switch (name) {
      case "h1", "h2", "h3", "h4", "h5", "h6" -> heading(name.charAt(1) - '0', element);
      case "ul", "ol" -> list(element, depth);
      case "table" -> table(element, depth);
      case "blockquote" -> quote(null, element, depth);
      case "pre", "ac:plain-text-body" -> writer.codeBlock(null, UntrustedText.clean(element.wholeText()));
      case "hr" -> writer.rule();
      case "dt" -> paragraph(inlines(element, List.of(Mark.STRONG)));
      case "ac:task-list" -> taskList(element, depth);
      case "ac:structured-macro", "ac:macro" -> macro(element, depth);
      case "ac:adf-extension", "ac:image" -> placeholder(element);
      case "ac:layout-section" -> layoutSection(element, depth);
      default -> children(element, depth);
    }
  }

  private void paragraph(List<Inline> runs) {
    if (!runs.isEmpty()) {
      writer.paragraph(InlineMarkdown.render(runs, inTableCell ? Breaks.HTML : Breaks.HARD));
    }
  }

  private static List<Inline> inlines(Element element, List<Mark> marks) {
    StorageInlines inline = new StorageInlines();
    for (Node child : element.childNodes()) {
      inline.add(child, marks, 0);
    }
    return inline.take();
  }

  private void heading(int level, Element heading) {
    if (inTableCell) {
      paragraph(inlines(heading, List.of(Mark.STRONG)));
    } else {
      writer.heading(level, InlineMarkdown.render(inlines(heading, List.of()), Breaks.SPACE));
    }
  }

  /** A list; a list nested directly in a list (common in storage) belongs to the item before it. */
  private void list(Element list, int depth) {
    boolean ordered = list.normalName().equals("ol");
    long number = start(list);
    List<Element> children = list.children();
    boolean firstEmpty = children.isEmpty()
        || (children.get(0).text().isBlank() && children.get(0).children().isEmpty());
    char marker = writer.startList(ordered, (!ordered || number == 1) && !firstEmpty);
    for (int i = 0; i < children.size(); i++) {
      Element child = children.get(i);
      if (isList(child)) {
        list(child, depth + 1);
        continue;
      }
      writer.openListItem(ordered ? number++ + String.valueOf(marker) + " " : marker + " ");
      children(child, depth + 1);
      while (i + 1 < children.size() && isList(children.get(i + 1))) {
        list(children.get(++i), depth + 1);
      }
      writer.close();
    }
  }

  private static boolean isList(Element element) {
    return element.normalName().equals("ul") || element.normalName().equals("ol");
  }

  private static long start(Element list) {
    try {
      return Math.max(0, Math.min(999_999_000L, Long.parseLong(list.attr("start").strip())));
    } catch (NumberFormatException absent) {
      return 1;
    }
  }

  private void taskList(Element taskList, int depth) {
    char marker = writer.startList(false, true);
    for (Element child : taskList.children()) {
      if (child.normalName().equals("ac:task-list")) {
        taskList(child, depth + 1);
      } else if (child.normalName().equals("ac:task")) {
        Element status = Storage.child(child, "ac:task-status");
        boolean done = status != null && status.text().strip().equalsIgnoreCase("complete");
        writer.openListItem(marker + (done ? " [x] " : " [ ] "));
        Element body = Storage.child(child, "ac:task-body");
        if (body != null) {
          children(body, depth + 1);
        }
        writer.close();
      }
    }
  }

  private void quote(String lead, Element body, int depth) {
    writer.openQuote();
    if (lead != null) {
      writer.lead(lead);
    }
    if (body != null) {
      children(body, depth);
    }
    writer.close();
  }

  /** A panel with a title: the title on a line of its own, then the body. */
  private void titledQuote(String title, Element body, int depth) {
    writer.openQuote();
    writer.paragraph(title);
    if (body != null) {
      children(body, depth);
    }
    writer.close();
  }

  private void macro(Element macro, int depth) {
    String name = Storage.macroName(macro);
    Element body = Storage.child(macro, "ac:rich-text-body");
    String title = Storage.parameter(macro, "title");
    switch (name) {
      case "code", "noformat" -> {
        if (!title.isEmpty()) {
          boldLine(title);
        }
        String language = name.equals("code") ? Storage.parameter(macro, "language") : "";
        writer.codeBlock(language, Storage.plainTextBody(macro));
      }
      case "info", "note", "warning", "tip" -> {
        if (title.isEmpty()) {
          quote(Callouts.lead(name), body, depth);
        } else {
          titledQuote(Callouts.lead(name, MarkdownText.escape(title, false)), body, depth);
        }
      }
      case "panel" -> {
        if (title.isEmpty()) {
          quote(null, body, depth);
        } else {
          titledQuote("**" + MarkdownText.escape(title, false) + "**", body, depth);
        }
      }
      case "expand" -> expand(title, body, depth);
      default -> placeholder(macro);
    }
  }

  /**
   * An expand reads as its content between {@code {{expand Title}}} and {@code {{/expand}}}, lines a rewrite
   * turns back into the expand. In a table cell, which holds one line, it reads as its title and content.
   */
  private void expand(String title, Element body, int depth) {
    if (inTableCell) {
      boldLine(title.isEmpty() ? "Details" : title);
    } else {
      writer.paragraph("{{expand" + (title.isEmpty() ? "" : " " + token(title)) + "}}");
    }
    if (body != null) {
      children(body, depth);
    }
    if (!inTableCell) {
      writer.paragraph("{{/expand}}");
    }
  }

  /**
   * A layout section reads as {@code {{layout two_equal}}}, then {@code {{column}}} before each cell's content,
   * then {@code {{/layout}}}: the columns stay visible and a rewrite keeps them.
   */
  private void layoutSection(Element section, int depth) {
    if (inTableCell) {
      children(section, depth);
      return;
    }
    String type = token(Storage.attr(section, "ac:type"));
    writer.paragraph("{{layout" + (type.isEmpty() ? "" : " " + type) + "}}");
    for (Element cell : section.children()) {
      if (cell.normalName().equals("ac:layout-cell")) {
        writer.paragraph("{{column}}");
        children(cell, depth);
      }
    }
    writer.paragraph("{{/layout}}");
  }

  /** A macro or image markdown cannot express reads as its placeholder, e.g. {@code {{macro drawio}}}. */
  private void placeholder(Element element) {
    Placeholder.of(element).ifPresent(placeholder -> paragraph(List.of(new Inline.Markdown(
        "{{" + token(placeholder.text()) + "}}", List.of()))));
  }

  /** Text inside a token, escaped so markdown reads it back as the same characters. */
  static String token(String text) {
    return MarkdownText.escape(text, false);
  }

  private void boldLine(String text) {
    paragraph(List.of(new Inline.Text(text, List.of(Mark.STRONG))));
  }

  private void table(Element table, int depth) {
    MarkdownTable markdownTable = new MarkdownTable();
    for (Element row : rows(table)) {
      List<MarkdownTable.Cell> cells = new ArrayList<>();
      for (Element cell : row.children()) {
        if (cell.normalName().equals("td") || cell.normalName().equals("th")) {
          MarkdownWriter cellWriter = new MarkdownWriter();
          new StorageBlocks(cellWriter, true).children(cell, depth + 1);
          cells.add(new MarkdownTable.Cell(MarkdownTable.oneLine(cellWriter.result()), span(cell, "colspan"),
              span(cell, "rowspan"), cell.normalName().equals("th"), alignment(cell)));
        }
      }
      markdownTable.addRow(cells);
    }
    writer.lines(markdownTable.lines());
  }

  /**
   * A cell's alignment as Confluence writes it: {@code text-align} in the style of the cell or of its first
   * paragraph (what the editor and our writer do).
   */
  private static MarkdownTable.Alignment alignment(Element cell) {
    Element paragraph = cell.children().stream().filter(child -> child.normalName().equals("p")).findFirst()
        .orElse(null);
    Matcher align = TEXT_ALIGN.matcher(cell.attr("style") + ";" + (paragraph == null ? "" : paragraph.attr("style")));
    if (!align.find()) {
      return MarkdownTable.Alignment.NONE;
    }
    return switch (align.group(1).toLowerCase(Locale.ROOT)) {
      case "center" -> MarkdownTable.Alignment.CENTER;
      case "right" -> MarkdownTable.Alignment.RIGHT;
      default -> MarkdownTable.Alignment.LEFT;
    };
  }

  private static List<Element> rows(Element table) {
    List<Element> rows = new ArrayList<>();
    for (Element child : table.children()) {
      switch (child.normalName()) {
        case "tr" -> rows.add(child);
        case "thead", "tbody", "tfoot" -> child.children().stream()
            .filter(row -> row.normalName().equals("tr")).forEach(rows::add);
        default -> { }
      }
    }
    return rows;
  }

  private static int span(Element cell, String attribute) {
    try {
      return Integer.parseInt(cell.attr(attribute).strip());
    } catch (NumberFormatException absent) {
      return 1;
    }
  }
}
