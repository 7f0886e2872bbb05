package io.github.atlassianmcp.server.tools.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.atlassianmcp.server.testkit.InProcessServer;
import io.github.atlassianmcp.server.testkit.ToolCall;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class AtlassianSearchToolTest {

  @RegisterExtension
  static final InProcessServer SERVER = new InProcessServer();

  @Test
  @SuppressWarnings("unchecked")
  void oneWordFindsBothAJiraIssueAndAConfluencePage() {
    ToolCall call = SERVER.call("atlassian_search", Map.of("query", "payments", "limit", 20));
    assertTrue(call.text().contains("\n- [Jira] SUP-2 · API returns 500 on POST /v1/payments"), call.text());
    assertTrue(call.text().contains("\n- [Confluence] 98304 · Payments Service"), call.text());
    assertTrue(call.text().endsWith("Read one with jira_get_issue (issue_key) or confluence_get_page (page_id)."),
        call.text());
    List<Map<String, Object>> results = (List<Map<String, Object>>) call.structured().get("results");
    assertTrue(results.stream().anyMatch(hit -> hit.get("product").equals("jira")), results.toString());
    assertTrue(results.stream().anyMatch(hit -> hit.get("product").equals("confluence")), results.toString());
  }

  @Test
  void titlesHoldingMoreOfTheWordsComeFirst() {
    AtlassianSearchTool.Hit weak = new AtlassianSearchTool.Hit("jira", "PROJ-1", "Something else", Optional.empty(),
        Optional.empty(), Optional.empty());
    AtlassianSearchTool.Hit strong = new AtlassianSearchTool.Hit("confluence", "42", "Refund retries runbook",
        Optional.empty(), Optional.empty(), Optional.empty());
    assertEquals(List.of(strong, weak), AtlassianSearchTool.bestFirst("refund retries", List.of(weak), List.of(strong),
        10));
  }

  @Test
  void aProductThatFailsLeavesANoteNotAnError() {
    SERVER.sandbox().faults().failNext("/wiki/rest/api/search", 1, 500, Duration.ZERO);
    ToolCall call = SERVER.call("atlassian_search", Map.of("query", "payments"));
    assertTrue(!call.isError(), call.text());
    assertTrue(call.text().endsWith("Confluence could not be searched (HTTP 500)."), call.text());
  }

  @Test
  void nothingFoundSaysSo() {
    assertEquals("Nothing in Jira or Confluence matches \"zzqqxxyy\".",
        SERVER.text("atlassian_search", Map.of("query", "zzqqxxyy")));
  }
}
