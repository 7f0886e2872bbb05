package io.github.atlassianmcp.server.format.storage;

import io.github.atlassianmcp.adf.markdown.TaskListSyntax;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.ext.gfm.tables.TableRow;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.BulletList;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.LinkReferenceDefinition;
import org.commonmark.node.ListBlock;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.OrderedList;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.node.Text;
import org.commonmark.node.ThematicBreak;

/**
 * Writes commonmark's blocks as storage format the way Confluence's editor does: paragraphs in list items and
 * table cells, the code macro with its language for code blocks, {@code ac:task-list} for GFM task lists, and
 * the info/note/warning/tip macros for callouts, written either GitHub's way ({@code > [!NOTE] Optional title})
 * or the way reading shows panels ({@code > **Note:** text}, {@code > **Note: Title**}). A paragraph that is
 * only a placeholder stands between blocks, as the element it stands for did. One instance per document.
 */
final class StorageBlockWriter {

  private static final int MAX_DEPTH = 40;
  private static final Pattern ALERT = Pattern.compile("\\[!([A-Za-z]+)]\\s*(.*)");
  private static final Pattern LEAD = Pattern.compile("(Info|Note|Tip|Warning|Error|Success):\\s*(.*)");
  private static final Map<String, String> ALERTS = Map.of("note", "note", "info", "info", "tip", "tip",
      "warning", "warning", "important", "info", "caution", "warning", "success", "tip", "error", "warning");

  private final Originals originals;
  private final StorageInlineWriter inlines;
  private int taskId;

  StorageBlockWriter(Originals originals, int firstTaskId) {
    this.originals = originals;
    this.inlines = new StorageInlineWriter(originals);
    this.taskId = firstTaskId - 1;
  }

  void blocks(Node parent, StringBuilder out, int depth) {
    for (Node child = parent.getFirstChild(); child != null; child = child.getNext()) {
      block(child, out, depth + 1);
    }
  }

  private void block(Node node, StringBuilder out, int depth) {
    if (depth > MAX_DEPTH) {
      out.append("<p>").append(StorageXml.text(StorageInlineWriter.plainText(node))).append("</p>");
    } else if (node instanceof Paragraph paragraph) {
      paragraph(paragraph, out);
    } else if (node instanceof Heading heading) {
      int level = Math.max(1, Math.min(6, heading.getLevel()));
      out.append("<h").append(level).append('>').append(inlines.write(heading)).append("</h").append(level)
          .append('>');
    } else if (node instanceof ListBlock list) {
      if (TaskListSyntax.isTaskList(list)) {
        taskList(list, out);
      } else {
        list(list, out, depth);
      }
    } else if (node instanceof FencedCodeBlock fenced) {
      code(language(fenced.getInfo()), fenced.getLiteral(), out);
    } else if (node instanceof IndentedCodeBlock indented) {
      code("", indented.getLiteral(), out);
    } else if (node instanceof BlockQuote quote) {
      quote(quote, out, depth);
    } else if (node instanceof ThematicBreak) {
      out.append("<hr />");
    } else if (node instanceof HtmlBlock html) {
      // Raw HTML is not storage format; it stays visible as text.
      out.append("<p>").append(StorageXml.text(html.getLiteral().strip()).replace("\n", "<br />")).append("</p>");
    } else if (node instanceof TableBlock) {
      table(node, out);
    } else if (!(node instanceof LinkReferenceDefinition)) {
      blocks(node, out, depth);
    }
  }

  private void paragraph(Paragraph paragraph, StringBuilder out) {
    Optional<String> placeholder = StorageInlineWriter.onlyPlaceholder(paragraph);
    if (placeholder.isPresent()) {
      Optional<Originals.Original> element = originals.take(placeholder.get())
          .or(() -> NewElements.of(placeholder.get()));
      if (element.isPresent()) {
        // An element that stood inside a line goes back into one; a block stands on its own.
        out.append(element.get().inline() ? "<p>" + element.get().storage() + "</p>" : element.get().storage());
        return;
      }
    }
    String content = inlines.write(paragraph);
    if (!content.isBlank()) {
      out.append("<p>").append(content).append("</p>");
    }
  }

  private void list(ListBlock list, StringBuilder out, int depth) {
    String tag = list instanceof BulletList ? "ul" : "ol";
    out.append('<').append(tag);
    if (list instanceof OrderedList ordered && ordered.getMarkerStartNumber() != null
        && ordered.getMarkerStartNumber() != 1) {
      out.append(" start=\"").append(ordered.getMarkerStartNumber()).append('"');
    }
    out.append('>');
    for (Node item = list.getFirstChild(); item != null; item = item.getNext()) {
      out.append("<li>");
      if (item instanceof ListItem) {
        blocks(item, out, depth);
      }
      out.append("</li>");
    }
    out.append("</").append(tag).append('>');
  }

  /** A task list: each item's checkbox becomes its status, nested task lists follow their task. */
  private void taskList(ListBlock list, StringBuilder out) {
    out.append("<ac:task-list>");
    for (Node item = list.getFirstChild(); item != null; item = item.getNext()) {
      Paragraph paragraph = (Paragraph) item.getFirstChild();
      boolean done = TaskListSyntax.isDone(paragraph);
      out.append("<ac:task><ac:task-id>").append(++taskId).append("</ac:task-id><ac:task-status>")
          .append(done ? "complete" : "incomplete").append("</ac:task-status><ac:task-body>")
          .append(inlines.writeSkipping(paragraph, TaskListSyntax.CHECKBOX_LENGTH))
          .append("</ac:task-body></ac:task>");
      for (Node nested = paragraph.getNext(); nested != null; nested = nested.getNext()) {
        taskList((ListBlock) nested, out);
      }
    }
    out.append("</ac:task-list>");
  }

  private static void code(String language, String literal, StringBuilder out) {
    String code = literal.endsWith("\n") ? literal.substring(0, literal.length() - 1) : literal;
    out.append("<ac:structured-macro ac:name=\"code\" ac:schema-version=\"1\">");
    if (!language.isEmpty()) {
      out.append("<ac:parameter ac:name=\"language\">").append(StorageXml.text(language)).append("</ac:parameter>");
    }
    out.append("<ac:plain-text-body>").append(StorageXml.cdata(code)).append("</ac:plain-text-body>")
        .append("</ac:structured-macro>");
  }

  private static String language(String info) {
    String clean = info == null ? "" : StorageXml.allowed(info).strip();
    int space = clean.indexOf(' ');
    return (space < 0 ? clean : clean.substring(0, space)).toLowerCase(Locale.ROOT);
  }

  /** A callout becomes a panel macro; any other quote stays a quote. */
  private void quote(BlockQuote quote, StringBuilder out, int depth) {
    Optional<Panel> panel = panel(quote);
    if (panel.isEmpty()) {
      out.append("<blockquote>");
      blocks(quote, out, depth);
      out.append("</blockquote>");
      return;
    }
    out.append("<ac:structured-macro ac:name=\"").append(panel.get().macro()).append("\" ac:schema-version=\"1\">");
    if (!panel.get().title().isEmpty()) {
      out.append("<ac:parameter ac:name=\"title\">").append(StorageXml.text(panel.get().title()))
          .append("</ac:parameter>");
    }
    out.append("<ac:rich-text-body>");
    blocks(quote, out, depth);
    out.append("</ac:rich-text-body></ac:structured-macro>");
  }

  private record Panel(String macro, String title) {}

  /**
   * The panel a quote asks for, with its marker removed from the first paragraph: {@code [!NOTE] Title} on the
   * first line, or a bold {@code Note:} lead (reading's form) with an optional title inside the bold.
   */
  private static Optional<Panel> panel(BlockQuote quote) {
    if (!(quote.getFirstChild() instanceof Paragraph first)) {
      return Optional.empty();
    }
    if (first.getFirstChild() instanceof Text text) {
      Matcher alert = ALERT.matcher(firstLine(first));
      if (alert.matches() && ALERTS.containsKey(alert.group(1).toLowerCase(Locale.ROOT))) {
        removeFirstLine(first, text);
        return Optional.of(new Panel(ALERTS.get(alert.group(1).toLowerCase(Locale.ROOT)), alert.group(2).strip()));
      }
    }
    if (first.getFirstChild() instanceof StrongEmphasis lead) {
      Matcher matcher = LEAD.matcher(StorageInlineWriter.plainText(lead));
      if (matcher.matches()) {
        String title = matcher.group(2) == null ? "" : matcher.group(2).strip();
        Node after = lead.getNext();
        lead.unlink();
        if (after instanceof Text space && space.getLiteral().isBlank()) {
          space.unlink();
        } else if (after instanceof Text rest) {
          rest.setLiteral(rest.getLiteral().stripLeading());
        } else if (after instanceof SoftLineBreak || after instanceof HardLineBreak) {
          after.unlink();
        }
        if (first.getFirstChild() == null) {
          first.unlink();
        }
        return Optional.of(new Panel(ALERTS.get(matcher.group(1).toLowerCase(Locale.ROOT)), title));
      }
    }
    return Optional.empty();
  }

  /** The text of a paragraph up to its first line break. */
  private static String firstLine(Paragraph paragraph) {
    StringBuilder line = new StringBuilder();
    for (Node node = paragraph.getFirstChild(); node instanceof Text text; node = node.getNext()) {
      line.append(text.getLiteral());
    }
    return line.toString().strip();
  }

  /** Removes the first line of a paragraph (the alert marker), and the paragraph if nothing else is left. */
  private static void removeFirstLine(Paragraph paragraph, Text first) {
    Node node = first;
    while (node instanceof Text) {
      Node next = node.getNext();
      node.unlink();
      node = next;
    }
    if (node instanceof SoftLineBreak || node instanceof HardLineBreak) {
      node.unlink();
    }
    if (paragraph.getFirstChild() == null) {
      paragraph.unlink();
    }
  }

  private void table(Node table, StringBuilder out) {
    out.append("<table data-layout=\"default\"><tbody>");
    for (Node section = table.getFirstChild(); section != null; section = section.getNext()) {
      for (Node row = section.getFirstChild(); row != null; row = row.getNext()) {
        if (row instanceof TableRow) {
          out.append("<tr>");
          for (Node cell = row.getFirstChild(); cell != null; cell = cell.getNext()) {
            if (cell instanceof TableCell tableCell) {
              cell(tableCell, out);
            }
          }
          out.append("</tr>");
        }
      }
    }
    out.append("</tbody></table>");
  }

  private void cell(TableCell cell, StringBuilder out) {
    String tag = cell.isHeader() ? "th" : "td";
    String align = switch (cell.getAlignment() == null ? TableCell.Alignment.LEFT : cell.getAlignment()) {
      case CENTER -> " style=\"text-align: center;\"";
      case RIGHT -> " style=\"text-align: right;\"";
      default -> "";
    };
    out.append('<').append(tag).append("><p").append(align).append('>').append(inlines.write(cell))
        .append("</p></").append(tag).append('>');
  }
}
