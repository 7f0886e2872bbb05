package io.github.atlassianmcp.server.tools.servicedesk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.atlassianmcp.server.testkit.InProcessServer;
import io.github.atlassianmcp.server.testkit.ToolCall;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class ServiceDeskListQueuesToolTest {

  @RegisterExtension
  static final InProcessServer SERVER = new InProcessServer();

  @Test
  @SuppressWarnings("unchecked")
  void theDesksQueuesWithTheirIssueCounts() {
    ToolCall call = SERVER.call("servicedesk_list_queues", Map.of());
    assertTrue(call.text().startsWith("""
        6 queues of SUP (Customer Support):
        | Queue | Id | Issues |
        |---|---|---|
        | All open requests | 1 | 11 |
        | Assigned to me | 2 | 3 |
        | Unassigned requests | 3 | 4 |"""), call.text());
    List<Map<String, Object>> queues = (List<Map<String, Object>>) call.structured().get("queues");
    assertEquals(Map.of("id", "1", "name", "All open requests", "issue_count", 11L), queues.get(0));
    assertTrue(call.requests("GET", "/queue").get(0).url().contains("includeCount=true"), call.exchanges().toString());
  }

  @Test
  void theDeskByProjectKeyIdOrNameAndAnUnknownOneNamed() {
    assertTrue(SERVER.text("servicedesk_list_queues", Map.of("service_desk", "sup")).startsWith("6 queues of SUP"));
    assertTrue(SERVER.text("servicedesk_list_queues", Map.of("service_desk", "1")).startsWith("6 queues of SUP"));
    assertTrue(SERVER.text("servicedesk_list_queues", Map.of("service_desk", "customer support"))
        .startsWith("6 queues of SUP"));
    assertEquals("Invalid arguments for servicedesk_list_queues: No service desk \"IT\". Service desks: SUP"
        + " (Customer Support, id 1).", SERVER.error("servicedesk_list_queues", Map.of("service_desk", "IT")));
  }
}
