package io.github.atlassianmcp.adf;

import static io.github.atlassianmcp.adf.AdfSamples.bulletList;
import static io.github.atlassianmcp.adf.AdfSamples.doc;
import static io.github.atlassianmcp.adf.AdfSamples.listItem;
import static io.github.atlassianmcp.adf.AdfSamples.mark;
import static io.github.atlassianmcp.adf.AdfSamples.paragraph;
import static io.github.atlassianmcp.adf.AdfSamples.text;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import io.github.atlassianmcp.specs.AdfSchemaResource;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * One valid ADF sample per node and mark type of the official schema, each with the exact markdown it must
 * give. A test fails when the schema defines a type that has no sample here.
 */
class AdfNodeCoverageTest {

  private static final String FILE_MEDIA =
      "{\"type\":\"media\",\"attrs\":{\"type\":\"file\",\"id\":\"6e7c-11\",\"collection\":\"jira-10001\","
          + "\"alt\":\"screenshot.png\"}}";

  /** Node samples: type → {document, expected markdown}. */
  private static final Map<String, String[]> NODES = new LinkedHashMap<>();
  /** Mark samples: type → {document, expected markdown}. */
  private static final Map<String, String[]> MARKS = new LinkedHashMap<>();


  private final AdfToMarkdown converter = new AdfToMarkdown();

  static {
    nodeSample("doc", doc(paragraph(text("one")), paragraph(text("two"))), "one\n\ntwo");
    nodeSample("paragraph", doc(paragraph(text("Plain words"))), "Plain words");
    nodeSample("text", doc(paragraph(text("Use *stars*, [brackets](x) and snake_case"))),
        "Use \\*stars\\*, \\[brackets](x) and snake_case");
    nodeSample("heading", doc("{\"type\":\"heading\",\"attrs\":{\"level\":2},\"content\":[" + text("Steps") + "]}"),
        "## Steps");
    nodeSample("bulletList", doc(bulletList(listItem(paragraph(text("a"))), listItem(paragraph(text("b"))))),
        "- a\n- b");
    nodeSample("listItem", doc(bulletList(listItem(paragraph(text("first")), paragraph(text("second"))))),
        "- first\n\n  second");
    nodeSample("orderedList", doc("{\"type\":\"orderedList\",\"attrs\":{\"order\":3},\"content\":["
        + listItem(paragraph(text("third"))) + "," + listItem(paragraph(text("fourth"))) + "]}"),
        "3. third\n4. fourth");
    nodeSample("taskList", doc("{\"type\":\"taskList\",\"attrs\":{\"localId\":\"l1\"},\"content\":["
        + "{\"type\":\"taskItem\",\"attrs\":{\"localId\":\"t1\",\"state\":\"TODO\"},\"content\":["
        + text("Write tests") + "]},"
        + "{\"type\":\"taskItem\",\"attrs\":{\"localId\":\"t2\",\"state\":\"DONE\"},\"content\":["
        + text("Ship it") + "]}]}"),
        "- [ ] Write tests\n- [x] Ship it");
    nodeSample("taskItem", doc("{\"type\":\"taskList\",\"attrs\":{\"localId\":\"l1\"},\"content\":["
        + "{\"type\":\"taskItem\",\"attrs\":{\"localId\":\"t1\",\"state\":\"DONE\"},\"content\":["
        + text("Done ", mark("strong")) + "," + text("already") + "]},"
        + "{\"type\":\"taskList\",\"attrs\":{\"localId\":\"l2\"},\"content\":["
        + "{\"type\":\"taskItem\",\"attrs\":{\"localId\":\"t3\",\"state\":\"TODO\"},\"content\":["
        + text("Sub-task") + "]}]}]}"),
        "- [x] **Done** already\n  - [ ] Sub-task");
    nodeSample("blockTaskItem", doc("{\"type\":\"taskList\",\"attrs\":{\"localId\":\"l1\"},\"content\":["
        + "{\"type\":\"blockTaskItem\",\"attrs\":{\"localId\":\"t1\",\"state\":\"TODO\"},\"content\":["
        + paragraph(text("Block task")) + "]}]}"),
        "- [ ] Block task");
    nodeSample("decisionList", doc("{\"type\":\"decisionList\",\"attrs\":{\"localId\":\"d\"},\"content\":["
        + "{\"type\":\"decisionItem\",\"attrs\":{\"localId\":\"d1\",\"state\":\"DECIDED\"},\"content\":["
        + text("Use PostgreSQL") + "]}]}"),
        "- **Decision:** Use PostgreSQL");
    nodeSample("decisionItem", doc("{\"type\":\"decisionList\",\"attrs\":{\"localId\":\"d\"},\"content\":["
        + "{\"type\":\"decisionItem\",\"attrs\":{\"localId\":\"d1\",\"state\":\"UNDECIDED\"},\"content\":["
        + text("Pick a region") + "]}]}"),
        "- **Undecided:** Pick a region");
    nodeSample("codeBlock", doc("{\"type\":\"codeBlock\",\"attrs\":{\"language\":\"python\"},\"content\":["
        + text("def f():\\n    return 1") + "]}"),
        "```python\ndef f():\n    return 1\n```");
    nodeSample("blockquote", doc("{\"type\":\"blockquote\",\"content\":[" + paragraph(text("quoted")) + ","
        + paragraph(text("twice")) + "]}"),
        "> quoted\n>\n> twice");
    nodeSample("rule", doc(paragraph(text("above")), "{\"type\":\"rule\"}", paragraph(text("below"))),
        "above\n\n---\n\nbelow");
    nodeSample("panel", doc("{\"type\":\"panel\",\"attrs\":{\"panelType\":\"warning\"},\"content\":["
        + paragraph(text("Deploys are frozen")) + "," + bulletList(listItem(paragraph(text("until Monday"))))
        + "]}"),
        "> **Warning:** Deploys are frozen\n>\n> - until Monday");
    nodeSample("expand", doc("{\"type\":\"expand\",\"attrs\":{\"title\":\"Stack trace\"},\"content\":["
        + paragraph(text("NullPointerException")) + "]}"),
        "**Stack trace**\n\nNullPointerException");
    nodeSample("nestedExpand", doc("{\"type\":\"expand\",\"attrs\":{\"title\":\"Outer\"},\"content\":["
        + "{\"type\":\"nestedExpand\",\"attrs\":{\"title\":\"Inner\"},\"content\":[" + paragraph(text("deep"))
        + "]}]}"),
        "**Outer**\n\n**Inner**\n\ndeep");
    String table = "{\"type\":\"table\",\"content\":["
        + "{\"type\":\"tableRow\",\"content\":["
        + "{\"type\":\"tableHeader\",\"content\":[" + paragraph(text("Env")) + "]},"
        + "{\"type\":\"tableHeader\",\"content\":[" + paragraph(text("Result")) + "]}]},"
        + "{\"type\":\"tableRow\",\"content\":["
        + "{\"type\":\"tableCell\",\"content\":[" + paragraph(text("prod")) + "]},"
        + "{\"type\":\"tableCell\",\"content\":[" + paragraph(text("fails | 500")) + ","
        + paragraph(text("since 10:00")) + "]}]}]}";
    nodeSample("table", doc(table), "| Env | Result |\n|---|---|\n| prod | fails \\| 500<br>since 10:00 |");
    nodeSample("tableRow", doc(table), "| Env | Result |\n|---|---|\n| prod | fails \\| 500<br>since 10:00 |");
    nodeSample("tableHeader", doc("{\"type\":\"table\",\"content\":[{\"type\":\"tableRow\",\"content\":["
        + "{\"type\":\"tableHeader\",\"content\":[" + paragraph(text("Row head")) + "]},"
        + "{\"type\":\"tableCell\",\"content\":[" + paragraph(text("value")) + "]}]}]}"),
        "| | |\n|---|---|\n| **Row head** | value |");
    nodeSample("tableCell", doc("{\"type\":\"table\",\"content\":[{\"type\":\"tableRow\",\"content\":["
        + "{\"type\":\"tableCell\",\"attrs\":{\"colspan\":2},\"content\":[" + paragraph(text("wide")) + "]}]},"
        + "{\"type\":\"tableRow\",\"content\":["
        + "{\"type\":\"tableCell\",\"content\":[" + paragraph(text("a")) + "]},"
        + "{\"type\":\"tableCell\",\"content\":[" + paragraph() + "]}]}]}"),
        "| | |\n|---|---|\n| wide | |\n| a | |");
    nodeSample("media", doc("{\"type\":\"mediaGroup\",\"content\":[" + FILE_MEDIA + "]}"),
        "[attachment: screenshot.png]");
    nodeSample("mediaGroup", doc("{\"type\":\"mediaGroup\",\"content\":[" + FILE_MEDIA + ","
        + "{\"type\":\"media\",\"attrs\":{\"type\":\"file\",\"id\":\"7f\",\"collection\":\"c\"}}]}"),
        "[attachment: screenshot.png] [attachment]");
    nodeSample("mediaSingle", doc("{\"type\":\"mediaSingle\",\"attrs\":{\"layout\":\"center\"},\"content\":["
        + "{\"type\":\"media\",\"attrs\":{\"type\":\"external\",\"url\":\"https://example.com/a b.png\","
        + "\"alt\":\"diagram\"}}]}"),
        "![diagram](https://example.com/a%20b.png)");
    nodeSample("caption", doc("{\"type\":\"mediaSingle\",\"attrs\":{\"layout\":\"center\"},\"content\":["
        + FILE_MEDIA + ",{\"type\":\"caption\",\"content\":[" + text("Login page") + "]}]}"),
        "[attachment: screenshot.png] *Login page*");
    nodeSample("mediaInline", doc(paragraph(text("See "), "{\"type\":\"mediaInline\",\"attrs\":{\"type\":\"file\","
        + "\"id\":\"9a\",\"collection\":\"c\",\"alt\":\"report.pdf\"}}", text(" for details"))),
        "See [attachment: report.pdf] for details");
    nodeSample("mention", doc(paragraph(text("Thanks "), "{\"type\":\"mention\",\"attrs\":{\"id\":\"5b10ac8d82e05b22cc7d4ef5\","
        + "\"text\":\"@Jane Doe\"}}", text("!"))),
        "Thanks @Jane Doe!");
    nodeSample("emoji", doc(paragraph("{\"type\":\"emoji\",\"attrs\":{\"shortName\":\":smile:\",\"id\":\"1f604\","
        + "\"text\":\"😄\"}}", text(" "), "{\"type\":\"emoji\",\"attrs\":{\"shortName\":\":party-parrot:\"}}")),
        "😄 :party-parrot:");
    nodeSample("status", doc(paragraph(text("State: "), "{\"type\":\"status\",\"attrs\":{\"text\":\"In progress\","
        + "\"color\":\"blue\"}}")),
        "State: [IN PROGRESS]");
    nodeSample("date", doc(paragraph(text("Due "), "{\"type\":\"date\",\"attrs\":{\"timestamp\":\"1705449600000\"}}")),
        "Due 2024-01-17");
    nodeSample("inlineCard", doc(paragraph(text("Blocked by "),
        "{\"type\":\"inlineCard\",\"attrs\":{\"url\":\"https://acme.atlassian.net/browse/OPS-7\"}}")),
        "Blocked by <https://acme.atlassian.net/browse/OPS-7>");
    nodeSample("blockCard", doc("{\"type\":\"blockCard\",\"attrs\":{\"url\":\"https://acme.atlassian.net/wiki/x\"}}"),
        "<https://acme.atlassian.net/wiki/x>");
    nodeSample("embedCard", doc("{\"type\":\"embedCard\",\"attrs\":{\"url\":\"https://youtu.be/abc\","
        + "\"layout\":\"center\"}}"),
        "<https://youtu.be/abc>");
    nodeSample("hardBreak", doc(paragraph(text("line one"), "{\"type\":\"hardBreak\"}", text("line two"))),
        "line one\\\nline two");
    nodeSample("placeholder", doc(paragraph("{\"type\":\"placeholder\",\"attrs\":{\"text\":\"Describe the bug\"}}")),
        "Describe the bug");
    nodeSample("extension", doc("{\"type\":\"extension\",\"attrs\":{\"extensionType\":\"com.atlassian.confluence.macro.core\","
        + "\"extensionKey\":\"toc\",\"parameters\":{\"macroMetadata\":{\"title\":\"Table of Contents\"}}}}"),
        "[Table of Contents]");
    nodeSample("inlineExtension", doc(paragraph(text("Issue "), "{\"type\":\"inlineExtension\",\"attrs\":{"
        + "\"extensionType\":\"com.atlassian.confluence.macro.core\",\"extensionKey\":\"jira\","
        + "\"parameters\":{\"macroParams\":{\"key\":{\"value\":\"OPS-7\"}}}}}")),
        "Issue OPS-7");
    nodeSample("bodiedExtension", doc("{\"type\":\"bodiedExtension\",\"attrs\":{\"extensionType\":\"com.example\","
        + "\"extensionKey\":\"excerpt\"},\"content\":[" + paragraph(text("Excerpt body")) + "]}"),
        "Excerpt body");
    String layout = "{\"type\":\"layoutSection\",\"content\":["
        + "{\"type\":\"layoutColumn\",\"attrs\":{\"width\":50},\"content\":[" + paragraph(text("Left")) + "]},"
        + "{\"type\":\"layoutColumn\",\"attrs\":{\"width\":50},\"content\":[" + paragraph(text("Right")) + "]}]}";
    nodeSample("layoutSection", doc(layout), "Left\n\nRight");
    nodeSample("layoutColumn", doc(layout), "Left\n\nRight");
    nodeSample("syncBlock", doc("{\"type\":\"syncBlock\",\"attrs\":{\"resourceId\":\"r1\",\"localId\":\"l1\"}}"),
        "[synced content]");
    nodeSample("bodiedSyncBlock", doc("{\"type\":\"bodiedSyncBlock\",\"attrs\":{\"resourceId\":\"r1\",\"localId\":\"l1\"},"
        + "\"content\":[" + paragraph(text("Shared text")) + "]}"),
        "Shared text");

    markSample("strong", doc(paragraph(text("very "), text("bold", mark("strong")), text(" move"))),
        "very **bold** move");
    markSample("em", doc(paragraph(text("an "), text("italic ", mark("em")), text("word"))), "an *italic* word");
    markSample("strike", doc(paragraph(text("gone", mark("strike")))), "~~gone~~");
    markSample("code", doc(paragraph(text("run "), text("mvn verify", mark("code")))), "run `mvn verify`");
    markSample("link", doc(paragraph(text("the "), text("docs", "{\"type\":\"link\",\"attrs\":{\"href\":"
        + "\"https://developer.atlassian.com/cloud/jira\",\"title\":\"Docs\"}}"))),
        "the [docs](https://developer.atlassian.com/cloud/jira)");
    markSample("underline", doc(paragraph(text("underlined", mark("underline")))), "underlined");
    markSample("subsup", doc(paragraph(text("H"), text("2", "{\"type\":\"subsup\",\"attrs\":{\"type\":\"sub\"}}"),
        text("O and x"), text("2", "{\"type\":\"subsup\",\"attrs\":{\"type\":\"sup\"}}"))),
        "H<sub>2</sub>O and x<sup>2</sup>");
    markSample("textColor", doc(paragraph(text("red", "{\"type\":\"textColor\",\"attrs\":{\"color\":\"#ff5630\"}}"))),
        "red");
    markSample("backgroundColor", doc(paragraph(text("highlighted",
        "{\"type\":\"backgroundColor\",\"attrs\":{\"color\":\"#fedec8\"}}"))), "highlighted");
    markSample("annotation", doc(paragraph(text("commented", "{\"type\":\"annotation\",\"attrs\":{\"id\":\"a1\","
        + "\"annotationType\":\"inlineComment\"}}"))), "commented");
    markSample("border", doc("{\"type\":\"mediaSingle\",\"attrs\":{\"layout\":\"center\"},\"content\":["
        + "{\"type\":\"media\",\"attrs\":{\"type\":\"file\",\"id\":\"1\",\"collection\":\"c\",\"alt\":\"b.png\"},"
        + "\"marks\":[{\"type\":\"border\",\"attrs\":{\"size\":2,\"color\":\"#091e4224\"}}]}]}"),
        "[attachment: b.png]");
    markSample("alignment", doc("{\"type\":\"paragraph\",\"marks\":[{\"type\":\"alignment\",\"attrs\":{\"align\":\"center\"}}],"
        + "\"content\":[" + text("centred") + "]}"), "centred");
    markSample("indentation", doc("{\"type\":\"paragraph\",\"marks\":[{\"type\":\"indentation\",\"attrs\":{\"level\":2}}],"
        + "\"content\":[" + text("indented") + "]}"), "indented");
    markSample("fontSize", doc("{\"type\":\"paragraph\",\"marks\":[{\"type\":\"fontSize\",\"attrs\":{\"fontSize\":\"small\"}}],"
        + "\"content\":[" + text("small print") + "]}"), "small print");
    markSample("breakout", doc("{\"type\":\"codeBlock\",\"marks\":[{\"type\":\"breakout\",\"attrs\":{\"mode\":\"wide\"}}],"
        + "\"content\":[" + text("wide code") + "]}"), "```\nwide code\n```");
    markSample("dataConsumer", doc("{\"type\":\"extension\",\"marks\":[{\"type\":\"dataConsumer\",\"attrs\":{\"sources\":[\"s\"]}}],"
        + "\"attrs\":{\"extensionType\":\"com.example\",\"extensionKey\":\"chart\",\"text\":\"Burndown chart\"}}"),
        "[Burndown chart]");
    markSample("fragment", doc("{\"type\":\"table\",\"marks\":[{\"type\":\"fragment\",\"attrs\":{\"localId\":\"f1\"}}],"
        + "\"content\":[{\"type\":\"tableRow\",\"content\":[{\"type\":\"tableCell\",\"content\":["
        + paragraph(text("only")) + "]}]}]}"),
        "| |\n|---|\n| only |");
  }

  private static void nodeSample(String type, String document, String markdown) {
    NODES.put(type, new String[] {document, markdown});
  }

  private static void markSample(String type, String document, String markdown) {
    MARKS.put(type, new String[] {document, markdown});
  }

  static Stream<Arguments> nodes() {
    return NODES.entrySet().stream().map(e -> Arguments.of(e.getKey(), e.getValue()[0], e.getValue()[1]));
  }

  static Stream<Arguments> marks() {
    return MARKS.entrySet().stream().map(e -> Arguments.of(e.getKey(), e.getValue()[0], e.getValue()[1]));
  }

  @ParameterizedTest(name = "node {0}")
  @MethodSource("nodes")
  void everyNodeTypeHasAReadableRendering(String type, String document, String expected) {
    assertEquals(List.of(), ValidAdf.VALIDATOR.problems(document), "the sample for " + type + " must be valid ADF");
    assertEquals(expected, converter.convert(JsonParser.parseString(document)));
  }

  @ParameterizedTest(name = "mark {0}")
  @MethodSource("marks")
  void everyMarkTypeHasAReadableRendering(String type, String document, String expected) {
    assertEquals(List.of(), ValidAdf.VALIDATOR.problems(document), "the sample for " + type + " must be valid ADF");
    assertEquals(expected, converter.convert(JsonParser.parseString(document)));
  }

  @Test
  void theSamplesCoverEveryNodeAndMarkTypeOfTheSchema() throws Exception {
    Set<String> nodeTypes = new TreeSet<>();
    Set<String> markTypes = new TreeSet<>();
    try (Reader reader = new InputStreamReader(AdfSchemaResource.open(), StandardCharsets.UTF_8)) {
      JsonObject definitions = JsonParser.parseReader(reader).getAsJsonObject().getAsJsonObject("definitions");
      for (String name : definitions.keySet()) {
        JsonObject type = definitions.getAsJsonObject(name).getAsJsonObject("properties");
        if (type == null || !type.has("type") || !type.getAsJsonObject("type").has("enum")) {
          continue;
        }
        String value = type.getAsJsonObject("type").getAsJsonArray("enum").get(0).getAsString();
        (name.endsWith("_mark") ? markTypes : nodeTypes).add(value);
      }
    }
    assertEquals(nodeTypes, new TreeSet<>(NODES.keySet()), "node types of the schema");
    assertEquals(markTypes, new TreeSet<>(MARKS.keySet()), "mark types of the schema");
    List<String> counts = new ArrayList<>(List.of(nodeTypes.size() + " nodes", markTypes.size() + " marks"));
    assertEquals(List.of("43 nodes", "17 marks"), counts);
  }
}
