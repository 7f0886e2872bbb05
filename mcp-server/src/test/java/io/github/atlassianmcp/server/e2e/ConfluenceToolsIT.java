package io.github.atlassianmcp.server.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.modelcontextprotocol.spec.McpSchema;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** The Confluence tools of the packaged server, over stdio, against the sandbox. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ConfluenceToolsIT {

  private final SandboxServer site = new SandboxServer(Map.of());

  @AfterAll
  void stop() {
    site.close();
  }

  @Test
  void plainWordsSearchPagesAndGiveTheirIds() {
    McpSchema.CallToolResult result = site.server().call("confluence_search", Map.of("query", "runbook", "limit", 5));
    String text = ServerProcess.textOf(result);
    assertFalse(Boolean.TRUE.equals(result.isError()), text);
    assertTrue(text.contains("for `text ~ \"runbook\" AND type = page`"), text);
    assertTrue(text.contains("| Id | Title | Space | Updated | Excerpt |"), text);
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> results = (List<Map<String, Object>>) ((Map<String, Object>) result.structuredContent())
        .get("results");
    assertFalse(results.isEmpty());
    assertTrue(results.stream().allMatch(r -> ((String) r.get("id")).matches("[0-9]+")), results.toString());
  }

  @Test
  void cqlIsUsedAsGiven() {
    String text = site.text("confluence_search", Map.of("query", "type = page AND space = ENG", "limit", 3));
    assertTrue(text.contains("for `type = page AND space = ENG`"), text);
    assertTrue(text.contains("Engineering"), text);
  }

  @Test
  void badCqlIsConfluencesOwnMessage() {
    String error = site.error("confluence_search", Map.of("query", "title ~ AND type ="));
    assertTrue(error.startsWith("Confluence rejected the request: "), error);
  }

  @Test
  void aPageWithMacrosAndTablesReadsAsMarkdown() {
    String text = site.text("confluence_get_page", Map.of("page_id", "98307"));
    assertTrue(text.startsWith("# Release Process\n"), text);
    assertTrue(text.contains("space Engineering (ENG)"), text);
    assertTrue(text.contains("| Step | Who | When |"), "table: " + text);
    assertTrue(text.contains("> **Note:**"), "note macro: " + text);
    assertTrue(text.contains("```bash\n"), "code macro with language: " + text);
    assertFalse(text.contains("ac:structured-macro"), "no raw storage format: " + text);
  }

  @Test
  void aMissingPageIsNamed() {
    assertEquals("Page 999999 does not exist or you cannot see it.",
        site.error("confluence_get_page", Map.of("page_id", "999999")));
    String bad = site.error("confluence_get_page", Map.of("page_id", "Release Process"));
    assertTrue(bad.contains("page_id"), bad);
  }
}
