package io.github.atlassianmcp.server.format.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.atlassianmcp.testing.LinearTime;
import io.github.atlassianmcp.testing.TestResources;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class StorageToMarkdownTest {

  private final StorageToMarkdown converter = new StorageToMarkdown();

  @Test
  void aRunbookPageWithRealMacros() {
    assertEquals("""
        {{table of contents}}

        # Payments service runbook

        Owner: @557058:f0e5a1b2-1111-2222-3333-444455556666 — last reviewed 2024-05-02. Status: {{status CURRENT}}

        > **Info:** On-call rotation is in [PagerDuty](https://acme.pagerduty.com/schedules#P123).

        ## Restarting the service

        1. Check the dashboards (see {{page Payments dashboards}})
        2. Drain traffic:
           - **EU** first
           - *US* second
        3. Run the restart:

           **restart.sh**
           ```bash
           kubectl rollout restart deploy/payments -n prod
           kubectl rollout status deploy/payments -n prod --timeout=5m
           ```

        > **Warning: Never during settlement**
        >
        > Settlement runs 01:00–02:00 UTC. Restarting then loses in-flight batches.

        ## Known issues

        | Issue | Status | Notes |
        |---|---|---|
        | {{jira PAY-231}} | {{status IN PROGRESS}} | Timeouts \\| retries<br>see logs |
        | Slow refunds | | ⚠️ investigate |

        - [x] Rotate the API keys
        - [ ] Update the **runbook** diagram

        {{expand Architecture}}

        {{image payments-architecture.png}}

        Diagram source in {{attachment payments.drawio}}.

        {{/expand}}

        ---

        {{child pages}}

        Questions? Ask in #payments 🙂""", converter.convert(resource("runbook-page.xhtml")));
  }

  @Test
  void layoutsUnknownMacrosImagesLinksAndMalformedMarkup() {
    assertEquals("""
        {{layout two_equal}}

        {{column}}

        Left <sup>1</sup> H<sub>2</sub>O ~~old~~ `x = 1`

        {{column}}

        Right\\
        line two

        {{/layout}}

        {{macro details: Rich body of unknown macro}}

        {{macro html: \\<div class="x">raw\\</div>}}

        {{macro gallery}}

        {{jira issues: project = PAY AND status = Open}}

        ```
          keep   spacing
        ```

        ```
          pre
            formatted
        ```

        > Quoted *words*

        ![logo](https://example.com/logo.png) ![x](https://example.com/x.png) [site](https://example.com) OPS back to top

        Type your summary here

        {{extension decision-list: Use Postgres}}

        Unknown \\&foo; entity and script, bidi evil and zerowidth

        Unclosed **bold**""", converter.convert(resource("edge-cases.xhtml")));
  }

  @Test
  void placeholdersStandForWhatMarkdownCannotExpressAndShowTheirSubject() {
    assertEquals("{{table of contents}}\n\nText with {{status DONE}} and {{macro roadmap: Q3 plans}} inline.\n\n"
        + "{{image flow.png}}\n\n{{anchor top}}", converter.convert("<ac:structured-macro ac:name=\"toc\" />"
        + "<p>Text with <ac:structured-macro ac:name=\"status\"><ac:parameter ac:name=\"title\">Done</ac:parameter>"
        + "</ac:structured-macro> and <ac:structured-macro ac:name=\"roadmap\"><ac:rich-text-body><p>Q3 plans</p>"
        + "</ac:rich-text-body></ac:structured-macro> inline.</p><ac:image><ri:attachment ri:filename=\"flow.png\" />"
        + "</ac:image><ac:structured-macro ac:name=\"anchor\"><ac:parameter ac:name=\"\">top</ac:parameter>"
        + "</ac:structured-macro>"));
    String long_ = "x".repeat(200);
    assertEquals("{{macro note-box: " + "x".repeat(60) + "…}}", converter.convert(
        "<ac:structured-macro ac:name=\"note-box\"><ac:plain-text-body><![CDATA[" + long_
            + "]]></ac:plain-text-body></ac:structured-macro>"));
  }

  @Test
  void markupNeverLeaksIntoTheMarkdown() {
    for (String name : new String[] {"runbook-page.xhtml", "edge-cases.xhtml"}) {
      String markdown = converter.convert(resource(name));
      assertFalse(markdown.contains("ac:") || markdown.contains("ri:") || markdown.contains("CDATA"), name);
      assertFalse(markdown.contains("secret-param") || markdown.contains("System JIRA"), "macro parameters");
      assertFalse(markdown.contains("\n\n\n"), name);
      assertFalse(markdown.lines().anyMatch(line -> line.endsWith(" ")), name);
    }
  }

  @Test
  void panelsReadLikeAdfPanels() {
    assertEquals("> **Note:** Read this\n\n> **Tip:**\n>\n> - a\n\n> plain panel\n\n> **Checklist**\n>\n> body",
        converter.convert("<ac:structured-macro ac:name=\"note\"><ac:rich-text-body><p>Read this</p>"
            + "</ac:rich-text-body></ac:structured-macro><ac:structured-macro ac:name=\"tip\"><ac:rich-text-body>"
            + "<ul><li>a</li></ul></ac:rich-text-body></ac:structured-macro><ac:structured-macro ac:name=\"panel\">"
            + "<ac:rich-text-body><p>plain panel</p></ac:rich-text-body></ac:structured-macro>"
            + "<ac:structured-macro ac:name=\"panel\"><ac:parameter ac:name=\"title\">Checklist</ac:parameter>"
            + "<ac:rich-text-body><p>body</p></ac:rich-text-body></ac:structured-macro>"));
  }

  @Test
  void listsNestedTheConfluenceWayAndOrderedStarts() {
    // The second list gets another delimiter: with the same one, it would continue the first.
    assertEquals("1. one\n   - inner\n2. two\n\n3) three", converter.convert(
        "<ol><li>one</li><ul><li>inner</li></ul><li>two</li></ol><ol start=\"3\"><li>three</li></ol>"));
  }

  @Test
  void tableHeadersInTheadAndRowHeaders() {
    assertEquals("| A | B |\n|---|---|\n| 1 | 2 |\n\n| | |\n|---|---|\n| **Row** | value |", converter.convert(
        "<table><thead><tr><th>A</th><th>B</th></tr></thead><tbody><tr><td>1</td><td>2</td></tr></tbody></table>"
            + "<table><tbody><tr><th><h3>Row</h3></th><td>value</td></tr></tbody></table>"));
  }

  @Test
  void columnAlignmentReadsBackAsTheDelimiterRow() {
    // As the editor writes it (on the cell's paragraph) and as older pages have it (on the cell).
    assertEquals("| Risk | Owner | Cost |\n|---|:---:|---:|\n| a | b | 1 |", converter.convert("<table><tbody><tr>"
        + "<th><p>Risk</p></th><th><p style=\"text-align: center;\">Owner</p></th><th style=\"text-align:right\">Cost"
        + "</th></tr><tr><td>a</td><td><p style=\"text-align: center;\">b</p></td><td>1</td></tr></tbody></table>"));
  }

  @Test
  void userLinksWithANameAndEmoticonsWithoutFallback() {
    assertEquals("@Jane Doe :custom-parrot: 👍 ❓", converter.convert("<p><ac:link><ri:user ri:account-id=\"1\" />"
        + "<ac:plain-text-link-body><![CDATA[Jane Doe]]></ac:plain-text-link-body></ac:link> "
        + "<ac:emoticon ac:name=\"blue-star\" ac:emoji-shortname=\":custom-parrot:\" ac:emoji-id=\"atlassian-parrot\" /> "
        + "<ac:emoticon ac:name=\"thumbs-up\" /> <ac:emoticon ac:name=\"question\" /></p>"));
  }

  @Test
  void nothingGivesNothing() {
    assertEquals("", converter.convert(null));
    assertEquals("", converter.convert(""));
    assertEquals("", converter.convert("  \n "));
    assertEquals("", converter.convert("<p>&nbsp;</p><p> </p>"));
  }

  @Test
  void onlyWebAndMailLinksSurvive() {
    assertEquals("click me, [mail](mailto:a@example.com), [web](HTTPS://example.com/a), [page](/wiki/spaces/X), "
        + "run this, call, tab, me and [image] [image: x.png]", converter.convert("<p>"
        + "<a href=\"javascript:alert(document.cookie)\">click me</a>, "
        + "<a href=\"mailto:a@example.com\">mail</a>, <a href=\"HTTPS://example.com/a\">web</a>, "
        + "<a href=\"/wiki/spaces/X\">page</a>, "
        + "<ac:link><ri:url ri:value=\" JaVaScRiPt:fetch('https://evil.example')\" />"
        + "<ac:plain-text-link-body><![CDATA[run this]]></ac:plain-text-link-body></ac:link>, "
        + "<a href=\"vbscript&#58;msgbox(1)\">call</a>, <a href=\"java&#9;script:alert(1)\">tab</a>, "
        + "<a href=\"data:text/html;base64,PHNjcmlwdD4=\">me</a> and "
        + "<ac:image><ri:url ri:value=\"javascript:alert(1)\" /></ac:image><ac:image ac:alt=\"x.png\">"
        + "<ri:url ri:value=\"file:///etc/passwd\" /></ac:image></p>"));
  }

  @Test
  void plainTextWithoutMarkupIsAParagraph() {
    assertEquals("just text, \\*escaped\\*", converter.convert("just text, *escaped*"));
  }

  @Test
  void hostileNestingDegradesInsteadOfOverflowing() {
    String nested = "<blockquote><ul><li>".repeat(5_000) + "bottom" + "</li></ul></blockquote>".repeat(5_000);
    String inline = "<strong><em>".repeat(20_000) + "deep" + "</em></strong>".repeat(20_000);
    String markdown = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> converter.convert(nested));
    assertTrue(markdown.endsWith("bottom"), markdown.substring(Math.max(0, markdown.length() - 60)));
    assertTrue(assertTimeoutPreemptively(Duration.ofSeconds(20), () -> converter.convert(inline)).contains("deep"));
  }

  @Test
  void conversionTimeGrowsLinearly() {
    String page = resource("runbook-page.xhtml");
    String small = page.repeat(20);
    String large = page.repeat(400);
    LinearTime.assertLinear(() -> converter.convert(small), () -> converter.convert(large));
  }

  private static String resource(String name) {
    return TestResources.read(StorageToMarkdownTest.class, name);
  }
}
