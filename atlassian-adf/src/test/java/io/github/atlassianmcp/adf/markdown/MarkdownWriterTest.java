package io.github.atlassianmcp.adf.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class MarkdownWriterTest {

  private final MarkdownWriter writer = new MarkdownWriter();

  @Test
  void blocksAreSeparatedByOneBlankLineWithoutTrailingSpaces() {
    writer.heading(2, "Title  ");
    writer.paragraph("first line   \\\n   second line   ");
    writer.paragraph("   ");
    writer.rule();
    writer.codeBlock("java   ", "int x;   \n\n\n");
    assertEquals("## Title\n\nfirst line   \\\nsecond line\n\n---\n\n```java\nint x;\n```", writer.result());
  }

  @Test
  void quotesAndListItemsPrefixEveryLineIncludingBlankOnes() {
    writer.openQuote();
    writer.paragraph("quoted");
    writer.startList(false, true);
    writer.openListItem("- ");
    writer.paragraph("item");
    writer.codeBlock(null, "a\n\nb");
    writer.close();
    writer.close();
    assertEquals("> quoted\n>\n> - item\n>   ```\n>   a\n>\n>   b\n>   ```", writer.result());
  }

  @Test
  void aLeadStartsTheNextParagraphOrStandsAlone() {
    writer.openQuote();
    writer.lead("**Info:**");
    writer.paragraph("deploy");
    writer.close();
    writer.openQuote();
    writer.lead("**Note:**");
    writer.startList(false, true);
    writer.openListItem("- ");
    writer.paragraph("x");
    writer.close();
    writer.close();
    writer.openQuote();
    writer.lead("**Tip:**");
    writer.close();
    assertEquals("> **Info:** deploy\n\n> **Note:**\n>\n> - x\n\n> **Tip:**", writer.result());
  }

  @Test
  void emptyListItemsKeepTheirMarkerAndTaskItemsIndentByTheBullet() {
    writer.startList(false, true);
    writer.openListItem("- [ ] ");
    writer.paragraph("task");
    writer.startList(false, true);
    writer.openListItem("- ");
    writer.close();
    writer.close();
    assertEquals("- [ ] task\n  -", writer.result());
  }

  @Test
  void aListThatCannotInterruptAParagraphGetsABlankLineInAListItem() {
    writer.startList(false, true);
    writer.openListItem("- ");
    writer.paragraph("text");
    writer.startList(true, false);
    writer.openListItem("3. ");
    writer.paragraph("three");
    writer.close();
    writer.paragraph("after");
    writer.close();
    assertEquals("- text\n\n  3. three\n\n  after", writer.result());
  }

  @Test
  void adjacentListsAlternateTheirMarker() {
    assertEquals('-', writer.startList(false, true));
    assertEquals('*', writer.startList(false, true));
    assertEquals('-', writer.startList(false, true));
    assertEquals('.', writer.startList(true, true));
    assertEquals(')', writer.startList(true, true));
    writer.paragraph("text");
    assertEquals('.', writer.startList(true, true));
  }

  @Test
  void rawLinesFormOneBlock() {
    writer.paragraph("before");
    writer.lines(List.of("| a |", "|---|"));
    writer.lines(List.of());
    assertEquals("before\n\n| a |\n|---|", writer.result());
  }

  @Test
  void closingWithoutAContainerIsAProgrammingError() {
    assertThrows(IllegalStateException.class, writer::close);
  }
}
