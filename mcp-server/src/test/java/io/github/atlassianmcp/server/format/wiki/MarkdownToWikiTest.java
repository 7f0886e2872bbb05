package io.github.atlassianmcp.server.format.wiki;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.atlassianmcp.adf.MarkdownToAdf;
import org.junit.jupiter.api.Test;

class MarkdownToWikiTest {

  private final MarkdownToWiki wiki = new MarkdownToWiki(new MarkdownToAdf());

  @Test
  void emphasisCodeAndLinksBecomeWikiEffects() {
    assertEquals("Some *bold*, _italic_, -gone- and {{evict()}}; see [the runbook|https://example.com/run?a=1].",
        wiki.convert("Some **bold**, *italic*, ~~gone~~ and `evict()`; see"
            + " [the runbook](https://example.com/run?a=1)."));
    assertEquals("[https://example.com]", wiki.convert("[https://example.com](https://example.com)"));
    assertEquals("[*Release* notes|https://example.com/r]", wiki.convert("[**Release** notes](https://example.com/r)"));
  }

  @Test
  void anEffectInsideAWordUsesTheBracedForm() {
    assertEquals("un{*}believ{*}able", wiki.convert("un**believ**able"));
    assertEquals("*whole* word", wiki.convert("**whole** word"));
  }

  @Test
  void textThatWouldReadAsMarkupIsEscapedAndOrdinaryTextIsNot() {
    assertEquals("use \\{braces\\} and \\[brackets\\] \\| pipes, \\*not bold\\*, \\!image.png!",
        wiki.convert("use {braces} and \\[brackets\\] | pipes, \\*not bold\\*, !image.png!"));
    assertEquals("snake_case, 2-3 days, a - b, C\\+\\+, really\\?\\?",
        wiki.convert("snake_case, 2-3 days, a - b, C++, really??"));
    assertEquals("\\- not a list\n\\# nor this", wiki.convert("\\- not a list  \n\\# nor this"));
  }

  @Test
  void blocksBecomeWikiBlocks() {
    assertEquals("h2. Steps\n\n# one\n#* sub\n# two\n\n{quote}\nquoted\n{quote}\n\n----\n\nafter",
        wiki.convert("## Steps\n\n1. one\n   - sub\n2. two\n\n> quoted\n\n---\n\nafter"));
    assertEquals("{code:java}\nint x = 1;\n{code}\n\n{noformat}\nplain *text*\n{noformat}",
        wiki.convert("```java\nint x = 1;\n```\n\n```\nplain *text*\n```"));
    assertEquals("||Host||State||\n|web-1|*down*|\n|web-2| |",
        wiki.convert("| Host | State |\n|---|---|\n| web-1 | **down** |\n| web-2 | |"));
    assertEquals("* ☐ call back\n* ☑ refund issued", wiki.convert("- [ ] call back\n- [x] refund issued"));
  }

  @Test
  void lineBreaksStayAndListItemsKeepTheirParagraphsOnOneLine() {
    assertEquals("Hello Sam,\nthanks for waiting.", wiki.convert("Hello Sam,  \nthanks for waiting."));
    assertEquals("* first \\\\ more of it\n* second", wiki.convert("- first\n\n  more of it\n- second"));
  }

  @Test
  void blankInputIsEmpty() {
    assertEquals("", wiki.convert(" \n "));
    assertEquals("", wiki.convert(null));
  }
}
