package io.github.atlassianmcp.adf.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MarkdownTextTest {

  @ParameterizedTest
  @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
      "snake_case_name | snake_case_name",
      "2 * 3 = 6 | 2 * 3 = 6",
      "*stars* | \\*stars\\*",
      "_under_ | \\_under\\_",
      "a `tick` | a \\`tick\\`",
      "[link](x) | \\[link](x)",
      "a < b and <tag> | a < b and \\<tag>",
      "&amp; and & | \\&amp; and &",
      "~one ~~two~~ | ~one \\~\\~two\\~\\~",
      "back\\slash and \\* | back\\slash and \\\\\\*",
      "ends with \\ | ends with \\\\",
      "plain words. | plain words."})
  void escapesOnlyWhatChangesMeaning(String text, String expected) {
    assertEquals(expected, MarkdownText.escape(text, false));
  }

  @Test
  void closingBracketsAreEscapedInsideLinkText() {
    assertEquals("a\\]b", MarkdownText.escape("a]b", true));
    assertEquals("a]b", MarkdownText.escape("a]b", false));
  }

  @Test
  void cleanTextIsNotCopied() {
    String text = "nothing to escape here";
    assertSame(text, MarkdownText.escape(text, false));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
      "# title | \\# title", "#hashtag | #hashtag", "####### seven | ####### seven", "> quote | \\> quote",
      "- item | \\- item", "+ item | \\+ item", "-dash | -dash", "--- | \\---", "=== | \\===", "-- | \\--",
      "1. one | 1\\. one", "12) twelve | 12\\) twelve", "1.5 million | 1.5 million", "2024-01-17 | 2024-01-17"})
  void escapesBlockSyntaxAtTheStartOfALine(String line, String expected) {
    assertEquals(expected, MarkdownText.escapeLineStart(line));
  }

  @Test
  void escapesAHeadingsClosingSequenceOnly() {
    assertEquals("C#", MarkdownText.escapeHeadingEnd("C#"));
    assertEquals("F \\#", MarkdownText.escapeHeadingEnd("F #"));
    assertEquals("\\##", MarkdownText.escapeHeadingEnd("##"));
  }

  @Test
  void codeSpansAndFencesOutgrowTheBackticksInside() {
    assertEquals("`plain`", MarkdownText.codeSpan("plain"));
    assertEquals("``a ` b``", MarkdownText.codeSpan("a ` b"));
    assertEquals("`` `edge` ``", MarkdownText.codeSpan("`edge`"));
    assertEquals("`  padded  `", MarkdownText.codeSpan(" padded "));
    assertEquals("```", MarkdownText.fence("no ticks"));
    assertEquals("`````", MarkdownText.fence("````"));
  }

  @Test
  void linkDestinationsSurviveSpacesAndParentheses() {
    assertEquals("https://x.io/a%20b", MarkdownText.linkDestination("https://x.io/a b"));
    assertEquals("<https://x.io/Java_(lang)>", MarkdownText.linkDestination("https://x.io/Java_(lang)"));
    assertEquals("https://x.io/%3Cscript%3E", MarkdownText.linkDestination("https://x.io/<script>"));
    assertTrue(MarkdownText.isAutolink("https://x.io/path?q=1"));
    assertTrue(MarkdownText.isAutolink("mailto:dev@example.com"));
    assertFalse(MarkdownText.isAutolink("not a url"));
    assertFalse(MarkdownText.isAutolink("https://x.io/<a>"));
  }

  @Test
  void tableCellPipesAreEscaped() {
    assertEquals("a \\| b", MarkdownText.escapeCell("a | b"));
  }
}
