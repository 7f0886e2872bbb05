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
  void aMissingPageIsNamedAndAWrongIdIsRefusedBeforeSending() {
    assertEquals("Page 999999 does not exist or you cannot see it.",
        SERVER.error("confluence_get_page", Map.of("page_id", "999999")));
    ToolCall bad = SERVER.call("confluence_get_page", Map.of("page_id", "Release Process"));
    assertTrue(bad.text().contains("page_id must be a number like 123456"), bad.text());
    assertEquals(List.of(), bad.exchanges());
  }
}
