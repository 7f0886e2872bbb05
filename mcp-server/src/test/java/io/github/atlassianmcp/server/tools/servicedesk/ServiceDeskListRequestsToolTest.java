package io.github.atlassianmcp.server.tools.servicedesk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.atlassianmcp.server.testkit.InProcessServer;
import io.github.atlassianmcp.server.testkit.ToolCall;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class ServiceDeskListRequestsToolTest {

  @RegisterExtension
  static final InProcessServer SERVER = new InProcessServer();

  @SuppressWarnings("unchecked")
  private List<Map<String, Object>> requests(Map<String, Object> arguments) {
    ToolCall call = SERVER.call("servicedesk_list_requests", arguments);
    assertFalse(call.isError(), call.text());
    return (List<Map<String, Object>>) call.structured().get("requests");
  }

  @Test
  void openAndClosedRequestsAreSeparate() {
    List<Map<String, Object>> open = requests(Map.of("status", "open", "limit", 50));
    List<Map<String, Object>> closed = requests(Map.of("status", "closed", "limit", 50));
    List<Map<String, Object>> all = requests(Map.of("status", "ALL", "limit", 50));

    assertFalse(open.isEmpty());
    assertFalse(closed.isEmpty());
    assertEquals(all.size(), open.size() + closed.size());
    assertTrue(open.stream().noneMatch(r -> "DONE".equals(r.get("status_category"))), open.toString());
    assertTrue(closed.stream().allMatch(r -> "DONE".equals(r.get("status_category"))), closed.toString());
  }

  @Test
  void searchNarrowsTheList() {
    String text = SERVER.text("servicedesk_list_requests", Map.of("status", "all", "search", "invoices"));
    assertTrue(text.contains("Export of last month's invoices is empty"), text);
    assertTrue(text.startsWith("1 all requests matching \"invoices\":"), text);
    assertEquals("No open requests matching \"nothing like this\".",
        SERVER.text("servicedesk_list_requests", Map.of("search", "nothing like this")));
  }

  @Test
  void aWrongStatusIsRefusedNamingTheChoices() {
    String bad = SERVER.error("servicedesk_list_requests", Map.of("status", "pending"));
    assertTrue(bad.contains("status must be one of open, closed, all"), bad);
  }
}
