package io.github.atlassianmcp.server.tools.confluence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import io.github.atlassianmcp.server.testkit.InProcessServer;
import io.github.atlassianmcp.server.testkit.SiteRest;
import io.github.atlassianmcp.server.testkit.ToolCall;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Edits of the seeded loss-check page 98317 ("Checkout v2 Launch Plan": a table of contents, a Jira macro, an
 * image, a two-column layout, a draw.io macro, an expand, a status, a mention, an emoji, three h2 sections), checked
 * byte for byte against what the sandbox stored before. Each test gives the page its own seeded body first.
 */
class ConfluenceUpdatePageToolTest {

  @RegisterExtension
  static final InProcessServer SERVER = new InProcessServer();

  private static final String PAGE = "98317";
  private static final String DRAWIO_START = "<ac:structured-macro ac:name=\"drawio\"";
  private static String seeded;

  private SiteRest site;

  @BeforeEach
  void restoreTheSeededBody() {
    site = new SiteRest(SERVER.sandbox());
    if (seeded == null) {
      seeded = site.storage(PAGE);
    } else {
      site.savePage(PAGE, seeded);
    }
  }

  @Test
  void aSectionUpdateChangesOnlyThatSectionAndWritesTheNextVersionWithItsComment() {
    String before = site.storage(PAGE);
    int version = version();

    String answer = SERVER.text("confluence_update_page", Map.of("page_id", PAGE, "section", "risks",
        "content", "| Risk | Mitigation |\n|---|---|\n| Card declines rise | Turn the flag off |\n"
            + "| EU bank outage | Fall back to the legacy form |", "version_comment", "Added the EU outage risk"));

    assertEquals("Updated page " + PAGE + " \"Checkout v2 Launch Plan\" to version " + (version + 1)
        + " (\"Added the EU outage risk\"). Replaced the section \"Risks\".", answer.lines().findFirst().orElseThrow());
    String after = site.storage(PAGE);
    int cut = before.indexOf("<h2>Risks</h2>") + "<h2>Risks</h2>".length();
    assertEquals(before.substring(0, cut), after.substring(0, cut), "everything before the section, byte for byte");
    assertTrue(after.substring(cut).contains("<td><p>Fall back to the legacy form</p></td>")
        || after.substring(cut).contains("<td>Fall back to the legacy form</td>"), after.substring(cut));
    assertFalse(after.contains("December freeze"), "the section's old content is gone: " + after.substring(cut));
    JsonObject stored = site.page(PAGE, "storage").getAsJsonObject("version");
    assertEquals(version + 1, stored.get("number").getAsInt());
    assertEquals("Added the EU outage risk", stored.get("message").getAsString());
  }

  @Test
  void aMiddleSectionRewrittenFromWhatReadingShowedKeepsItsMacrosAndEveryOtherByte() {
    String before = site.storage(PAGE);
    String read = SERVER.text("confluence_get_page", Map.of("page_id", PAGE));
    String section = read.substring(read.indexOf("## Rollout plan\n") + "## Rollout plan\n".length(),
        read.indexOf("## Risks"));
    assertTrue(section.contains("{{"), "the section shows its macros as placeholders: " + section);

    SERVER.text("confluence_update_page", Map.of("page_id", PAGE, "section", "Rollout plan",
        "content", section.replace("5% of EU traffic", "10% of EU traffic")));

    String after = site.storage(PAGE);
    int start = before.indexOf("<h2>Rollout plan</h2>") + "<h2>Rollout plan</h2>".length();
    int end = before.indexOf("<h2>Risks</h2>");
    int endAfter = after.indexOf("<h2>Risks</h2>");
    assertEquals(before.substring(0, start), after.substring(0, start), "before the section, byte for byte");
    assertEquals(before.substring(end), after.substring(endAfter), "after the section, byte for byte");
    String drawio = macro(before, DRAWIO_START);
    String expand = macro(before, "<ac:structured-macro ac:name=\"expand\"");
    assertTrue(after.substring(start, endAfter).contains(drawio), "the draw.io macro, byte for byte");
    // A frame inside the rewritten part is written anew from its frame lines: title and content stay, its macro ID
    // goes (README, "Writing Confluence pages without loss").
    assertTrue(after.substring(start, endAfter).contains(expand.replaceFirst(" ac:macro-id=\"[^\"]*\"", "")),
        "the expand, with its title and content: " + after.substring(start, endAfter));
    assertTrue(after.contains("10% of EU traffic"), after);
    assertFalse(after.contains("5% of EU traffic"), after);
  }

  @Test
  void anAppendLeavesEveryExistingByteAsItWas() {
    String before = site.storage(PAGE);

    String answer = SERVER.text("confluence_update_page", Map.of("page_id", PAGE, "append", true,
        "content", "## Decision log\n- [x] Go for the EU stage\n- [ ] Review in two weeks"));

    assertTrue(answer.contains("Appended at the end of the page."), answer);
    String after = site.storage(PAGE);
    assertTrue(after.startsWith(before), "the old body is a prefix of the new one, byte for byte");
    String added = after.substring(before.length());
    assertTrue(added.startsWith("<h2>Decision log</h2>"), added);
    assertTrue(added.contains("<ac:task-status>complete</ac:task-status>"), added);
  }

  @Test
  void anAppendToASectionAddsAtItsEnd() {
    String before = site.storage(PAGE);
    SERVER.text("confluence_update_page", Map.of("page_id", PAGE, "section", "Overview", "append", "true",
        "content", "Launch owner: the payments team."));
    String after = site.storage(PAGE);
    int end = before.indexOf("<h2>Rollout plan</h2>");
    assertEquals(before.substring(0, end), after.substring(0, end));
    assertTrue(after.substring(end).startsWith("<p>Launch owner: the payments team.</p><h2>Rollout plan</h2>"),
        after.substring(end));
    assertEquals(before.substring(end), after.substring(end + "<p>Launch owner: the payments team.</p>".length()));
  }

  @Test
  void aWholeBodyRewriteThatDropsMacrosIsRefusedAndNothingIsWritten() {
    String before = site.storage(PAGE);
    ToolCall call = SERVER.call("confluence_update_page", Map.of("page_id", PAGE,
        "content", "# Launch plan\n\nWe launch on Friday."));
    assertTrue(call.isError(), call.text());
    assertTrue(call.text().startsWith("Not saved: replacing the whole body would delete what markdown cannot express:"),
        call.text());
    assertTrue(call.text().contains("drawio"), call.text());
    assertTrue(call.text().contains("section=\""), "says how to edit a section instead: " + call.text());
    assertEquals(List.of(), call.requests("PUT", "/pages/"), "nothing written");
    assertEquals(before, site.storage(PAGE));
  }

  @Test
  void aWholeBodyRewriteThatKeepsThePlaceholdersKeepsWhatTheyStandFor() {
    String before = site.storage(PAGE);
    String read = SERVER.text("confluence_get_page", Map.of("page_id", PAGE));
    String body = read.substring(read.indexOf("\n\n") + 2);

    SERVER.text("confluence_update_page", Map.of("page_id", PAGE, "content",
        body.replace("Checkout v2 replaces the legacy payment form.", "Checkout v2 replaces the old payment form.")));

    String after = site.storage(PAGE);
    assertTrue(after.contains("the old payment form"), after);
    for (String kept : List.of(macro(before, DRAWIO_START), macro(before, "<ac:structured-macro ac:name=\"toc\""),
        macro(before, "<ac:structured-macro ac:name=\"jira\""), element(before, "<ac:image", "</ac:image>"),
        element(before, "<ac:layout>", "</ac:layout>"), element(before, "<ac:emoticon", "/>"),
        element(before, "<ac:link><ri:user", "</ac:link>"))) {
      assertTrue(after.contains(kept), "kept byte for byte: " + kept + "\nin: " + after);
    }
  }

  @Test
  void aSectionEditRacingAnotherSaveIsAppliedOnTopOfItAndOverwritesNothing() {
    int version = version();
    String theirs = site.storage(PAGE).replace("Internal dogfood", "Internal dogfood (two weeks)");
    SERVER.beforeNext("PUT", "/pages/" + PAGE, () -> site.savePage(PAGE, theirs));

    ToolCall call = SERVER.call("confluence_update_page", Map.of("page_id", PAGE, "section", "Risks",
        "content", "- Card declines rise: turn the flag off"));

    assertFalse(call.isError(), call.text());
    assertTrue(call.text().contains("Someone saved version " + (version + 1) + " while this edit was being saved"),
        call.text());
    assertEquals(2, call.requests("PUT", "/pages/" + PAGE).size(), call.exchanges().toString());
    assertEquals(409, call.requests("PUT", "/pages/" + PAGE).get(0).status());
    String after = site.storage(PAGE);
    assertTrue(after.contains("Internal dogfood (two weeks)"), "their change is kept: " + after);
    assertTrue(after.contains("Card declines rise: turn the flag off"), "ours is applied: " + after);
    assertEquals(theirs.substring(0, theirs.indexOf("<h2>Risks</h2>")),
        after.substring(0, after.indexOf("<h2>Risks</h2>")), "their version, byte for byte, up to our section");
    assertEquals(version + 2, version());
  }

  @Test
  void aWholeBodyReplaceRacingAnotherSaveIsNotSavedAndTheirVersionStays() {
    String created = SERVER.text("confluence_create_page", Map.of("space_key", "ENG", "title", "Race notes",
        "content", "First draft."));
    Matcher id = Pattern.compile("Created page ([0-9]+)").matcher(created);
    assertTrue(id.find(), created);
    String page = id.group(1);
    SERVER.beforeNext("PUT", "/pages/" + page, () -> site.savePage(page, "<p>Their careful rewrite.</p>"));

    ToolCall call = SERVER.call("confluence_update_page", Map.of("page_id", page, "content", "Second draft."));

    assertTrue(call.isError(), call.text());
    assertEquals("Not saved: page " + page + " changed while this edit was being saved (it is now version 2), and"
        + " replacing the whole body would overwrite that change. Read it again with confluence_get_page and redo the"
        + " edit on the new version, or change only a section.", call.text());
    assertEquals("<p>Their careful rewrite.</p>", site.storage(page));
  }

  @Test
  void aRenameKeepsTheBodyAndAnUnknownSectionNamesTheHeadings() {
    ToolCall unknown = SERVER.call("confluence_update_page", Map.of("page_id", PAGE, "section", "Budget",
        "content", "x"));
    assertTrue(unknown.isError());
    assertTrue(unknown.text().startsWith("No heading of the page matches \"Budget\". Its headings: Overview;"),
        unknown.text());
    assertEquals(List.of(), unknown.requests("PUT", "/pages/"));

    String created = SERVER.text("confluence_create_page", Map.of("space_key", "ENG", "title", "Rename me",
        "content", "Body stays."));
    Matcher id = Pattern.compile("Created page ([0-9]+)").matcher(created);
    assertTrue(id.find(), created);
    SERVER.text("confluence_update_page", Map.of("page_id", id.group(1), "title", "Renamed", "append", true,
        "content", "And grows."));
    JsonObject stored = site.page(id.group(1), "storage");
    assertEquals("Renamed", stored.get("title").getAsString());
    assertEquals("<p>Body stays.</p><p>And grows.</p>", stored.getAsJsonObject("body").getAsJsonObject("storage")
        .get("value").getAsString());
  }

  private int version() {
    return site.page(PAGE, "storage").getAsJsonObject("version").get("number").getAsInt();
  }

  /** The whole macro element that starts with {@code start}, up to its matching end tag. */
  private static String macro(String storage, String start) {
    int from = storage.indexOf(start);
    assertTrue(from >= 0, start + " in " + storage);
    int depth = 0;
    Matcher tags = Pattern.compile("<(/?)ac:structured-macro\\b[^>]*?(/?)>").matcher(storage);
    tags.region(from, storage.length());
    while (tags.find()) {
      if (!tags.group(2).isEmpty()) {
        continue;
      }
      depth += tags.group(1).isEmpty() ? 1 : -1;
      if (depth == 0) {
        return storage.substring(from, tags.end());
      }
    }
    throw new AssertionError("unclosed macro " + start);
  }

  private static String element(String storage, String start, String end) {
    int from = storage.indexOf(start);
    assertTrue(from >= 0, start + " in " + storage);
    return storage.substring(from, storage.indexOf(end, from) + end.length());
  }
}
