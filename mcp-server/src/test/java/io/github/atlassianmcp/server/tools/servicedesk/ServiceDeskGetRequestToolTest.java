package io.github.atlassianmcp.server.tools.servicedesk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.atlassianmcp.server.testkit.InProcessServer;
import io.github.atlassianmcp.server.testkit.ToolCall;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class ServiceDeskGetRequestToolTest {

  @RegisterExtension
  static final InProcessServer SERVER = new InProcessServer();

  @AfterEach
  void noFaultsLeft() {
    SERVER.sandbox().faults().clear();
  }

  @Test
  @SuppressWarnings("unchecked")
  void oneRequestWithItsSlasAndCommentsInternalNotesMarked() {
    ToolCall call = SERVER.call("servicedesk_get_request", Map.of("issue_key", "SUP-2"));
    String text = call.text();
    assertTrue(text.startsWith("# SUP-2: API returns 500 on POST /v1/payments"), text);
    assertTrue(text.lines().skip(1).findFirst().orElseThrow()
        .matches(".* · created \\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2} [+-]\\d{2}:\\d{2}"), text);
    assertTrue(text.contains("## SLAs\n- Time to first response: "), text);
    assertTrue(text.contains("## Comments (3)"), text);
    assertTrue(text.contains("(internal note)"), text);
    assertTrue(text.contains("Internal: correlates with the 08:58 deploy"), text);
    assertFalse(text.contains("left out"), text);
    assertEquals("SUP-2", ((Map<String, Object>) call.structured().get("request")).get("key"));
    List<Map<String, Object>> comments = (List<Map<String, Object>>) call.structured().get("comments");
    assertTrue(comments.stream().anyMatch(c -> Boolean.TRUE.equals(c.get("internal"))), comments.toString());
    assertEquals(List.of(), call.structured().get("notes"));
  }

  @Test
  @SuppressWarnings("unchecked")
  void approvalsShowWhoDecidesAndWhetherTheCallerMay() {
    ToolCall call = SERVER.call("servicedesk_get_request", Map.of("issue_key", "SUP-18"));
    assertTrue(call.text().contains("## Approvals\n- approval \"Budget approval\" (id "), call.text());
    assertTrue(call.text().contains("approved "), call.text());
    assertTrue(call.text().contains("approvers: Priya Natarajan approved"), call.text());
    assertTrue(call.text().contains("\"Security review\""), call.text());
    assertTrue(call.text().contains("approvers: Morgan Lee pending; you can decide it"), call.text());
    List<Map<String, Object>> approvals = (List<Map<String, Object>>) call.structured().get("approvals");
    assertEquals(List.of("approved", "pending"), approvals.stream().map(a -> a.get("decision")).toList());
  }

  @Test
  @SuppressWarnings("unchecked")
  void aDeniedSlaReadIsLeftOutWithANoteAndTheRequestStillAnswers() {
    SERVER.sandbox().faults().failNext("/rest/servicedeskapi/request/SUP-2/sla", 1, 403, null);
    ToolCall call = SERVER.call("servicedesk_get_request", Map.of("issue_key", "SUP-2"));
    assertFalse(call.isError(), call.text());
    assertTrue(call.text().startsWith("# SUP-2: API returns 500 on POST /v1/payments"), call.text());
    assertFalse(call.text().contains("## SLAs"), call.text());
    assertTrue(call.text().contains("## Comments (3)"), call.text());
    assertTrue(call.text().endsWith("_SLAs left out: you may not see them (HTTP 403)._"), call.text());
    assertEquals(List.of("SLAs left out: you may not see them (HTTP 403)."), call.structured().get("notes"));
    assertEquals(List.of(), call.structured().get("slas"));
  }

  @Test
  void failingCommentsAndApprovalsAreLeftOutToo() {
    SERVER.sandbox().faults().failNext("/rest/servicedeskapi/request/SUP-17/comment", 1, 500, null);
    SERVER.sandbox().faults().failNext("/rest/servicedeskapi/request/SUP-17/approval", 1, 404, null);
    ToolCall call = SERVER.call("servicedesk_get_request", Map.of("issue_key", "SUP-17"));
    assertFalse(call.isError(), call.text());
    assertTrue(call.text().contains("## SLAs"), call.text());
    assertTrue(call.text().endsWith("_Approvals left out: not found (HTTP 404)._\n"
        + "_Comments left out: Jira Service Management failed (HTTP 500); try again later._"), call.text());
  }

  @Test
  void aMissingRequestIsNamed() {
    assertEquals("SUP-999 does not exist or you cannot see it.",
        SERVER.error("servicedesk_get_request", Map.of("issue_key", "SUP-999")));
  }
}
