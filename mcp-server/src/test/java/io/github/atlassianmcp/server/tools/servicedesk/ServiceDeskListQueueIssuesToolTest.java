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

/** SUP's queues: "All open requests" (11), "Assigned to me" (Morgan's 3), "Unassigned requests" (4), ... */
class ServiceDeskListQueueIssuesToolTest {

  @RegisterExtension
  static final InProcessServer SERVER = new InProcessServer();

  @SuppressWarnings("unchecked")
  private static List<Map<String, Object>> issues(ToolCall call) {
    assertFalse(call.isError(), call.text());
    return (List<Map<String, Object>>) call.structured().get("issues");
  }

  @Test
  void aQueueListedByNameOneRowPerIssueWithTheColumnsThatHaveValues() {
    ToolCall call = SERVER.call("servicedesk_list_queue_issues", Map.of("queue", "Unassigned requests"));
    List<Map<String, Object>> issues = issues(call);
    assertEquals(4, issues.size());
    assertTrue(call.text().startsWith("4 requests in queue \"Unassigned requests\" of SUP:\n"
        + "| Key | Summary | Status | Reporter | Priority | Type | Created |\n|---|---|---|---|---|---|---|\n| SUP-"),
        call.text());
    assertTrue(issues.stream().noneMatch(issue -> issue.containsKey("assignee")), issues.toString());
    assertTrue(call.text().lines().skip(3).allMatch(line -> line.matches("\\| SUP-\\d+ \\|.*\\| \\d{4}-\\d{2}-\\d{2} \\|")),
        call.text());
    assertEquals(4L, call.structured().get("total"));
    assertEquals(false, call.structured().get("more"));
  }

  @Test
  void aQueueByIdOrByAPartOfItsNameAndTheLimit() {
    ToolCall mine = SERVER.call("servicedesk_list_queue_issues", Map.of("queue", "2"));
    assertEquals(3, issues(mine).size());
    assertTrue(issues(mine).stream().allMatch(issue -> "Morgan Lee".equals(issue.get("assignee"))), mine.text());

    ToolCall open = SERVER.call("servicedesk_list_queue_issues", Map.of("queue", "all open", "limit", 5));
    assertEquals(5, issues(open).size());
    assertTrue(open.text().startsWith("5 of 11 requests in queue \"All open requests\" of SUP:"), open.text());
    assertTrue(open.text().endsWith("More requests in this queue: raise limit (up to 100)."), open.text());
  }

  @Test
  void anUnknownOrAmbiguousQueueIsRefusedNamingTheQueues() {
    String unknown = SERVER.error("servicedesk_list_queue_issues", Map.of("queue", "VIP"));
    assertEquals("Invalid arguments for servicedesk_list_queue_issues: No queue \"VIP\" on SUP. Queues: All open"
        + " requests (id 1), Assigned to me (id 2), Unassigned requests (id 3), Waiting for customer (id 4), Waiting"
        + " for approval (id 5), Recently resolved (id 6).", unknown);
    assertTrue(SERVER.error("servicedesk_list_queue_issues", Map.of("queue", "waiting")).contains("No queue"
        + " \"waiting\" on SUP."));
  }
}
