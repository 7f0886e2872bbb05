package io.github.atlassianmcp.adf;

import static io.github.atlassianmcp.adf.AdfJson.attr;
import static io.github.atlassianmcp.adf.AdfJson.content;
import static io.github.atlassianmcp.adf.AdfJson.hasText;
import static io.github.atlassianmcp.adf.AdfJson.type;

import com.google.gson.JsonObject;
import io.github.atlassianmcp.adf.markdown.Callouts;
import io.github.atlassianmcp.adf.markdown.Inline;
import io.github.atlassianmcp.adf.markdown.InlineMarkdown;
import io.github.atlassianmcp.adf.markdown.InlineMarkdown.Breaks;
import io.github.atlassianmcp.adf.markdown.Mark;
import io.github.atlassianmcp.adf.markdown.MarkdownTable;
import io.github.atlassianmcp.adf.markdown.MarkdownText;
import io.github.atlassianmcp.adf.markdown.MarkdownWriter;
import java.util.ArrayList;
import java.util.List;

/** Writes ADF block nodes through a {@link MarkdownWriter}. One instance per conversion. */
final class AdfBlocks {

  /** Deeper than this, a node is written as its plain text (the stack stays safe on hostile input). */
  private static final int MAX_DEPTH = 40;
  private static final int MAX_ORDER = 999_999_000;

  private final MarkdownWriter writer;
  private final boolean inTableCell;

  AdfBlocks(MarkdownWriter writer, boolean inTableCell) {
    this.writer = writer;
    this.inTableCell = inTableCell;
  }

  /** Writes the children of {@code parent}; runs of inline children become paragraphs. */
  void children(JsonObject parent, int depth) {
    List<JsonObject> inlineRun = new ArrayList<>();
    for (JsonObject child : content(parent)) {
      if (AdfJson.isInline(child)) {
        inlineRun.add(child);
        continue;
      }
      paragraph(inlineRun);
      inlineRun.clear();
      block(child, depth + 1);
    }
    paragraph(inlineRun);
  }

  void block(JsonObject node, int depth) {
    if (depth > MAX_DEPTH) {
      writer.paragraph(MarkdownText.escape(AdfJson.plainText(node), false));
      return;
    }
    String type = type(node);
    switch (type == null ? "" : type) {
      case "paragraph", "caption" -> paragraph(content(node));
      case "heading" -> heading(node);
      case "bulletList", "orderedList" -> list(node, depth);
      case "taskList" -> taskList(node, depth);
      case "decisionList" -> decisionList(node, depth);
      case "codeBlock" -> writer.codeBlock(attr(node, "language"), AdfJson.codeText(node));
      case "blockquote" -> quote(null, node, depth);
      case "panel" -> quote(Callouts.lead(attr(node, "panelType")), node, depth);
      case "rule" -> writer.rule();
      case "expand", "nestedExpand" -> expand(node, depth);
      case "table" -> table(node, depth);
      case "mediaSingle" -> mediaSingle(node);
      case "mediaGroup", "media" -> mediaGroup(node);
      case "blockCard", "embedCard" -> inlines(List.of(AdfInlines.card(node, List.of())));
      case "extension" -> inlines(List.of(AdfInlines.extension(node, List.of())));
      case "syncBlock" -> inlines(List.of(AdfInlines.bracketed("synced content", List.of())));
      default -> unknown(node, depth);
    }
  }

  /** Containers we do not know (doc, layouts, bodied extensions, sync blocks...) give their content. */
  private void unknown(JsonObject node, int depth) {
    if (AdfJson.isInline(node)) {
      paragraph(List.of(node));
    } else if (!content(node).isEmpty()) {
      children(node, depth);
    } else {
      String text = attr(node, "text");
      if (hasText(text)) {
        inlines(List.of(new Inline.Text(text, List.of())));
      }
    }
  }

  private void paragraph(List<JsonObject> inlineNodes) {
    if (!inlineNodes.isEmpty()) {
      inlines(AdfInlines.collect(inlineNodes));
    }
  }

  private void inlines(List<Inline> runs) {
    writer.paragraph(InlineMarkdown.render(runs, inTableCell ? Breaks.HTML : Breaks.HARD));
  }

  private void heading(JsonObject node) {
    if (inTableCell) {
      inlines(AdfInlines.collect(content(node), List.of(Mark.STRONG)));
      return;
    }
    int level = (int) AdfJson.number(node, "level", 1);
    writer.heading(level, InlineMarkdown.render(AdfInlines.collect(content(node)), Breaks.SPACE));
  }

  private void list(JsonObject node, int depth) {
    boolean ordered = "orderedList".equals(type(node));
    long number = Math.max(0, Math.min(MAX_ORDER, (long) AdfJson.number(node, "order", 1)));
    List<JsonObject> items = content(node);
    char marker = writer.startList(ordered, (!ordered || number == 1) && !items.isEmpty() && !isEmpty(items.get(0)));
    for (JsonObject item : items) {
      writer.openListItem(ordered ? number++ + String.valueOf(marker) + " " : marker + " ");
      itemContent(item, depth);
      writer.close();
    }
  }

  /** Whether a list item has nothing to show (an empty list item cannot interrupt a paragraph). */
  private static boolean isEmpty(JsonObject item) {
    List<JsonObject> children = content(item);
    return children.isEmpty()
        || (children.size() == 1 && "paragraph".equals(type(children.get(0))) && content(children.get(0)).isEmpty());
  }

  /** A list item's blocks, or the item itself when a list holds something other than items. */
  private void itemContent(JsonObject item, int depth) {
    if ("listItem".equals(type(item)) || "blockTaskItem".equals(type(item))) {
      children(item, depth + 1);
    } else if ("taskItem".equals(type(item)) || "decisionItem".equals(type(item))) {
      paragraph(content(item));
    } else {
      block(item, depth + 1);
    }
  }

  /** Task items as checkboxes; a task list nested in a task list belongs to the item before it. */
  private void taskList(JsonObject node, int depth) {
    char marker = writer.startList(false, true);
    List<JsonObject> children = content(node);
    for (int i = 0; i < children.size(); i++) {
      JsonObject child = children.get(i);
      if ("taskList".equals(type(child))) {
        taskList(child, depth + 1);
        continue;
      }
      writer.openListItem(marker + ("DONE".equals(attr(child, "state")) ? " [x] " : " [ ] "));
      itemContent(child, depth);
      while (i + 1 < children.size() && "taskList".equals(type(children.get(i + 1)))) {
        taskList(children.get(++i), depth + 1);
      }
      writer.close();
    }
  }

  private void decisionList(JsonObject node, int depth) {
    char marker = writer.startList(false, true);
    for (JsonObject item : content(node)) {
      writer.openListItem(marker + " ");
      writer.lead("DECIDED".equals(attr(item, "state")) ? "**Decision:**" : "**Undecided:**");
      itemContent(item, depth);
      writer.close();
    }
  }

  private void quote(String lead, JsonObject node, int depth) {
    writer.openQuote();
    if (lead != null) {
      writer.lead(lead);
    }
    children(node, depth);
    writer.close();
  }

  private void expand(JsonObject node, int depth) {
    String title = attr(node, "title");
    if (hasText(title)) {
      inlines(List.of(new Inline.Text(title.strip(), List.of(Mark.STRONG))));
    }
    children(node, depth);
  }

  private void mediaSingle(JsonObject node) {
    List<Inline> runs = new ArrayList<>();
    for (JsonObject child : content(node)) {
      if ("caption".equals(type(child))) {
        runs.add(new Inline.Text(" ", List.of()));
        runs.addAll(AdfInlines.collect(content(child), List.of(Mark.EM)));
      } else {
        runs.add(AdfInlines.media(child, List.of()));
      }
    }
    inlines(runs);
  }

  private void mediaGroup(JsonObject node) {
    List<JsonObject> media = "media".equals(type(node)) ? List.of(node) : content(node);
    List<Inline> runs = new ArrayList<>();
    for (JsonObject item : media) {
      if (!runs.isEmpty()) {
        runs.add(new Inline.Text(" ", List.of()));
      }
      runs.add(AdfInlines.media(item, List.of()));
    }
    inlines(runs);
  }

  private void table(JsonObject node, int depth) {
    MarkdownTable table = new MarkdownTable();
    for (JsonObject row : content(node)) {
      List<MarkdownTable.Cell> cells = new ArrayList<>();
      for (JsonObject cell : content(row)) {
        cells.add(new MarkdownTable.Cell(cellMarkdown(cell, depth),
            (int) AdfJson.number(cell, "colspan", 1), (int) AdfJson.number(cell, "rowspan", 1),
            "tableHeader".equals(type(cell))));
      }
      table.addRow(cells);
    }
    writer.lines(table.lines());
  }

  private static String cellMarkdown(JsonObject cell, int depth) {
    MarkdownWriter cellWriter = new MarkdownWriter();
    new AdfBlocks(cellWriter, true).children(cell, depth + 1);
    return MarkdownTable.oneLine(cellWriter.result());
  }
}
