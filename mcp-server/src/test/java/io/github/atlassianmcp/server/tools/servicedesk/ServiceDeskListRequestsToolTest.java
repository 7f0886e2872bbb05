package io.github.atlassianmcp.server.tools.servicedesk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
 * The signed-in user, Morgan, is an agent of SUP: "all" is every request of the desk. Morgan raised SUP-12 and
 * SUP-15, takes part in SUP-4, 5, 9, 12 and 16, and is asked to approve SUP-17 and SUP-18.
 */
class ServiceDeskListRequestsToolTest {

  @RegisterExtension
  static final InProcessServer SERVER = new InProcessServer();

  @SuppressWarnings("unchecked")
  private static List<Map<String, Object>> requests(ToolCall call) {
    assertFalse(call.isError(), call.text());
    return (List<Map<String, Object>>) call.structured().get("requests");
  }

  private static List<Map<String, Object>> requests(Map<String, Object> arguments) {
    return requests(SERVER.call("servicedesk_list_requests", arguments));
  }

  private static Set<String> keys(List<Map<String, Object>> requests) {
    return requests.stream().map(r -> (String) r.get("key")).collect(Collectors.toSet());
  }

  private static Set<String> keys(int... numbers) {
    return IntStream.of(numbers).mapToObj(n -> "SUP-" + n).collect(Collectors.toSet());
  }

  @Test
  void anAgentSeesEveryRequestOfTheDeskWithoutTheDeprecatedAllRequests() {
    ToolCall call = SERVER.call("servicedesk_list_requests", Map.of("status", "all", "limit", 50));
    assertEquals(IntStream.rangeClosed(1, 18).mapToObj(n -> "SUP-" + n).collect(Collectors.toSet()),
        keys(requests(call)));
    assertTrue(call.text().startsWith("18 all requests of SUP (every request: you are an agent there):\n"
        + "| Key | Summary | Status | Assignee | Reporter | Created |"), call.text());
    assertEquals(List.of("SUP"), call.structured().get("agent_of"));
    assertEquals("all", call.structured().get("ownership"));
    assertTrue(call.exchanges().stream().noneMatch(e -> e.url().contains("ALL_REQUESTS")
        && e.url().contains("requestOwnership")), call.exchanges().toString());
    assertEquals(1, call.requests("POST", "/rest/api/3/search/jql").size());
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
  void mineAndApproverNarrowToTheCallersOwnWithJsmsCurrentFilters() {
    ToolCall mine = SERVER.call("servicedesk_list_requests", Map.of("status", "all", "ownership", "mine"));
    assertEquals(keys(4, 5, 9, 12, 15, 16), keys(requests(mine)));
    assertTrue(mine.text().startsWith("6 all requests you raised or take part in:"), mine.text());
    String sent = mine.requests("GET", "/rest/servicedeskapi/request").get(0).url();
    assertTrue(sent.contains("requestOwnership=OWNED_REQUESTS") && sent.contains("requestOwnership=PARTICIPATED_REQUESTS"),
        sent);

    ToolCall approver = SERVER.call("servicedesk_list_requests", Map.of("ownership", "approver"));
    assertEquals(keys(17, 18), keys(requests(approver)));
    assertTrue(approver.text().contains("| Type |"), approver.text());
  }

  @Test
  void searchNarrowsTheList() {
    String text = SERVER.text("servicedesk_list_requests", Map.of("status", "all", "search", "invoices"));
    assertTrue(text.contains("Export of last month's invoices is empty"), text);
    assertTrue(text.startsWith("1 all requests of SUP (every request: you are an agent there) matching \"invoices\":"),
        text);
    assertEquals("No open requests of SUP (every request: you are an agent there) matching \"nothing like this\".",
        SERVER.text("servicedesk_list_requests", Map.of("search", "nothing like this")));
  }

  @Test
  void searchWordsWithJirasReservedCharactersAreEscapedForItsTextSearch() {
    ToolCall call = SERVER.call("servicedesk_list_requests", Map.of("search", "POST /v1/payments"));
    assertEquals(Set.of("SUP-2"), keys(requests(call)));
    String jql = call.requests("POST", "/rest/api/3/search/jql").get(0).requestBody();
    assertTrue(jql.contains("summary ~ \\\"POST \\\\\\\\/v1\\\\\\\\/payments\\\""), jql);
  }

  @Test
  void datesReadLikeJirasAndTheLimitSaysWhenMoreMatch() {
    ToolCall call = SERVER.call("servicedesk_list_requests", Map.of("status", "all", "limit", 3));
    assertEquals(3, requests(call).size());
    assertTrue(call.text().endsWith("More requests match: narrow them with search or status, or raise limit (up to"
        + " 50)."), call.text());
    assertTrue(call.text().lines().skip(3).findFirst().orElseThrow().matches(".*\\| \\d{4}-\\d{2}-\\d{2} \\|$"),
        call.text());
    assertTrue(String.valueOf(requests(call).get(0).get("created")).matches("\\d{4}-\\d{2}-\\d{2}T.*"),
        requests(call).toString());
  }

  @Test
  void aWrongStatusOrOwnershipIsRefusedNamingTheChoices() {
    String bad = SERVER.error("servicedesk_list_requests", Map.of("status", "pending"));
    assertTrue(bad.contains("status must be one of open, closed, all"), bad);
    String owner = SERVER.error("servicedesk_list_requests", Map.of("ownership", "everyone"));
    assertTrue(owner.contains("ownership must be one of all, mine, approver"), owner);
  }
}
