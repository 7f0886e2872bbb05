package io.github.atlassianmcp.server.format.pageedit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.atlassianmcp.sandbox.confluence.body.StorageCheck;
import io.github.atlassianmcp.sandbox.oauth.RandomTokens;
import io.github.atlassianmcp.sandbox.seed.SeedData;
import io.github.atlassianmcp.sandbox.seed.SeedUsers;
import io.github.atlassianmcp.server.format.storage.StorageToMarkdown;
import io.github.atlassianmcp.testing.LinearTime;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Edits of the sandbox's loss-check page (98317), which holds a table of contents, a Jira macro, a draw.io macro
 * the server does not know, an attachment image, a layout with headings in its columns, an expand, a status, a
 * mention, an emoji and three h2 sections. Everything outside the edited part must stay byte for byte.
 */
class PageEditTest {

  private static final StorageCheck WELL_FORMED = new StorageCheck();

  private static String page;
  private final PageEdit edit = new PageEdit();
  private final StorageToMarkdown reader = new StorageToMarkdown();

  @BeforeAll
  static void seed() {
    SeedData seed = SeedData.create(SeedUsers.create(new RandomTokens()), Instant.parse("2025-06-15T10:30:00Z"));
    page = seed.confluence().page(98317).orElseThrow().storage();
  }

  @Test
  void aSectionUpdateLeavesEverythingElseByteForByte() {
    String result = applied(edit.apply(page, PageChange.section("Risks",
        "| Risk | Mitigation |\n|---|---|\n| Fraud spikes | Rules in *shadow mode* first |")));
    int from = page.indexOf("<h2>Risks</h2>") + "<h2>Risks</h2>".length();
    assertEquals(page.substring(0, from), result.substring(0, from), "everything before the section's content");
    assertTrue(result.substring(from).startsWith("<table data-layout=\"default\"><tbody><tr><th><p>Risk</p>"));
    assertTrue(result.contains("<em>shadow mode</em>"));
    assertFalse(result.contains("Card declines rise"), "the old content is gone");
    assertFalse(result.contains("December"), "the old warning panel was content of the section too");
  }

  @Test
  void aSectionInTheMiddleEndsAtTheNextHeadingOfItsLevel() {
    String result = applied(edit.apply(page, PageChange.section("rollout plan",
        "## Rollout plan\n\n1. Dogfood\n2. Everyone\n\n{{macro drawio}}\n\n{{expand Feature flags}}\n\n`checkout-v2`"
            + "\n\n{{/expand}}")));
    int from = page.indexOf("<h2>Rollout plan</h2>") + "<h2>Rollout plan</h2>".length();
    int to = page.indexOf("<h2>Risks</h2>");
    assertEquals(page.substring(0, from), result.substring(0, from));
    assertTrue(result.endsWith(page.substring(to)), "from the next h2 on, nothing changed");
    String section = result.substring(from, result.length() - (page.length() - to));
    assertTrue(section.startsWith("<ol><li><p>Dogfood</p></li>"), "the repeated heading is dropped: " + section);
    assertTrue(section.contains(drawio()), "the unknown macro is back, byte for byte: " + section);
    assertTrue(section.contains("<ac:parameter ac:name=\"title\">Feature flags</ac:parameter>"), section);
  }

  @Test
  void anAppendAddsAtTheEndAndChangesNothingBefore() {
    String result = applied(edit.apply(page, PageChange.append("## Decision\n\nGo for **Q3**.")));
    assertTrue(result.startsWith(page));
    assertEquals("<h2>Decision</h2><p>Go for <strong>Q3</strong>.</p>", result.substring(page.length()));
  }

  @Test
  void anAppendToASectionLandsBeforeTheNextHeading() {
    String result = applied(edit.apply(page, new PageChange("- [ ] Brief support", "Overview", true)));
    int at = page.indexOf("<h2>Rollout plan</h2>");
    assertEquals(page.substring(0, at), result.substring(0, at));
    assertTrue(result.endsWith(page.substring(at)));
    assertTrue(result.substring(at).startsWith("<ac:task-list><ac:task><ac:task-id>1</ac:task-id>"),
        result.substring(at, at + 80));
  }

  @Test
  void aHeadingInsideALayoutColumnHeadsASectionThatEndsWithTheColumn() {
    String result = applied(edit.apply(page, PageChange.section("Overview > Goals", "- One checkout for every app")));
    int from = page.indexOf("<h3>Goals</h3>") + "<h3>Goals</h3>".length();
    int to = page.indexOf("</ac:layout-cell><ac:layout-cell><h3>Non-goals</h3>");
    assertEquals(page.substring(0, from), result.substring(0, from));
    assertTrue(result.endsWith(page.substring(to)), "the column's end and everything after stay");
    assertEquals("<ul><li><p>One checkout for every app</p></li></ul>",
        result.substring(from, result.length() - (page.length() - to)));
    assertInstanceOf(EditResult.Applied.class, edit.apply(page, PageChange.section("Non-goals", "Pricing.")));
  }

  @Test
  void aHeadingInsideAnExpandHeadsASectionButOneInsideAnUnknownMacroDoesNot() {
    String storage = "<h2>A</h2><ac:structured-macro ac:name=\"expand\"><ac:rich-text-body><h3>Inner</h3><p>x</p>"
        + "</ac:rich-text-body></ac:structured-macro><ac:structured-macro ac:name=\"details\"><ac:rich-text-body>"
        + "<h3>Hidden</h3></ac:rich-text-body></ac:structured-macro>";
    String result = applied(edit.apply(storage, PageChange.section("Inner", "y")));
    assertEquals(storage.replace("<p>x</p>", "<p>y</p>"), result);
    EditResult hidden = edit.apply(storage, PageChange.section("Hidden", "z"));
    assertTrue(refused(hidden).startsWith("No heading of the page matches \"Hidden\". Its headings: A; A > Inner."),
        refused(hidden));
  }

  @Test
  void aWholeBodyRewriteThatKeepsThePlaceholdersKeepsTheElements() {
    String markdown = reader.convert(page).replace("Checkout v2 replaces the legacy payment form.",
        "Checkout v2 replaced the legacy payment form in June.");
    EditResult result = edit.apply(page, PageChange.wholeBody(markdown));
    String storage = applied(result);
    assertTrue(((EditResult.Applied) result).summary().startsWith("Replaced the whole body; kept "),
        ((EditResult.Applied) result).summary());
    assertTrue(storage.contains("replaced the legacy payment form in June"));
    for (String kept : List.of(macro("toc"), macro("jira"), drawio(), image(), mention(), status(), emoji())) {
      assertTrue(storage.contains(kept), "kept byte for byte: " + kept);
    }
    assertTrue(storage.contains("<ac:layout-section ac:type=\"two_equal\""), storage);
    assertEquals(reader.convert(page).replace("replaces the legacy payment form.",
        "replaced the legacy payment form in June."), reader.convert(storage), "it reads as the agent wrote it");
  }

  @Test
  void emojiAndMentionsComeBackWhereTheirCharactersStand() {
    String storage = "<p>Ask <ac:link><ri:user ri:account-id=\"x1\" /><ac:plain-text-link-body><![CDATA[Jane Doe]]>"
        + "</ac:plain-text-link-body></ac:link> <ac:emoticon ac:name=\"tick\" /></p>";
    assertEquals("Ask @Jane Doe ✅", reader.convert(storage));
    String result = applied(edit.apply(storage, PageChange.wholeBody("Please ✅ ask @Jane Doe today.")));
    assertEquals("<p>Please <ac:emoticon ac:name=\"tick\" /> ask <ac:link><ri:user ri:account-id=\"x1\" />"
        + "<ac:plain-text-link-body><![CDATA[Jane Doe]]></ac:plain-text-link-body></ac:link> today.</p>", result);
  }

  @Test
  void aWholeBodyRewriteWithoutThemIsRefusedNamingWhatWouldBeLost() {
    EditResult result = edit.apply(page, PageChange.wholeBody("# Checkout v2\n\nShipping in Q3."));
    String reason = refused(result);
    for (String named : List.of("the table of contents", "the status \"ON TRACK\"", "the Jira issue \"PROJ-1\"",
        "the image \"checkout-flow.png\"", "the drawio macro", "a layout section", "an expand",
        "{{table of contents}}", "{{image checkout-flow.png}}", "{{macro drawio}}", "{{status ON TRACK}}",
        "{{jira PROJ-1}}", "the {{layout ...}}, {{column}} and {{/layout}} lines", "the {{expand ...}} and {{/expand}}",
        "section=\"Overview\"", "append=true")) {
      assertTrue(reason.contains(named), named + " in: " + reason);
    }
  }

  @Test
  void aSectionRewriteThatDropsAMacroIsRefusedToo() {
    String reason = refused(edit.apply(page, PageChange.section("Rollout plan", "Just text now.")));
    assertTrue(reason.startsWith("Not saved: replacing the section \"Rollout plan\" would delete what markdown cannot"
        + " express: the drawio macro and an expand."), reason);
  }

  @Test
  void sectionsAreNamedTheWayAnAgentWouldNameThem() {
    for (String name : List.of("Risks", "risks", "## Risks", "Risks:", "**Risks**", "Risk")) {
      assertInstanceOf(EditResult.Applied.class, edit.apply(page, PageChange.section(name, "x")), name);
    }
    String twice = "<h2>Build</h2><h3>Notes</h3><p>a</p><h2>Run</h2><h3>Notes</h3><p>b</p>";
    assertEquals("\"Notes\" names 2 headings: \"Build > Notes\", \"Run > Notes\". Pass one of those as section.",
        refused(edit.apply(twice, PageChange.section("Notes", "x"))));
    assertEquals(twice.replace("<p>b</p>", "<p>x</p>"), applied(edit.apply(twice,
        PageChange.section("Run > Notes", "x"))));
    assertEquals("<h2>1. Intro</h2><p>new</p>", applied(edit.apply("<h2>1. Intro</h2><p>old</p>",
        PageChange.section("intro", "new"))));
    assertTrue(refused(edit.apply(page, PageChange.section("Budget", "x"))).startsWith(
        "No heading of the page matches \"Budget\". Its headings: Overview; Overview > Goals; Overview > Non-goals;"
            + " Rollout plan; Risks."));
  }

  @Test
  void aChangeReappliesOnTopOfSomeoneElsesNewerVersion() {
    // The 409 path of an update: re-read the page, apply the same change again, nothing of theirs is lost.
    String theirs = applied(edit.apply(page, PageChange.section("Risks", "Their risk table.")));
    String ours = applied(edit.apply(theirs, PageChange.section("Overview > Non-goals", "Our non-goal.")));
    assertTrue(ours.contains("<p>Their risk table.</p>") && ours.contains("<p>Our non-goal.</p>"));
  }

  @Test
  void emptyOrUnreadableChangesAreRefusedWithASentence() {
    assertTrue(refused(edit.apply(page, PageChange.wholeBody(" "))).startsWith("content is empty"));
    assertTrue(refused(edit.apply(page, PageChange.append(""))).startsWith("content is empty"));
    assertTrue(refused(edit.apply("<p>no headings</p>", PageChange.section("Intro", "x")))
        .endsWith("the page has no headings, so write the whole body or append."));
    assertEquals("<h2>A</h2><h2>B</h2>", applied(edit.apply("<h2>A</h2><p>gone</p><h2>B</h2>",
        PageChange.section("A", ""))), "an empty section is allowed: its content is cleared");
  }

  @Test
  void positionsHoldWithWindowsLineEndingsEntitiesAndCdata() {
    String storage = "<h2>A</h2>\r\n<p>caf&eacute; &amp; more</p>\r\n<ac:structured-macro ac:name=\"code\">"
        + "<ac:plain-text-body><![CDATA[<h2>not a heading</h2>]]></ac:plain-text-body></ac:structured-macro>\r\n"
        + "<h2>B</h2>\r\n<p>&nbsp;b</p>";
    String result = applied(edit.apply(storage, PageChange.section("A", "new")));
    assertEquals("<h2>A</h2><p>new</p><h2>B</h2>\r\n<p>&nbsp;b</p>", result);
  }

  @Test
  void editTimeGrowsLinearlyWithThePage() {
    String small = page.repeat(10).replace("<h2>Risks</h2>", "<h2>Risk</h2>") + "<h2>Risks</h2><p>end</p>";
    String large = page.repeat(200).replace("<h2>Risks</h2>", "<h2>Risk</h2>") + "<h2>Risks</h2><p>end</p>";
    LinearTime.assertLinear(() -> applied(edit.apply(small, PageChange.section("Risks", "x"))),
        () -> applied(edit.apply(large, PageChange.section("Risks", "x"))));
  }

  @Test
  void aNewPageIsWellFormedStorage() {
    String storage = edit.newPage("# Plan\n\n> [!TIP]\n> Start small.\n\n- [ ] Decide");
    assertFalse(WELL_FORMED.problem(storage).isPresent());
    assertTrue(storage.startsWith("<h1>Plan</h1><ac:structured-macro ac:name=\"tip\""), storage);
  }

  private static String applied(EditResult result) {
    EditResult.Applied applied = assertInstanceOf(EditResult.Applied.class, result, () -> result.toString());
    assertFalse(WELL_FORMED.problem(applied.storage()).isPresent(),
        () -> WELL_FORMED.problem(applied.storage()).get() + "\n" + applied.storage());
    return applied.storage();
  }

  private static String refused(EditResult result) {
    return assertInstanceOf(EditResult.Refused.class, result, () -> result.toString()).reason();
  }

  /** The exact text of the first macro of that name in the page. */
  private static String macro(String name) {
    int start = page.indexOf("<ac:structured-macro ac:name=\"" + name + "\"");
    return page.substring(start, page.indexOf("</ac:structured-macro>", start) + "</ac:structured-macro>".length());
  }

  private static String drawio() {
    return macro("drawio");
  }

  private static String status() {
    return macro("status");
  }

  private static String image() {
    int start = page.indexOf("<ac:image");
    return page.substring(start, page.indexOf("</ac:image>", start) + "</ac:image>".length());
  }

  private static String emoji() {
    int start = page.indexOf("<ac:emoticon");
    return page.substring(start, page.indexOf("/>", start) + 2);
  }

  private static String mention() {
    int start = page.indexOf("<ac:link><ri:user");
    return page.substring(start, page.indexOf("</ac:link>", start) + "</ac:link>".length());
  }
}
