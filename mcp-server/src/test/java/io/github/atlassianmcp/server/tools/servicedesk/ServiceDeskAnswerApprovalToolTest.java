package io.github.atlassianmcp.server.tools.servicedesk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.atlassianmcp.server.testkit.InProcessServer;
import io.github.atlassianmcp.server.testkit.SiteRest;
import io.github.atlassianmcp.server.testkit.ToolCall;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * SUP-17 waits for one approval that Morgan (signed in) or Priya may give; SUP-18 has two, the budget one granted
 * by Priya and the security review waiting for Morgan.
 */
class ServiceDeskAnswerApprovalToolTest {

  @RegisterExtension
  static final InProcessServer SERVER = new InProcessServer();

  private static String status(String key) {
    return new SiteRest(SERVER.sandbox()).get("/rest/servicedeskapi/request/" + key).getAsJsonObject()
        .getAsJsonObject("currentStatus").get("status").getAsString();
  }

  @Test
  void anApprovalDecidedShowsItsApproversAndOutcomeAndASecondDecisionIsRefused() {
    ToolCall approve = SERVER.call("servicedesk_answer_approval", Map.of("issue_key", "SUP-17",
        "decision", "approve"));
    assertTrue(approve.text().matches("Approved on SUP-17: approval \"Account owner approval\" \\(id \\d+\\) approved"
        + " \\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2} [+-]\\d{2}:\\d{2}; approvers: Morgan Lee approved, Priya Natarajan"
        + " pending\\.\nRequest status: Waiting for support\\."), approve.text());
    assertEquals("Waiting for support", status("SUP-17"));

    ToolCall again = SERVER.call("servicedesk_answer_approval", Map.of("issue_key", "SUP-17",
        "decision", "decline"));
    assertTrue(again.isError());
    assertTrue(again.text().startsWith("SUP-17 was already decided, and a decision is final: approval \"Account"
        + " owner approval\" (id "), again.text());
    assertTrue(again.text().endsWith("approvers: Morgan Lee approved, Priya Natarajan pending. Nothing was"
        + " changed."), again.text());
    assertFalse(again.wrote(), again.exchanges().toString());
    assertEquals("Waiting for support", status("SUP-17"));
  }

  @Test
  void theSecondStepOfTwoIsTheOneWaitingAndADeclineDeclinesTheRequest() {
    ToolCall decline = SERVER.call("servicedesk_answer_approval", Map.of("issue_key", "SUP-18",
        "decision", "decline"));
    assertTrue(decline.text().startsWith("Declined on SUP-18: approval \"Security review\""), decline.text());
    assertTrue(decline.text().contains(" declined "), decline.text());
    assertTrue(decline.text().endsWith("Request status: Declined."), decline.text());
    assertEquals("Declined", status("SUP-18"));
  }

  @Test
  void noApprovalsOrAnUnknownApprovalIdAreNamed() {
    assertEquals("Invalid arguments for servicedesk_answer_approval: SUP-1 has no approvals.",
        SERVER.error("servicedesk_answer_approval", Map.of("issue_key", "SUP-1", "decision", "approve")));
    String unknown = SERVER.error("servicedesk_answer_approval", Map.of("issue_key", "SUP-18", "decision",
        "approve", "approval_id", "999"));
    assertTrue(unknown.contains("No approval 999 on SUP-18. Its approvals: \"Budget approval\" (id "), unknown);
    assertTrue(SERVER.error("servicedesk_answer_approval", Map.of("issue_key", "SUP-18", "decision", "maybe"))
        .contains("decision must be one of approve, decline"));
  }
}
