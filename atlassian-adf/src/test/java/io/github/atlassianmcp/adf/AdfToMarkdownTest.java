package io.github.atlassianmcp.adf;

import static io.github.atlassianmcp.adf.AdfSamples.bulletList;
import static io.github.atlassianmcp.adf.AdfSamples.doc;
import static io.github.atlassianmcp.adf.AdfSamples.listItem;
import static io.github.atlassianmcp.adf.AdfSamples.mark;
import static io.github.atlassianmcp.adf.AdfSamples.paragraph;
import static io.github.atlassianmcp.adf.AdfSamples.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.google.gson.JsonPrimitive;
import io.github.atlassianmcp.testing.LinearTime;
import io.github.atlassianmcp.testing.TestResources;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class AdfToMarkdownTest {

  private final AdfToMarkdown converter = new AdfToMarkdown();

  @Test
  void aJiraBugReport() {
    assertEquals("""
        ## Summary

        Checkout fails with `HTTP 500` for carts over **100 items**. Reported by @Priya Shah 🔥

        > **Error:** Customer-facing since 2024-06-01.

        ### Steps to reproduce

        1. Add 101 items to the cart
        2. Open `/checkout`
        3. Press ***Pay***

        ### Logs

        ```java
        java.lang.IllegalStateException: cart too large
        \tat shop.Checkout.pay(Checkout.java:42)
        ```

        | **Environment** | **Status** |
        |---|---|
        | staging | [FIXED] |
        | production | [BROKEN] |

        Related: <https://acme.atlassian.net/browse/SHOP-88>

        [attachment: checkout-error.png]""", convert(resource("jira-bug-report.json")));
  }

  @Test
  void listsNestedFourLevelsDeepKeepTheirNumbersAndIndentation() {
    assertEquals("""
        - Level 1

          5. Level 2
             - Level 3
               1. Level 4 *deep*
               2. Level 4 again
                  ```bash
                  echo nested
                  ```
          6. Level 2 sibling
        - Back to level 1""", convert(resource("nested-lists.json")));
  }

  @Test
  void aConfluencePageWithLayoutPanelDecisionExpandAndMacro() {
    assertEquals("""
        # Release 4.2 plan

        Owner: @Sam Lee

        > **Info:**
        >
        > - Code freeze 2024-07-01

        - **Decision:** Ship behind the `new-checkout` flag

        **Rollback steps**

        1. Disable the flag
        2. Page [#ops](https://slack.example.com/ops)

        [Children Display]

        > Ship small, ship often.

        ---""", convert(resource("confluence-page.json")));
  }

  @Test
  void aServiceDeskCommentWithBreaksAndAttachments() {
    assertEquals("""
        Hi team,\\
        my laptop won't boot after the update.

        Error code: `0xC000021A` (red screen)

        [attachment: bsod.jpg] [attachment: dxdiag.txt]

        Thanks! 🙏""", convert(resource("jsm-request-comment.json")));
  }

  @Test
  void theCorpusDocumentsAreValidAdf() {
    for (String name : new String[] {"jira-bug-report.json", "nested-lists.json", "confluence-page.json",
        "jsm-request-comment.json"}) {
      assertEquals(java.util.List.of(), ValidAdf.VALIDATOR.problems(resource(name)), name);
    }
  }

  @Test
  void nothingGivesAnEmptyString() {
    assertEquals("", converter.convert(null));
    assertEquals("", converter.convert(JsonNull.INSTANCE));
    assertEquals("", converter.convert(JsonParser.parseString(doc())));
    assertEquals("", converter.convert(JsonParser.parseString("{\"type\":\"doc\"}")));
  }

  @Test
  void legacyPlainTextIsCleanedButNotEscaped() {
    assertEquals("h1. Wiki *markup* stays\n\nas it was", converter.convert(
        new JsonPrimitive("h1. Wiki *markup* stays   \r\n\r\n\r\n\u202Eas it was\n\n")));
  }

  @Test
  void adfHeldInAStringIsParsed() {
    assertEquals("**bold**", converter.convert(
        new JsonPrimitive(doc(paragraph(text("bold", mark("strong")))))));
    assertEquals("{not json", converter.convert(new JsonPrimitive("{not json")));
  }

  @Test
  void anArrayOfNodesIsReadAsContent() {
    JsonArray nodes = JsonParser.parseString("[" + paragraph(text("a")) + "," + paragraph(text("b")) + "]")
        .getAsJsonArray();
    assertEquals("a\n\nb", converter.convert(nodes));
  }

  @Test
  void unknownNodesGiveTheirTextNeverTheirJson() {
    String document = doc(
        "{\"type\":\"futureBlock\",\"attrs\":{\"secret\":\"x\"},\"content\":[" + paragraph(text("inside")) + "]}",
        paragraph(text("a "), "{\"type\":\"futureInline\",\"attrs\":{\"text\":\"atom text\"}}",
            text(" b "), "{\"type\":\"futureWrapper\",\"content\":[" + text("wrapped", mark("strong")) + "]}"),
        "{\"type\":\"futureAtom\"}",
        "{\"content\":\"not an array\"}", "42", "\"loose string\"");
    String markdown = converter.convert(JsonParser.parseString(document));
    assertEquals("inside\n\na atom text b **wrapped**", markdown);
  }

  @Test
  void malformedFieldsAreTolerated() {
    String document = doc(
        "{\"type\":\"heading\",\"attrs\":{\"level\":\"two\"},\"content\":[" + text("Clamped") + "]}",
        "{\"type\":\"heading\",\"attrs\":{\"level\":99},\"content\":[" + text("Deep") + "]}",
        "{\"type\":\"orderedList\",\"attrs\":{\"order\":-4},\"content\":[" + listItem(paragraph(text("x")))
            + "]}",
        "{\"type\":\"paragraph\",\"content\":[{\"type\":\"text\",\"text\":7},{\"type\":\"text\"},"
            + "{\"type\":\"text\",\"text\":\"ok\",\"marks\":\"bold\"},"
            + "{\"type\":\"text\",\"text\":\" linked\",\"marks\":[{\"type\":\"link\"},{\"type\":\"link\","
            + "\"attrs\":{\"href\":42}}]}]}",
        "{\"type\":\"date\",\"attrs\":{\"timestamp\":\"tomorrow\"}}",
        "{\"type\":\"mention\",\"attrs\":{}}");
    assertEquals("# Clamped\n\n###### Deep\n\n0. x\n\nok linked\n\ntomorrow@unknown",
        converter.convert(JsonParser.parseString(document)));
  }

  @Test
  void textIsEscapedOnlyWhereMarkdownWouldChangeItsMeaning() {
    String document = doc(
        paragraph(text("# not a heading")),
        paragraph(text("1. not a list, 2 * 3 = 6, snake_case, a_b_ and <b>tag</b> & &amp;")),
        paragraph(text("- not an item"), "{\"type\":\"hardBreak\"}", text("> not a quote")),
        paragraph(text("trailing # hash")),
        "{\"type\":\"heading\",\"attrs\":{\"level\":1},\"content\":[" + text("C# and F #") + "]}");
    assertEquals("""
        \\# not a heading

        1\\. not a list, 2 * 3 = 6, snake_case, a_b\\_ and \\<b>tag\\</b> & \\&amp;

        \\- not an item\\
        \\> not a quote

        trailing # hash

        # C# and F \\#""", converter.convert(JsonParser.parseString(document)));
  }

  @Test
  void marksSpanningSeveralNodesOpenOnceAndKeepSpacesOutside() {
    String document = doc(paragraph(
        text("bold ", mark("strong")), text("both", mark("strong"), mark("em")), text(" bold", mark("strong")),
        text(" plain "), text("link ", "{\"type\":\"link\",\"attrs\":{\"href\":\"https://x.io/a_(b)\"}}"),
        text("code", mark("code"), "{\"type\":\"link\",\"attrs\":{\"href\":\"https://x.io/a_(b)\"}}"),
        text(" end")));
    assertEquals("**bold *both* bold** plain [link `code`](<https://x.io/a_(b)>) end",
        converter.convert(JsonParser.parseString(document)));
  }

  @Test
  void codeSpansAndFencesGrowAroundBackticks() {
    String document = doc(paragraph(text("a `tick` here", mark("code"))),
        "{\"type\":\"codeBlock\",\"content\":[" + text("```\\nnested fence\\n```") + "]}");
    assertEquals("``a `tick` here``\n\n````\n```\nnested fence\n```\n````",
        converter.convert(JsonParser.parseString(document)));
  }

  @Test
  void invisibleAndBidiCharactersAreRemovedFromEveryText() {
    String document = doc(paragraph(text("pay\u202Etxt.exe\u200B"),
        "{\"type\":\"mention\",\"attrs\":{\"id\":\"1\",\"text\":\"@Eve\u2066lyn\"}}",
        text(" go", "{\"type\":\"link\",\"attrs\":{\"href\":\"https://ex\u200Bample.com\"}}")));
    assertEquals("paytxt.exe@Evelyn [go](https://example.com)", converter.convert(JsonParser.parseString(document)));
  }

  @Test
  void tablesWithSpansAndWithoutHeaderKeepTheirColumns() {
    String cell = "{\"type\":\"tableCell\",\"attrs\":{%s},\"content\":[" + paragraph(text("%s")) + "]}";
    String document = doc("{\"type\":\"table\",\"content\":["
        + "{\"type\":\"tableRow\",\"content\":[" + String.format(cell, "\"rowspan\":2", "tall") + ","
        + String.format(cell, "", "b1") + "," + String.format(cell, "", "c1") + "]},"
        + "{\"type\":\"tableRow\",\"content\":[" + String.format(cell, "\"colspan\":2", "wide") + "]},"
        + "{\"type\":\"tableRow\",\"content\":[" + String.format(cell, "\"colspan\":1000000000", "huge") + "]}]}");
    String markdown = converter.convert(JsonParser.parseString(document));
    String[] lines = markdown.split("\n");
    assertEquals("| | | |", lines[0]);
    assertEquals("|---|---|---|", lines[1]);
    assertEquals("| tall | b1 | c1 |", lines[2]);
    assertEquals("| | wide | |", lines[3]);
    assertEquals("| huge | | |", lines[4], "a hostile colspan spans no more than the table is wide");
  }

  @Test
  void listsAndCodeInsideTableCellsStayOnOneLine() {
    String document = doc("{\"type\":\"table\",\"content\":[{\"type\":\"tableRow\",\"content\":["
        + "{\"type\":\"tableHeader\",\"content\":[{\"type\":\"heading\",\"attrs\":{\"level\":2},\"content\":["
        + text("Head") + "]}]},"
        + "{\"type\":\"tableHeader\",\"content\":[" + bulletList(listItem(paragraph(text("one"))),
            listItem(paragraph(text("two")))) + "]}]}]}");
    assertEquals("| **Head** | - one<br>- two |\n|---|---|", converter.convert(JsonParser.parseString(document)));
  }

  @Test
  void outputHasNoTrailingSpacesNoBlankRunsAndNoJson() {
    for (String name : new String[] {"jira-bug-report.json", "nested-lists.json", "confluence-page.json",
        "jsm-request-comment.json"}) {
      String markdown = convert(resource(name));
      assertFalse(markdown.contains("\n\n\n"), name);
      assertFalse(markdown.lines().anyMatch(line -> line.endsWith(" ") || line.endsWith("\t")), name);
      assertFalse(markdown.contains("\"type\""), name);
      assertFalse(markdown.startsWith("\n") || markdown.endsWith("\n"), name);
    }
  }

  @Test
  void adfHeldInAStringDeeperThanGsonReadsIsStillRead() {
    StringBuilder open = new StringBuilder();
    StringBuilder close = new StringBuilder();
    for (int i = 0; i < 300; i++) {
      open.append("{\"type\":\"blockquote\",\"content\":[").append(paragraph(text("level " + i))).append(",");
      close.append("]}");
    }
    String deep = doc(open + paragraph(text("bottom")) + close);
    String markdown = converter.convert(new JsonPrimitive(deep));
    assertTrue(markdown.startsWith("> level 0"), markdown.substring(0, Math.min(200, markdown.length())));
    assertTrue(markdown.endsWith("bottom") && !markdown.contains("\"type\""), "its text, not its JSON: "
        + markdown.substring(Math.max(0, markdown.length() - 200)));
  }

  @Test
  void onlyWebAndMailLinksSurvive() {
    String link = "{\"type\":\"link\",\"attrs\":{\"href\":\"%s\"}}";
    assertEquals("click, [web](https://example.com), [mail](mailto:a@example.com), call, javascript:alert(1) "
        + "[image: x]", convert(doc(paragraph(
            text("click", String.format(link, "javascript:alert(1)")), text(", "),
            text("web", String.format(link, "https://example.com")), text(", "),
            text("mail", String.format(link, "mailto:a@example.com")), text(", "),
            text("call", String.format(link, " VBScript:msgbox(1)")), text(", "),
            "{\"type\":\"inlineCard\",\"attrs\":{\"url\":\"javascript:alert(1)\"}}", text(" "),
            "{\"type\":\"mediaInline\",\"attrs\":{\"type\":\"external\",\"alt\":\"x\",\"url\":"
                + "\"data:image/svg+xml;base64,PHN2Zz4=\"}}"))));
  }

  @Test
  void hostileNestingDepthDegradesToTextInsteadOfOverflowingTheStack() {
    JsonObject root = JsonParser.parseString(doc()).getAsJsonObject();
    JsonObject innermost = root;
    for (int i = 0; i < 20_000; i++) {
      JsonObject quote = new JsonObject();
      quote.addProperty("type", i % 2 == 0 ? "bulletList" : "listItem");
      JsonArray content = new JsonArray();
      innermost.add("content", content);
      content.add(quote);
      innermost = quote;
    }
    JsonArray leaf = new JsonArray();
    leaf.add(JsonParser.parseString(paragraph(text("bottom"))));
    innermost.add("content", leaf);
    String markdown = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> converter.convert(root));
    assertTrue(markdown.endsWith("bottom"), markdown.substring(Math.max(0, markdown.length() - 80)));
  }

  @Test
  void conversionTimeGrowsLinearlyWithTheDocument() {
    JsonElement small = manyParagraphs(2_000);
    JsonElement large = manyParagraphs(40_000);
    LinearTime.assertLinear(() -> converter.convert(small), () -> converter.convert(large));
  }

  private static JsonElement manyParagraphs(int count) {
    StringBuilder blocks = new StringBuilder();
    for (int i = 0; i < count; i++) {
      blocks.append(i == 0 ? "" : ",").append(paragraph(text("word " + i + " "), text("bold", mark("strong")),
          text(" and_more"), "{\"type\":\"hardBreak\"}", text("next")));
    }
    return JsonParser.parseString(doc(blocks.toString()));
  }

  private String convert(String json) {
    return converter.convert(JsonParser.parseString(json));
  }

  private static String resource(String name) {
    return TestResources.read(AdfToMarkdownTest.class, name);
  }
}
