package io.github.atlassianmcp.adf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import io.github.atlassianmcp.testing.LinearTime;
import io.github.atlassianmcp.testing.MarkdownCorpus;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class MarkdownToAdfTest {

  private final MarkdownToAdf converter = new MarkdownToAdf();

  @ParameterizedTest
  @NullSource
  @ValueSource(strings = {"", "   ", "\n\n\t \r\n", "\u200B\u202E"})
  void emptyInputGivesAValidEmptyDocument(String markdown) {
    JsonObject adf = converter.convert(markdown);
    assertEquals(JsonParser.parseString("{\"version\":1,\"type\":\"doc\",\"content\":[]}"), adf);
    ValidAdf.assertValid(adf);
  }

  @Test
  void aTypicalDescriptionMapsToTheExpectedNodes() {
    JsonObject adf = converter.convert("""
        ## Steps
        1. Open **the** [page](https://x.io "Home")
        2. Run `mvn -q`

        ```bash
        echo hi
        ```
        """);
    assertEquals(JsonParser.parseString("""
        {"version":1,"type":"doc","content":[
          {"type":"heading","attrs":{"level":2},"content":[{"type":"text","text":"Steps"}]},
          {"type":"orderedList","content":[
            {"type":"listItem","content":[{"type":"paragraph","content":[
              {"type":"text","text":"Open "},
              {"type":"text","text":"the","marks":[{"type":"strong"}]},
              {"type":"text","text":" "},
              {"type":"text","text":"page","marks":[{"type":"link","attrs":{"href":"https://x.io","title":"Home"}}]}]}]},
            {"type":"listItem","content":[{"type":"paragraph","content":[
              {"type":"text","text":"Run "},
              {"type":"text","text":"mvn -q","marks":[{"type":"code"}]}]}]}]},
          {"type":"codeBlock","attrs":{"language":"bash"},"content":[{"type":"text","text":"echo hi"}]}]}"""),
        adf);
    ValidAdf.assertValid(adf);
  }

  @Test
  void theCodeMarkKeepsOnlyALinkBesideIt() {
    JsonArray content = firstParagraph("**bold `code`** and [*em `linked code`*](https://x.io)");
    assertEquals(JsonParser.parseString("""
        [{"type":"text","text":"bold ","marks":[{"type":"strong"}]},
         {"type":"text","text":"code","marks":[{"type":"code"}]},
         {"type":"text","text":" and "},
         {"type":"text","text":"em ","marks":[{"type":"link","attrs":{"href":"https://x.io"}},{"type":"em"}]},
         {"type":"text","text":"linked code","marks":[{"type":"link","attrs":{"href":"https://x.io"}},
           {"type":"code"}]}]"""), content);
  }

  @Test
  void nestedEmphasisOfOneKindGivesTheMarkOnce() {
    assertEquals(JsonParser.parseString("""
        [{"type":"text","text":"a b c","marks":[{"type":"strong"}]}]"""),
        firstParagraph("**a **b** c**"));
  }

  @Test
  void imagesBecomeLinksAndHtmlStaysText() {
    assertEquals(JsonParser.parseString("""
        [{"type":"text","text":"diagram","marks":[{"type":"link","attrs":{"href":"https://x.io/d.png"}}]},
         {"type":"text","text":" "},
         {"type":"text","text":"https://x.io/e.png","marks":[{"type":"link","attrs":{"href":"https://x.io/e.png"}}]},
         {"type":"text","text":" <kbd>Ctrl</kbd> a"},
         {"type":"hardBreak"},
         {"type":"text","text":"b"}]"""),
        firstParagraph("![diagram](https://x.io/d.png) ![](https://x.io/e.png) <kbd>Ctrl</kbd> a<br>b"));
  }

  @Test
  void hardBreaksBecomeHardBreaksAndSoftBreaksSpaces() {
    assertEquals(JsonParser.parseString("""
        [{"type":"text","text":"one two"},{"type":"hardBreak"},{"type":"text","text":"three"},
         {"type":"hardBreak"},{"type":"text","text":"four"}]"""),
        firstParagraph("one\r\ntwo\\\r\nthree  \nfour"));
  }

  @Test
  void oneTildeIsNotStrikethroughTwoAre() {
    assertEquals(JsonParser.parseString("""
        [{"type":"text","text":"~5 min, "},{"type":"text","text":"gone","marks":[{"type":"strike"}]}]"""),
        firstParagraph("~5 min, ~~gone~~"));
  }

  @Test
  void orderedListsKeepTheirStart() {
    JsonObject list = block(converter.convert("7. seven\n8. eight"), 0);
    assertEquals(JsonParser.parseString("{\"order\":7}"), list.get("attrs"));
    assertFalse(block(converter.convert("1. one"), 0).has("attrs"), "the default start is left out");
    assertEquals(JsonParser.parseString("{\"order\":0}"), block(converter.convert("0. zero"), 0).get("attrs"));
  }

  @Test
  void everyListItemStartsWithAParagraph() {
    JsonObject adf = converter.convert("- ```\n  code first\n  ```\n- - nested first\n-\n");
    JsonArray items = block(adf, 0).getAsJsonArray("content");
    for (JsonElement item : items) {
      assertEquals("paragraph", item.getAsJsonObject().getAsJsonArray("content").get(0).getAsJsonObject()
          .get("type").getAsString(), item.toString());
    }
    ValidAdf.assertValid(adf);
  }

  @Test
  void blocksAQuoteCannotHoldAreDegradedInsideIt() {
    JsonObject adf = converter.convert("> # Title\n> > inner\n>\n> ---\n>\n> | a | b |\n> |---|---|\n> | 1 | 2 |");
    assertEquals(JsonParser.parseString("""
        {"version":1,"type":"doc","content":[{"type":"blockquote","content":[
          {"type":"paragraph","content":[{"type":"text","text":"Title","marks":[{"type":"strong"}]}]},
          {"type":"paragraph","content":[{"type":"text","text":"inner"}]},
          {"type":"paragraph","content":[{"type":"text","text":"a | b"}]},
          {"type":"paragraph","content":[{"type":"text","text":"1 | 2"}]}]}]}"""), adf);
    ValidAdf.assertValid(adf);
  }

  @Test
  void tablesHaveAHeaderRowAndAParagraphInEveryCell() {
    JsonObject adf = converter.convert("| A | B |\n|:-:|--:|\n| 1 |\n");
    assertEquals(JsonParser.parseString("""
        {"type":"table","content":[
          {"type":"tableRow","content":[
            {"type":"tableHeader","content":[{"type":"paragraph","content":[{"type":"text","text":"A"}],
              "marks":[{"type":"alignment","attrs":{"align":"center"}}]}]},
            {"type":"tableHeader","content":[{"type":"paragraph","content":[{"type":"text","text":"B"}],
              "marks":[{"type":"alignment","attrs":{"align":"end"}}]}]}]},
          {"type":"tableRow","content":[
            {"type":"tableCell","content":[{"type":"paragraph","content":[{"type":"text","text":"1"}],
              "marks":[{"type":"alignment","attrs":{"align":"center"}}]}]},
            {"type":"tableCell","content":[{"type":"paragraph","content":[],
              "marks":[{"type":"alignment","attrs":{"align":"end"}}]}]}]}]}"""), block(adf, 0));
    ValidAdf.assertValid(adf);
  }

  @Test
  void checkboxListsBecomeTaskListsWithUniqueIds() {
    JsonObject adf = converter.convert("- [ ] write\n- [x] ship\n  - [ ] announce");
    JsonObject taskList = block(adf, 0);
    assertEquals("taskList", taskList.get("type").getAsString());
    JsonArray content = taskList.getAsJsonArray("content");
    assertEquals("TODO", content.get(0).getAsJsonObject().getAsJsonObject("attrs").get("state").getAsString());
    assertEquals("DONE", content.get(1).getAsJsonObject().getAsJsonObject("attrs").get("state").getAsString());
    assertEquals("taskList", content.get(2).getAsJsonObject().get("type").getAsString());
    assertEquals(JsonParser.parseString("[{\"type\":\"text\",\"text\":\"ship\"}]"),
        content.get(1).getAsJsonObject().get("content"));
    List<String> ids = new ArrayList<>();
    collectLocalIds(adf, ids);
    assertEquals(ids.size(), ids.stream().distinct().count(), "local ids are unique: " + ids);
    assertEquals(converter.convert("- [ ] write\n- [x] ship\n  - [ ] announce"), adf, "and stable");
    ValidAdf.assertValid(adf);
  }

  @Test
  void invisibleCharactersAreNotWrittenToAtlassian() {
    assertEquals(JsonParser.parseString("[{\"type\":\"text\",\"text\":\"admin.exe 👩‍💻\"}]"),
        firstParagraph("ad\u202Emin\u200B.exe 👩‍💻"));
  }

  @Test
  void theValidatorCatchesBrokenDocumentsSoTheseChecksCanFail() {
    JsonObject adf = converter.convert("**bold** and `code`\n\n- item");
    ValidAdf.assertValid(adf);
    JsonObject codeWithStrong = adf.deepCopy();
    firstText(codeWithStrong, 2).getAsJsonArray("marks").add(AdfNodes.mark("strong"));
    assertFalse(ValidAdf.problems(codeWithStrong).isEmpty(), "code beside strong");
    JsonObject emptyText = adf.deepCopy();
    firstText(emptyText, 1).addProperty("text", "");
    assertFalse(ValidAdf.problems(emptyText).isEmpty(), "empty text");
    JsonObject headingInItem = adf.deepCopy();
    block(headingInItem, 1).getAsJsonArray("content").get(0).getAsJsonObject().getAsJsonArray("content")
        .add(JsonParser.parseString("{\"type\":\"heading\",\"attrs\":{\"level\":1}}"));
    assertFalse(ValidAdf.problems(headingInItem).isEmpty(), "heading in a list item");
  }

  static Stream<String> corpus() {
    return MarkdownCorpus.documents().stream();
  }

  @ParameterizedTest(name = "[{index}]")
  @MethodSource("corpus")
  void everyDocumentOfTheCorpusIsValidAdf(String markdown) {
    ValidAdf.assertValid(converter.convert(markdown));
  }

  @Test
  void generatedDocumentsAreAllValidAdf() {
    List<String> documents = MarkdownCorpus.generated(400, 20240117L);
    for (String markdown : documents) {
      JsonObject adf = converter.convert(markdown);
      List<String> problems = ValidAdf.problems(adf);
      assertTrue(problems.isEmpty(), () -> "markdown:\n" + markdown + "\nproblems: "
          + problems.subList(0, Math.min(3, problems.size())));
    }
  }

  @Test
  void hostileNestingStaysValidAndFast() {
    assertTimeoutPreemptively(Duration.ofSeconds(20), () -> {
      ValidAdf.assertValid(converter.convert("> ".repeat(20_000) + "deep quote"));
      StringBuilder lists = new StringBuilder();
      for (int i = 0; i < 1_000; i++) {
        lists.append("  ".repeat(i)).append("- level ").append(i).append('\n');
      }
      ValidAdf.assertValid(converter.convert(lists.toString()));
      ValidAdf.assertValid(converter.convert("*a ".repeat(20_000) + "x" + " b*".repeat(20_000)));
      ValidAdf.assertValid(converter.convert("[".repeat(50_000) + "x" + "](y)".repeat(50_000)));
    });
  }

  @Test
  void inputThatOverflowsTheParsersStackIsKeptAsPlainText() throws InterruptedException {
    String markdown = "*a ".repeat(5_000) + "x" + " b*".repeat(5_000) + "\n\nsecond";
    JsonObject[] result = new JsonObject[1];
    // A small stack makes commonmark's recursive inline parser overflow on this input.
    Thread thread = new Thread(null, () -> result[0] = converter.convert(markdown), "small-stack", 128 * 1024);
    thread.start();
    thread.join();
    ValidAdf.assertValid(result[0]);
    JsonArray blocks = result[0].getAsJsonArray("content");
    assertEquals(2, blocks.size());
    assertTrue(blocks.get(0).toString().contains("*a *a"), "the text is kept as it was written");
    assertEquals(JsonParser.parseString("{\"type\":\"paragraph\",\"content\":[{\"type\":\"text\",\"text\":\"second\"}]}"),
        blocks.get(1));
  }

  @Test
  void veryLongTextIsOneTextNode() {
    String word = "lorem ipsum ";
    JsonObject adf = converter.convert(word.repeat(50_000));
    JsonArray content = firstParagraph(adf);
    assertEquals(1, content.size());
    assertEquals(word.repeat(50_000).strip(), content.get(0).getAsJsonObject().get("text").getAsString());
  }

  @Test
  void conversionTimeGrowsLinearlyWithTheInput() {
    String chunk = "Some **bold** text with `code`, a [link](https://x.io) and\na soft break.\n\n- item\n- item\n\n";
    String small = chunk.repeat(500);
    String large = chunk.repeat(10_000);
    LinearTime.assertLinear(() -> converter.convert(small), () -> converter.convert(large));
  }

  private JsonArray firstParagraph(String markdown) {
    return firstParagraph(converter.convert(markdown));
  }

  private static JsonArray firstParagraph(JsonObject adf) {
    return block(adf, 0).getAsJsonArray("content");
  }

  private static JsonObject block(JsonObject adf, int index) {
    return adf.getAsJsonArray("content").get(index).getAsJsonObject();
  }

  /** The {@code index}th inline node of the first paragraph. */
  private static JsonObject firstText(JsonObject adf, int index) {
    return firstParagraph(adf).get(index).getAsJsonObject();
  }

  private static void collectLocalIds(JsonElement element, List<String> ids) {
    if (element.isJsonObject()) {
      JsonObject object = element.getAsJsonObject();
      if (object.has("localId")) {
        ids.add(object.get("localId").getAsString());
      }
      object.entrySet().forEach(entry -> collectLocalIds(entry.getValue(), ids));
    } else if (element.isJsonArray()) {
      element.getAsJsonArray().forEach(child -> collectLocalIds(child, ids));
    }
  }
}
