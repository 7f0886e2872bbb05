package io.github.atlassianmcp.server.tools.confluence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.atlassianmcp.server.testkit.InProcessServer;
import io.github.atlassianmcp.server.testkit.ToolCall;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class ConfluenceGetPageToolTest {

  @RegisterExtension
  static final InProcessServer SERVER = new InProcessServer();

  @Test
  void aPageWithMacrosAndTablesReadsAsMarkdown() {
    ToolCall call = SERVER.call("confluence_get_page", Map.of("page_id", "98307"));
    String text = call.text();
    assertTrue(text.startsWith("# Release Process\n"), text);
    assertTrue(text.contains("space Engineering (ENG)"), text);
    assertTrue(text.contains("| Step | Who | When |"), "table: " + text);
    assertTrue(text.contains("> **Note:**"), "note macro: " + text);
    assertTrue(text.contains("```bash\n"), "code macro with language: " + text);
    assertFalse(text.contains("ac:structured-macro"), "no raw storage format: " + text);
    assertEquals("98307", call.structured().get("id"));
    assertTrue(call.structured().get("version") instanceof Number, call.structured().toString());
  }

  @Test
  void aPageFoundByTitleInASpaceShowsWhatAnEditNeeds() {
    ToolCall call = SERVER.call("confluence_get_page", Map.of("title", "Checkout v2 Launch Plan", "space_key", "eng"));
    String text = call.text();
    assertTrue(text.startsWith("# Checkout v2 Launch Plan\nspace Engineering (ENG) · version 3 (\"Risks reviewed with"
        + " payments\") · updated "), text);
    assertTrue(text.contains("\nparent Engineering Home (98302) · 0 child pages · labels launch, payments\n"), text);
    assertTrue(text.contains("\nsections: Overview; Overview > Goals; Overview > Non-goals; Rollout plan; Risks\n"),
        text);
    assertTrue(text.contains("{{table of contents}}"), text);
    assertTrue(text.contains("{{image checkout-flow.png}}"), text);
    assertTrue(text.contains("{{jira PROJ-1}}"), text);
    assertTrue(text.contains("{{expand Feature flags}}"), text);
    assertTrue(text.contains("## Rollout plan\n"), text);

    Map<String, Object> page = call.structured();
    assertEquals("98317", page.get("id"));
    assertEquals(List.of("launch", "payments"), page.get("labels"));
    assertEquals("98302", page.get("parent_id"));
    assertEquals("Engineering Home", page.get("parent_title"));
    assertEquals(0, ((Number) page.get("child_pages")).intValue());
    assertEquals(List.of("Overview", "Overview > Goals", "Overview > Non-goals", "Rollout plan", "Risks"),
        page.get("sections"));
    assertTrue(call.requests("GET", "/wiki/api/v2/pages").stream().anyMatch(e -> e.url().contains("title=")),
        "looked up by title: " + call.exchanges());
  }

  @Test
  void aParentCountsItsChildren() {
    String text = SERVER.text("confluence_get_page", Map.of("page_id", "98302"));
    assertTrue(text.matches("(?s).*\\n(parent .* · )?[1-9][0-9]* child pages · .*"), text);
  }

  @Test
  void aTitleTwoSpacesUseNamesBothAndOneNoPageHasSuggestsNearOnes() {
    SERVER.text("confluence_create_page", Map.of("space_key", "OPS", "title", "Release Process",
        "content", "The operations side of releasing."));

    String ambiguous = SERVER.error("confluence_get_page", Map.of("title", "Release Process"));
    assertTrue(ambiguous.matches("Invalid arguments for confluence_get_page: 2 pages are titled \"Release Process\":"
        + " 98307 in ENG, [0-9]+ in OPS\\. Give space_key too, or page_id\\."), ambiguous);
    assertTrue(SERVER.text("confluence_get_page", Map.of("title", "Release Process", "space_key", "OPS"))
        .contains("The operations side of releasing."));

    String missing = SERVER.error("confluence_get_page", Map.of("title", "Checkout Launch", "space_key", "ENG"));
    assertTrue(missing.contains("No page is titled exactly \"Checkout Launch\" in space ENG. Similar titles:"
        + " \"Checkout v2 Launch Plan\" (page 98317"), missing);
  }

  @Test
  void aMissingPageIsNamedAndWrongArgumentsAreRefusedBeforeSending() {
    assertEquals("Page 999999 does not exist or you cannot see it.",
        SERVER.error("confluence_get_page", Map.of("page_id", "999999")));
    ToolCall bad = SERVER.call("confluence_get_page", Map.of("page_id", "Release Process"));
    assertTrue(bad.text().contains("page_id must be a number like 123456"), bad.text());
    assertEquals(List.of(), bad.exchanges());
    ToolCall both = SERVER.call("confluence_get_page", Map.of("page_id", "98307", "title", "Release Process"));
    assertEquals("Invalid arguments for confluence_get_page: Give page_id or title, not both.", both.text());
    assertEquals(List.of(), both.exchanges());
    ToolCall neither = SERVER.call("confluence_get_page", Map.of("space_key", "ENG"));
    assertTrue(neither.text().contains("Give page_id (e.g. \"123456\") or title"), neither.text());
    assertEquals(List.of(), neither.exchanges());
    assertEquals("Invalid arguments for confluence_get_page: No space has the key NOPE (or you cannot see it)."
        + " confluence_list_spaces lists the spaces.",
        SERVER.error("confluence_get_page", Map.of("title", "Release Process", "space_key", "nope")));
  }
}
