package io.github.atlassianmcp.adf.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class MarkdownTableTest {

  private static MarkdownTable.Cell cell(String text) {
    return new MarkdownTable.Cell(text, 1, 1, false);
  }

  private static MarkdownTable.Cell header(String text) {
    return new MarkdownTable.Cell(text, 1, 1, true);
  }

  @Test
  void aHeaderRowBecomesTheTableHeader() {
    MarkdownTable table = new MarkdownTable();
    table.addRow(List.of(header("Key"), header("Summary")));
    table.addRow(List.of(cell("OPS-1"), cell("a | b")));
    assertEquals(List.of("| Key | Summary |", "|---|---|", "| OPS-1 | a \\| b |"), table.lines());
  }

  @Test
  void withoutAHeaderRowTheHeaderIsEmptyAndRowHeadersAreBold() {
    MarkdownTable table = new MarkdownTable();
    table.addRow(List.of(header("Owner"), cell("Sam")));
    table.addRow(List.of(header("Due"), cell("")));
    assertEquals(List.of("| | |", "|---|---|", "| **Owner** | Sam |", "| **Due** | |"), table.lines());
  }

  @Test
  void mergedCellsKeepTheColumnsAligned() {
    MarkdownTable table = new MarkdownTable();
    table.addRow(List.of(header("A"), header("B"), header("C")));
    table.addRow(List.of(new MarkdownTable.Cell("tall", 1, 3, false), new MarkdownTable.Cell("wide", 2, 1, false)));
    table.addRow(List.of(cell("b2"), cell("c2")));
    table.addRow(List.of(cell("b3")));
    assertEquals(List.of("| A | B | C |", "|---|---|---|", "| tall | wide | |", "| | b2 | c2 |", "| | b3 | |"),
        table.lines());
  }

  @Test
  void hostileSpansAreClampedAndEmptyTablesWriteNothing() {
    MarkdownTable table = new MarkdownTable();
    table.addRow(List.of(new MarkdownTable.Cell("x", Integer.MAX_VALUE, Integer.MAX_VALUE, false)));
    table.addRow(List.of(cell("y"), cell("z")));
    // x spans as many columns as the fullest row has cells (2) and the rows that exist (2).
    assertEquals(List.of("| | | | |", "|---|---|---|---|", "| x | | | |", "| | | y | z |"), table.lines());
    assertEquals(List.of(), new MarkdownTable().lines());
  }

  @Test
  void blocksOfACellGoOnOneLine() {
    assertEquals("a<br>- b<br>- c", MarkdownTable.oneLine("a\n\n- b\n- c\n"));
  }
}
