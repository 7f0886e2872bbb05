package io.github.atlassianmcp.server.format.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.atlassianmcp.sandbox.confluence.body.BodyContext;
import io.github.atlassianmcp.sandbox.confluence.body.StorageCheck;
import io.github.atlassianmcp.sandbox.confluence.body.StorageToAdf;
import io.github.atlassianmcp.sandbox.http.Json;
import io.github.atlassianmcp.specs.AdfValidator;
import io.github.atlassianmcp.testing.LinearTime;
import io.github.atlassianmcp.testing.MarkdownCorpus;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class MarkdownToStorageTest {

  private static final StorageCheck WELL_FORMED = new StorageCheck();

  private final MarkdownToStorage converter = new MarkdownToStorage();

  @Test
  void headingsEmphasisLinksAndParagraphs() {
    assertEquals("<h1>Title</h1><p>Some <strong>bold</strong>, <em>italic</em>, <s>gone</s> and <code>a &lt; b</code>"
        + " text with <a href=\"https://example.com/?a=1&amp;b=2\">a link</a>.</p><h3>Deeper</h3>",
        convert("# Title\n\nSome **bold**, *italic*, ~~gone~~ and `a < b` text with"
            + " [a link](https://example.com/?a=1&b=2).\n\n### Deeper"));
  }

  @Test
  void nestedListsAndOrderedStarts() {
    assertEquals("<ul><li><p>one</p><ul><li><p>inner <em>a</em></p></li></ul></li><li><p>two</p></li></ul>"
        + "<ol start=\"3\"><li><p>three</p></li></ol>",
        convert("- one\n  - inner *a*\n- two\n\n3. three"));
  }

  @Test
  void codeBlocksBecomeTheCodeMacroWithTheirLanguage() {
    assertEquals("<ac:structured-macro ac:name=\"code\" ac:schema-version=\"1\"><ac:parameter ac:name=\"language\">"
        + "java</ac:parameter><ac:plain-text-body><![CDATA[if (a < b && c) {\n  x = \"]]]]><![CDATA[>\";\n}]]>"
        + "</ac:plain-text-body></ac:structured-macro><ac:structured-macro ac:name=\"code\" ac:schema-version=\"1\">"
        + "<ac:plain-text-body><![CDATA[indented]]></ac:plain-text-body></ac:structured-macro>",
        convert("```Java title=\"x\"\nif (a < b && c) {\n  x = \"]]>\";\n}\n```\n\n    indented"));
  }

  @Test
  void tablesWithHeadersAndAlignment() {
    assertEquals("<table data-layout=\"default\"><tbody><tr><th><p>Risk</p></th><th><p style=\"text-align: center;\">"
        + "Owner</p></th></tr><tr><td><p>Card <strong>declines</strong></p></td><td><p style=\"text-align: center;\">"
        + "Priya</p></td></tr></tbody></table>",
        convert("| Risk | Owner |\n|---|:---:|\n| Card **declines** | Priya |"));
    String aligned = "| Risk | Owner | Cost |\n|---|:---:|---:|\n| Card | Priya | 3 |";
    assertEquals(aligned, new StorageToMarkdown().convert(convert(aligned)), "alignment reads back");
  }

  @Test
  void quotesAndCalloutsBecomeQuotesAndPanels() {
    assertEquals("<blockquote><p>Just a quote</p></blockquote>"
        + "<ac:structured-macro ac:name=\"note\" ac:schema-version=\"1\"><ac:rich-text-body><p>Read this first.</p>"
        + "</ac:rich-text-body></ac:structured-macro>"
        + "<ac:structured-macro ac:name=\"warning\" ac:schema-version=\"1\"><ac:parameter ac:name=\"title\">Deploy"
        + " freeze</ac:parameter><ac:rich-text-body><p>No releases in December.</p></ac:rich-text-body>"
        + "</ac:structured-macro>"
        + "<ac:structured-macro ac:name=\"info\" ac:schema-version=\"1\"><ac:rich-text-body><p>As reading shows"
        + " it.</p></ac:rich-text-body></ac:structured-macro>"
        + "<ac:structured-macro ac:name=\"tip\" ac:schema-version=\"1\"><ac:parameter ac:name=\"title\">Shortcut"
        + "</ac:parameter><ac:rich-text-body><ul><li><p>a</p></li></ul></ac:rich-text-body></ac:structured-macro>",
        convert("> Just a quote\n\n> [!NOTE]\n> Read this first.\n\n> [!WARNING] Deploy freeze\n> No releases in"
            + " December.\n\n> **Info:** As reading shows it.\n\n> **Tip: Shortcut**\n>\n> - a"));
  }

  @Test
  void taskListsBecomeConfluenceTasksNumberedFromTheGivenId() {
    assertEquals("<ac:task-list><ac:task><ac:task-id>7</ac:task-id><ac:task-status>incomplete</ac:task-status>"
        + "<ac:task-body>Write the <strong>runbook</strong></ac:task-body></ac:task><ac:task><ac:task-id>8"
        + "</ac:task-id><ac:task-status>complete</ac:task-status><ac:task-body>Ship</ac:task-body></ac:task>"
        + "<ac:task-list><ac:task><ac:task-id>9</ac:task-id><ac:task-status>incomplete</ac:task-status>"
        + "<ac:task-body>Tell support</ac:task-body></ac:task></ac:task-list></ac:task-list>",
        converter.convert("- [ ] Write the **runbook**\n- [x] Ship\n  - [ ] Tell support", Originals.NONE, 7));
  }

  @Test
  void expandAndLayoutFramesBecomeTheirElements() {
    String storage = convert("{{expand Feature flags}}\n\n`checkout-v2` on\n\n{{/expand}}\n\n{{layout two_equal}}\n"
        + "{{column}}\n### Goals\n\n- fewer failures\n\n{{column}}\n### Non-goals\n{{/layout}}\n\nAfter");
    assertEquals("<ac:structured-macro ac:name=\"expand\" ac:schema-version=\"1\"><ac:parameter ac:name=\"title\">"
        + "Feature flags</ac:parameter><ac:rich-text-body><p><code>checkout-v2</code> on</p></ac:rich-text-body>"
        + "</ac:structured-macro><ac:layout><ac:layout-section ac:type=\"two_equal\" ac:breakout-mode=\"default\">"
        + "<ac:layout-cell><h3>Goals</h3><ul><li><p>fewer failures</p></li></ul></ac:layout-cell><ac:layout-cell>"
        + "<h3>Non-goals</h3></ac:layout-cell></ac:layout-section></ac:layout><p>After</p>", storage);
  }

  @Test
  void framesInsideFencedCodeStayCode() {
    assertTrue(convert("```\n{{expand x}}\n```").contains("<![CDATA[{{expand x}}]]>"));
    assertEquals("<p>{{/expand}}</p>", convert("{{/expand}}"), "a stray closing line is text");
  }

  @Test
  void placeholdersMakeNewElementsWhereTheyNameSomething() {
    assertEquals("<ac:structured-macro ac:name=\"toc\" ac:schema-version=\"1\" />"
        + "<p>State: <ac:structured-macro ac:name=\"status\" ac:schema-version=\"1\"><ac:parameter ac:name=\"title\">"
        + "DONE</ac:parameter></ac:structured-macro>, see <ac:structured-macro ac:name=\"jira\" ac:schema-version=\"1\">"
        + "<ac:parameter ac:name=\"key\">PROJ-12</ac:parameter></ac:structured-macro> and <ac:link><ri:page"
        + " ri:content-title=\"Release Process\" /></ac:link>.</p>"
        + "<ac:image><ri:attachment ri:filename=\"flow.png\" /></ac:image>"
        + "<p>Unknown {{macro drawio}} stays text.</p>",
        convert("{{table of contents}}\n\nState: {{status DONE}}, see {{jira PROJ-12}} and {{page Release Process}}."
            + "\n\n{{image flow.png}}\n\nUnknown {{macro drawio}} stays text."));
  }

  @Test
  void mentionsByAccountIdAndUnsafeOrOddInput() {
    assertEquals("<p>Ask <ac:link><ri:user ri:account-id=\"5b10ac8d82e05b22cc7d4ef5\" /></ac:link> or "
        + "<ac:link><ri:user ri:account-id=\"712020:5f1c4a3e-8b2d-4c6f-9e1a-3d7b5c9e2f40\" /></ac:link>;"
        + " mail me@example.com.</p>",
        convert("Ask @5b10ac8d82e05b22cc7d4ef5 or @712020:5f1c4a3e-8b2d-4c6f-9e1a-3d7b5c9e2f40; mail me@example.com."));
    assertEquals("<p>click</p><p>&lt;div onclick=\"x\"&gt;raw&lt;/div&gt;</p><p>a<br />b</p>",
        convert("[click](javascript:alert(1))\n\n<div onclick=\"x\">raw</div>\n\na<br>b"));
    assertEquals("<p>bidi evil zero width \u0007?</p>".replace("\u0007", ""),
        convert("bidi \u202Eevil zero\u200B width \u0007?"));
    assertEquals("", convert("  \n "));
    assertEquals("<p><ac:image ac:alt=\"logo\"><ri:url ri:value=\"https://example.com/l.png\" /></ac:image></p>",
        convert("![logo](https://example.com/l.png)"));
  }

  @Test
  void everyBodyWrittenIsWellFormedAndGivesValidAdf() {
    AdfValidator validator = new AdfValidator();
    List<String> failures = new ArrayList<>();
    List<String> inputs = new ArrayList<>(MarkdownCorpus.documents());
    inputs.add("{{layout}}\n{{column}}\n{{expand}}\n# a\n{{/expand}}\n{{column}}\n{{column}}\n{{column}}\nx");
    inputs.add("**" + "*".repeat(5_000) + "deep");
    inputs.add("> [!TIP]\n> > nested\n>\n> ```\n> code\n> ```");
    inputs.addAll(MarkdownCorpus.generated(40, 7));
    for (String markdown : inputs) {
      String storage = converter.convert(markdown);
      Optional<String> problem = WELL_FORMED.problem(storage);
      problem.ifPresent(p -> failures.add(p + "\n" + markdown + "\n" + storage));
      List<String> adf = validator.problems(Json.write(
          StorageToAdf.convert(storage, BodyContext.empty(1))));
      if (!adf.isEmpty()) {
        failures.add("ADF " + adf + "\n" + storage);
      }
    }
    assertEquals(List.of(), failures);
  }

  @Test
  void whatReadingShowsWritesBackToTheSameMarkdown() {
    StorageToMarkdown reader = new StorageToMarkdown();
    String markdown = """
        # Release checklist

        Owner: @5b10ac8d82e05b22cc7d4ef5, status {{status IN PROGRESS}}

        {{table of contents}}

        ## Steps

        1. Cut the branch
        2. Run the **tests**:
           - unit
           - contract

        ```bash
        ./release.sh --canary 10%
        ```

        > **Warning: Freeze**
        >
        > Not in December.

        > **Note:** Ask in #releases.

        | Step | Who |
        |---|---|
        | Cut | Ana |

        - [ ] Announce
        - [x] Tag

        {{expand Details}}

        See [the guide](https://example.com/guide).

        {{/expand}}

        {{layout two_equal}}

        {{column}}

        Left

        {{column}}

        Right

        {{/layout}}

        ---

        Done.""";
    assertEquals(markdown, reader.convert(converter.convert(markdown)));
  }

  @Test
  void conversionTimeGrowsLinearlyWithTheInput() {
    String chunk = String.join("\n\n", MarkdownCorpus.documents().stream().filter(doc -> doc.length() < 2_000)
        .toList()) + "\n\n{{status X}} @5b10ac8d82e05b22cc7d4ef5\n\n";
    String small = chunk.repeat(2);
    String large = chunk.repeat(40);
    LinearTime.assertLinear(() -> converter.convert(small), () -> converter.convert(large));
  }

  private String convert(String markdown) {
    String storage = converter.convert(markdown);
    assertFalse(WELL_FORMED.problem(storage).isPresent(), () -> WELL_FORMED.problem(storage).get() + "\n" + storage);
    return storage;
  }
}
