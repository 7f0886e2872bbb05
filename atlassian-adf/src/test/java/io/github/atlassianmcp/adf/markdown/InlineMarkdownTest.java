package io.github.atlassianmcp.adf.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.atlassianmcp.adf.markdown.InlineMarkdown.Breaks;
import io.github.atlassianmcp.testing.LinearTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class InlineMarkdownTest {

  private static Inline text(String text, Mark... marks) {
    return new Inline.Text(text, List.of(marks));
  }

  private static String render(Inline... runs) {
    return InlineMarkdown.render(List.of(runs), Breaks.HARD);
  }

  @Test
  void spacesAtTheEdgeOfAMarkMoveOutside() {
    assertEquals("a **bold** word", render(text("a"), text(" bold ", Mark.STRONG), text("word")));
  }

  @Test
  void punctuationAtTheEdgeMovesOutsideWhereADelimiterWouldNotWork() {
    assertEquals("a(**b**)c", render(text("a"), text("(b)", Mark.STRONG), text("c")));
    assertEquals("**(ok)** then", render(text("(ok)", Mark.STRONG), text(" then")), "nothing to fix here");
    assertEquals("x!!!y", render(text("x"), text("!!!", Mark.EM), text("y")));
  }

  @Test
  void aLinkIsAlwaysTheOutermostMark() {
    Mark link = Mark.link("https://x.io");
    assertEquals("**bold** [**link**](https://x.io)word",
        render(text("bold ", Mark.STRONG), text("link", Mark.STRONG, link), text("word")));
  }

  @Test
  void emphasisLeavesOutACodeSpanItCannotCloseAfter() {
    assertEquals("**bold** `code`word", render(text("bold ", Mark.STRONG), text("code", Mark.STRONG, Mark.CODE),
        text("word")));
    assertEquals("**bold `code`** word", render(text("bold ", Mark.STRONG), text("code", Mark.STRONG, Mark.CODE),
        text(" word")));
  }

  @Test
  void breaksCloseMarksThatDoNotContinueAndNeverStartOrEndAParagraph() {
    assertEquals("**a**\\\nb", render(text("a", Mark.STRONG), new Inline.Break(), text("b")));
    assertEquals("**a\\\nb**", render(text("a", Mark.STRONG), new Inline.Break(), text("b", Mark.STRONG)));
    assertEquals("a", render(new Inline.Break(), text(" "), new Inline.Break(), text("a"), new Inline.Break(),
        text("  ")));
    assertEquals("a<br>b", InlineMarkdown.render(List.of(text("a\nb")), Breaks.HTML));
    assertEquals("a b", InlineMarkdown.render(List.of(text("a\nb")), Breaks.SPACE));
  }

  @Test
  void aLinkToItsOwnAddressIsAnAutolink() {
    Mark link = Mark.link("https://x.io/a");
    assertEquals("see <https://x.io/a>", render(text("see "), text("https://x.io/a", link)));
    assertEquals("[https://x.io/a b](https://x.io/a)", render(text("https://x.io/a", link), text(" b", link)));
  }

  @Test
  void markOrderDoesNotSplitText() {
    assertEquals("***ab***", render(text("a", Mark.STRONG, Mark.EM), text("b", Mark.EM, Mark.STRONG)));
  }

  @Test
  void manyLinksInsideOneLongBoldSpanStayLinear() {
    LinearTime.assertLinear(() -> render(boldWithLinks(500)), () -> render(boldWithLinks(10_000)));
  }

  private static Inline[] boldWithLinks(int count) {
    List<Inline> runs = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      runs.add(text("text ", Mark.STRONG));
      runs.add(text("link", Mark.STRONG, Mark.link("https://x.io/" + i)));
    }
    return runs.toArray(Inline[]::new);
  }
}
