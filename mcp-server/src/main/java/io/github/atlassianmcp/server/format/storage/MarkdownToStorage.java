package io.github.atlassianmcp.server.format.storage;

import java.util.List;
import java.util.Set;
import org.commonmark.ext.gfm.strikethrough.StrikethroughExtension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.Node;
import org.commonmark.parser.Parser;

/**
 * Converts markdown (what an agent writes for a Confluence page) to storage format, the XHTML Confluence keeps,
 * with commonmark-java and its GFM tables and strikethrough extensions: headings, emphasis, links, nested
 * lists, tables, code blocks as the code macro with their language, quotes, task lists, panels from callouts
 * ({@code > [!NOTE]}), expands and layouts from their frame lines, and placeholders ({@code {{...}}}) put back
 * as the elements they stand for (see {@link Originals}) or made anew. Every body it returns is well-formed XML.
 * Thread-safe.
 */
public final class MarkdownToStorage {

  private static final Set<String> LAYOUT_TYPES = Set.of("single", "two_equal", "two_left_sidebar",
      "two_right_sidebar", "three_equal", "three_with_sidebars");

  private final Parser parser = Parser.builder()
      .extensions(List.of(TablesExtension.create(),
          // One tilde is too common in prose ("~5 minutes") to mean strikethrough.
          StrikethroughExtension.builder().requireTwoTildes(true).build()))
      .build();

  /** The storage for markdown that refers to no existing element (a new page). */
  public String convert(String markdown) {
    return convert(markdown, Originals.NONE, 1);
  }

  /**
   * The storage for markdown whose placeholders may stand for {@code originals}; task IDs start at
   * {@code firstTaskId}, so tasks added to a page do not reuse the IDs of tasks it has.
   */
  public String convert(String markdown, Originals originals, int firstTaskId) {
    if (markdown == null || markdown.isBlank()) {
      return "";
    }
    StringBuilder out = new StringBuilder();
    StorageBlockWriter writer = new StorageBlockWriter(originals, firstTaskId);
    segments(MarkdownSegments.parse(markdown.replace("\r\n", "\n")), writer, out);
    return out.toString();
  }

  private void segments(List<MarkdownSegments.Segment> segments, StorageBlockWriter writer, StringBuilder out) {
    boolean inLayout = false;
    for (MarkdownSegments.Segment segment : segments) {
      boolean layout = segment instanceof MarkdownSegments.Layout;
      if (layout && !inLayout) {
        out.append("<ac:layout>");
      } else if (!layout && inLayout) {
        out.append("</ac:layout>");
      }
      inLayout = layout;
      if (segment instanceof MarkdownSegments.Text text) {
        markdown(text.markdown(), writer, out);
      } else if (segment instanceof MarkdownSegments.Expand expand) {
        expand(expand, writer, out);
      } else if (segment instanceof MarkdownSegments.Layout section) {
        layoutSection(section, writer, out);
      }
    }
    if (inLayout) {
      out.append("</ac:layout>");
    }
  }

  private void markdown(String markdown, StorageBlockWriter writer, StringBuilder out) {
    Node document;
    try {
      document = parser.parse(markdown);
    } catch (StackOverflowError tooDeep) {
      // commonmark's inline parser recurses on pathological nesting; such input is kept as plain text.
      for (String block : markdown.split("\n\\s*\n")) {
        if (!block.isBlank()) {
          out.append("<p>").append(StorageXml.text(block.strip())).append("</p>");
        }
      }
      return;
    }
    writer.blocks(document, out, 0);
  }

  private void expand(MarkdownSegments.Expand expand, StorageBlockWriter writer, StringBuilder out) {
    out.append("<ac:structured-macro ac:name=\"expand\" ac:schema-version=\"1\">");
    if (!expand.title().isEmpty()) {
      out.append("<ac:parameter ac:name=\"title\">").append(StorageXml.text(expand.title()))
          .append("</ac:parameter>");
    }
    out.append("<ac:rich-text-body>");
    body(expand.body(), writer, out);
    out.append("</ac:rich-text-body></ac:structured-macro>");
  }

  /** A layout section; a type that does not fit the number of columns gives way to one that does. */
  private void layoutSection(MarkdownSegments.Layout section, StorageBlockWriter writer, StringBuilder out) {
    int columns = section.columns().size();
    String type = LAYOUT_TYPES.contains(section.type()) && columnsOf(section.type()) == columns ? section.type()
        : switch (columns) {
          case 1 -> "single";
          case 2 -> "two_equal";
          default -> "three_equal";
        };
    out.append("<ac:layout-section ac:type=\"").append(type).append("\" ac:breakout-mode=\"default\">");
    for (List<MarkdownSegments.Segment> column : section.columns().subList(0, Math.min(3, columns))) {
      out.append("<ac:layout-cell>");
      body(column, writer, out);
      out.append("</ac:layout-cell>");
    }
    out.append("</ac:layout-section>");
  }

  /** The content of a frame; Confluence wants at least an empty paragraph in one. */
  private void body(List<MarkdownSegments.Segment> segments, StorageBlockWriter writer, StringBuilder out) {
    int before = out.length();
    segments(segments, writer, out);
    if (out.length() == before) {
      out.append("<p />");
    }
  }

  private static int columnsOf(String type) {
    return switch (type) {
      case "single" -> 1;
      case "three_equal", "three_with_sidebars" -> 3;
      default -> 2;
    };
  }
}
