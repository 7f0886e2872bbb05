package io.github.atlassianmcp.adf;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import io.github.atlassianmcp.adf.text.UntrustedText;
import java.util.ArrayList;
import java.util.List;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.ext.gfm.tables.TableRow;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.BulletList;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.LinkReferenceDefinition;
import org.commonmark.node.ListBlock;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.OrderedList;
import org.commonmark.node.Paragraph;
import org.commonmark.node.ThematicBreak;

/**
 * Maps commonmark's block tree to ADF blocks. The schema allows fewer blocks inside quotes and list items
 * than at the top of a document, so there headings become bold paragraphs, nested quotes give their content,
 * tables give one paragraph per row and rules are left out. Every list item starts with a paragraph. A bullet
 * list whose items all start with a checkbox ({@code - [ ]}, {@code - [x]}) becomes a task list. One instance
 * per document.
 */
final class AdfBlockBuilder {

  /** Deeper than this, a block becomes a paragraph of its text (the stack stays safe on hostile input). */
  private static final int MAX_DEPTH = 40;

  /** Where blocks are placed; the schema allows different children in each. */
  private enum Container { ROOT, QUOTE, LIST_ITEM }

  private final AdfInlineBuilder inlines;
  private final TaskLists taskLists;

  AdfBlockBuilder(Mentions mentions) {
    this.inlines = new AdfInlineBuilder(mentions);
    this.taskLists = new TaskLists(inlines);
  }

  JsonObject document(Node root) {
    return AdfNodes.doc(blocks(root, Container.ROOT, 0));
  }

  /** The ADF blocks for the children of {@code parent}, placed in {@code container}. */
  private JsonArray blocks(Node parent, Container container, int depth) {
    JsonArray out = new JsonArray();
    for (Node child = parent.getFirstChild(); child != null; child = child.getNext()) {
      add(child, container, depth + 1, out);
    }
    return out;
  }

  private void add(Node node, Container container, int depth, JsonArray out) {
    boolean atRoot = container == Container.ROOT;
    if (depth > MAX_DEPTH) {
      addParagraph(textContent(AdfInlineBuilder.plainText(node)), out);
    } else if (node instanceof Paragraph) {
      addParagraph(inlines.of(node), out);
    } else if (node instanceof Heading heading) {
      if (atRoot) {
        out.add(AdfNodes.heading(heading.getLevel(), inlines.of(heading)));
      } else {
        addParagraph(inlines.of(heading, "strong"), out);
      }
    } else if (node instanceof ListBlock list) {
      out.add(container != Container.QUOTE && taskLists.isTaskList(list) ? taskLists.taskList(list)
          : list(list, depth));
    } else if (node instanceof FencedCodeBlock fenced) {
      out.add(AdfNodes.codeBlock(language(fenced.getInfo()), code(fenced.getLiteral())));
    } else if (node instanceof IndentedCodeBlock indented) {
      out.add(AdfNodes.codeBlock(null, code(indented.getLiteral())));
    } else if (node instanceof BlockQuote) {
      quote(node, container, depth, out);
    } else if (node instanceof ThematicBreak) {
      if (atRoot) {
        out.add(AdfNodes.node("rule", null));
      }
    } else if (node instanceof HtmlBlock html) {
      addParagraph(textContent(html.getLiteral()), out);
    } else if (node instanceof TableBlock) {
      if (atRoot) {
        out.add(table(node));
      } else {
        tableRows(node, out);
      }
    } else if (!(node instanceof LinkReferenceDefinition)) {
      for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
        add(child, container, depth + 1, out);
      }
    }
  }

  private void quote(Node quote, Container container, int depth, JsonArray out) {
    if (container != Container.ROOT) {
      // A quote may not hold a quote (nor may a list item): its content joins the enclosing block.
      for (Node child = quote.getFirstChild(); child != null; child = child.getNext()) {
        add(child, container, depth + 1, out);
      }
      return;
    }
    JsonArray content = blocks(quote, Container.QUOTE, depth);
    if (!content.isEmpty()) {
      out.add(AdfNodes.node("blockquote", content));
    }
  }

  private JsonObject list(ListBlock list, int depth) {
    JsonArray items = new JsonArray();
    for (Node item = list.getFirstChild(); item != null; item = item.getNext()) {
      JsonArray content = item instanceof ListItem ? blocks(item, Container.LIST_ITEM, depth) : new JsonArray();
      if (content.isEmpty() || !"paragraph".equals(content.get(0).getAsJsonObject().get("type").getAsString())) {
        JsonArray withParagraph = new JsonArray();
        withParagraph.add(AdfNodes.paragraph(new JsonArray()));
        withParagraph.addAll(content);
        content = withParagraph;
      }
      items.add(AdfNodes.node("listItem", content));
    }
    if (list instanceof BulletList) {
      return AdfNodes.node("bulletList", items);
    }
    return AdfNodes.orderedList(((OrderedList) list).getMarkerStartNumber(), items);
  }

  private JsonObject table(Node table) {
    JsonArray rows = new JsonArray();
    forEachRow(table, row -> {
      JsonArray cells = new JsonArray();
      for (Node cell = row.getFirstChild(); cell != null; cell = cell.getNext()) {
        if (cell instanceof TableCell tableCell) {
          cells.add(cell(tableCell));
        }
      }
      rows.add(AdfNodes.node("tableRow", cells));
    });
    return AdfNodes.node("table", rows);
  }

  private JsonObject cell(TableCell cell) {
    JsonObject paragraph = AdfNodes.paragraph(inlines.of(cell));
    TableCell.Alignment alignment = cell.getAlignment();
    if (alignment == TableCell.Alignment.CENTER || alignment == TableCell.Alignment.RIGHT) {
      JsonArray marks = new JsonArray();
      marks.add(AdfNodes.alignment(alignment == TableCell.Alignment.CENTER ? "center" : "end"));
      paragraph.add("marks", marks);
    }
    JsonArray content = new JsonArray();
    content.add(paragraph);
    return AdfNodes.node(cell.isHeader() ? "tableHeader" : "tableCell", content);
  }

  /** A table where ADF allows none: one paragraph per row, cells separated by a pipe. */
  private void tableRows(Node table, JsonArray out) {
    forEachRow(table, row -> {
      List<Node> cells = new ArrayList<>();
      for (Node cell = row.getFirstChild(); cell != null; cell = cell.getNext()) {
        cells.add(cell);
      }
      addParagraph(inlines.joined(cells, " | "), out);
    });
  }

  private static void forEachRow(Node table, java.util.function.Consumer<TableRow> action) {
    for (Node section = table.getFirstChild(); section != null; section = section.getNext()) {
      for (Node row = section.getFirstChild(); row != null; row = row.getNext()) {
        if (row instanceof TableRow tableRow) {
          action.accept(tableRow);
        }
      }
    }
  }

  private static void addParagraph(JsonArray content, JsonArray out) {
    if (!content.isEmpty()) {
      out.add(AdfNodes.paragraph(content));
    }
  }

  /** Literal text as inline content, its lines separated by hard breaks; blank lines are left out. */
  static JsonArray textContent(String literal) {
    JsonArray content = new JsonArray();
    String[] lines = UntrustedText.clean(literal).strip().split("\n");
    for (String line : lines) {
      if (line.isBlank()) {
        continue;
      }
      if (!content.isEmpty()) {
        content.add(AdfNodes.hardBreak());
      }
      content.add(AdfNodes.text(line, null));
    }
    return content;
  }

  private static String language(String info) {
    String clean = info == null ? "" : UntrustedText.clean(info).strip();
    int space = clean.indexOf(' ');
    return space < 0 ? clean : clean.substring(0, space);
  }

  private static String code(String literal) {
    String clean = UntrustedText.clean(literal);
    return clean.endsWith("\n") ? clean.substring(0, clean.length() - 1) : clean;
  }
}
