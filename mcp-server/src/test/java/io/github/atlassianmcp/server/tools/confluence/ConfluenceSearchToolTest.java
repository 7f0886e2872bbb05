package io.github.atlassianmcp.server.tools.confluence;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.atlassianmcp.server.testkit.InProcessServer;
import io.github.atlassianmcp.server.testkit.ToolCall;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class ConfluenceSearchToolTest {

  @RegisterExtension
  static final InProcessServer SERVER = new InProcessServer();

  @Test
  @SuppressWarnings("unchecked")
  void plainWordsSearchPagesAndGiveTheirIds() {
    ToolCall call = SERVER.call("confluence_search", Map.of("query", "runbook", "limit", 5));
    assertFalse(call.isError(), call.text());
    assertTrue(call.text().contains("for `text ~ \"runbook\" AND type = page`"), call.text());
    assertTrue(call.text().contains("| Id | Title | Space | Updated | Excerpt |"), call.text());
    List<Map<String, Object>> results = (List<Map<String, Object>>) call.structured().get("results");
    assertFalse(results.isEmpty());
    assertTrue(results.stream().allMatch(r -> ((String) r.get("id")).matches("[0-9]+")), results.toString());
  }

  @Test
  void cqlIsUsedAsGiven() {
    String text = SERVER.text("confluence_search", Map.of("query", "type = page AND space = ENG", "limit", 3));
    assertTrue(text.contains("for `type = page AND space = ENG`"), text);
    assertTrue(text.contains("Engineering"), text);
  }

  @Test
  void badCqlIsConfluencesOwnMessage() {
    String error = SERVER.error("confluence_search", Map.of("query", "title ~ AND type ="));
    assertTrue(error.startsWith("Confluence rejected the request: "), error);
  }
}
