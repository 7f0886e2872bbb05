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

/** The Jira Service Management tools of the packaged server, over stdio, against the sandbox's service desk. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ServiceDeskToolsIT {

  private final SandboxServer site = new SandboxServer(Map.of());

  @AfterAll
  void stop() {
    site.close();
  }

  @SuppressWarnings("unchecked")
  private List<Map<String, Object>> requests(Map<String, Object> arguments) {
    McpSchema.CallToolResult result = site.server().call("servicedesk_list_requests", arguments);
    assertFalse(Boolean.TRUE.equals(result.isError()), ServerProcess.textOf(result));
    return (List<Map<String, Object>>) ((Map<String, Object>) result.structuredContent()).get("requests");
  }

  @Test
  void openAndClosedRequestsAreSeparate() {
    List<Map<String, Object>> open = requests(Map.of("status", "open", "limit", 50));
    List<Map<String, Object>> closed = requests(Map.of("status", "closed", "limit", 50));
    List<Map<String, Object>> all = requests(Map.of("status", "all", "limit", 50));

    assertFalse(open.isEmpty());
    assertFalse(closed.isEmpty());
    assertEquals(all.size(), open.size() + closed.size());
    assertTrue(open.stream().noneMatch(r -> "DONE".equals(r.get("status_category"))), open.toString());
    assertTrue(closed.stream().allMatch(r -> "DONE".equals(r.get("status_category"))), closed.toString());
  }

  @Test
  void searchNarrowsTheList() {
    String text = site.text("servicedesk_list_requests", Map.of("status", "all", "search", "invoices"));
    assertTrue(text.contains("Export of last month's invoices is empty"), text);
    assertTrue(text.startsWith("1 all requests matching \"invoices\":"), text);
    assertEquals("No open requests matching \"nothing like this\".",
        site.text("servicedesk_list_requests", Map.of("search", "nothing like this")));
  }

  @Test
  void oneRequestWithItsSlasAndCommentsInternalOnesMarked() {
    String text = site.text("servicedesk_get_request", Map.of("issue_key", "SUP-2"));
    assertTrue(text.startsWith("# SUP-2: API returns 500 on POST /v1/payments"), text);
    assertTrue(text.contains("## SLAs\n- Time to first response: "), text);
    assertTrue(text.contains("## Comments (3)"), text);
    assertTrue(text.contains("(internal)"), text);
    assertTrue(text.contains("Internal: correlates with the 08:58 deploy"), text);
  }

  @Test
  void aMissingRequestIsNamed() {
    assertEquals("SUP-999 does not exist or you cannot see it.",
        site.error("servicedesk_get_request", Map.of("issue_key", "SUP-999")));
    String bad = site.error("servicedesk_list_requests", Map.of("status", "pending"));
    assertTrue(bad.contains("status must be one of open, closed, all"), bad);
  }
}
