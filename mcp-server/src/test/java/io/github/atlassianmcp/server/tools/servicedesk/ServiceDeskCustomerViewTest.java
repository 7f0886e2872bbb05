package io.github.atlassianmcp.server.tools.servicedesk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.atlassianmcp.sandbox.seed.SeedUsers;
import io.github.atlassianmcp.server.testkit.InProcessServer;
import io.github.atlassianmcp.server.testkit.ToolCall;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The service desk tools used by Sam, a portal customer of SUP (signed in with an API token): Sam sees and writes
 * only what JSM lets a customer, and every answer says so instead of failing whole. Sam raised SUP-1, 3, 5, 7, 9, 11
 * and 14.
 */
class ServiceDeskCustomerViewTest {

  @RegisterExtension
  static final InProcessServer SERVER = InProcessServer.signedInAs(SeedUsers.CUSTOMER_SAM);

  @Test
  @SuppressWarnings("unchecked")
  void allIsTheCustomersOwnRequestsAndTheAnswerSaysSo() {
    ToolCall call = SERVER.call("servicedesk_list_requests", Map.of("status", "all"));
    assertFalse(call.isError(), call.text());
    Set<String> keys = ((List<Map<String, Object>>) call.structured().get("requests")).stream()
        .map(r -> (String) r.get("key")).collect(Collectors.toSet());
    assertEquals(IntStream.of(1, 3, 5, 7, 9, 11, 14).mapToObj(n -> "SUP-" + n).collect(Collectors.toSet()), keys);
    assertTrue(call.text().startsWith("7 all requests of yours (raised by or for you, shared with you, or awaiting"
        + " your approval: you are not an agent of SUP):"), call.text());
    assertEquals(List.of("SUP"), call.structured().get("customer_of"));
    String sent = call.requests("GET", "/rest/servicedeskapi/request").get(0).url();
    assertTrue(sent.contains("requestOwnership=APPROVER") && !sent.contains("requestOwnership=ALL_REQUESTS"), sent);
  }

  @Test
  void getRequestLeavesOutTheSlasACustomerMayNotSee() {
    ToolCall call = SERVER.call("servicedesk_get_request", Map.of("issue_key", "SUP-3"));
    assertFalse(call.isError(), call.text());
    assertTrue(call.text().startsWith("# SUP-3: Refund duplicate charge on invoice INV-2041"), call.text());
    assertFalse(call.text().contains("Internal:"), call.text());
    assertTrue(call.text().contains("I can see the duplicate; the refund is on its way."), call.text());
    assertTrue(call.text().endsWith("_SLAs left out: you may not see them (HTTP 403)._"), call.text());
  }

  @Test
  void aCustomerCannotWriteAnInternalNoteAndIsToldHowToReply() {
    String refused = SERVER.error("servicedesk_add_comment", Map.of("issue_key", "SUP-3", "comment", "Psst",
        "public", false));
    assertTrue(refused.startsWith("Jira Service Management refused access to SUP-3: Customers can only add public"
        + " comments."), refused);
    assertTrue(refused.endsWith("Only agents of the service desk write internal notes; a customer replies with"
        + " public=true."), refused);
    assertTrue(SERVER.text("servicedesk_add_comment", Map.of("issue_key", "SUP-3", "comment", "Thanks!"))
        .startsWith("Replied on SUP-3"));
  }

  @Test
  void queuesAreForAgents() {
    String refused = SERVER.error("servicedesk_list_queues", Map.of());
    assertTrue(refused.startsWith("Jira Service Management refused access to the queues of SUP: You do not have"
        + " permission"), refused);
  }

  @Test
  void aCustomerRaisesRequestsForThemselvesOnly() {
    ToolCall forSomeone = SERVER.call("servicedesk_create_request", Map.of("request_type", "Ask a question",
        "summary", "Invoices in EUR?", "on_behalf_of", "lee@customer.example.org"));
    assertEquals("Invalid arguments for servicedesk_create_request: You cannot raise requests on behalf of someone"
        + " else on SUP (agents of the desk can); leave on_behalf_of out to raise it as yourself.", forSomeone.text());
    assertFalse(forSomeone.wrote());
    assertTrue(SERVER.text("servicedesk_create_request", Map.of("request_type", "Ask a question",
        "summary", "Invoices in EUR?")).matches("(?s)Raised SUP-\\d+ \\(Ask a question\\): Invoices in EUR\\?.*"));
  }
}
