package io.github.atlassianmcp.server.tools.jira;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.atlassianmcp.server.testkit.InProcessServer;
import io.github.atlassianmcp.server.testkit.ToolCall;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class JiraSearchToolTest {

  @RegisterExtension
  static final InProcessServer SERVER = new InProcessServer();

  @Test
  @SuppressWarnings("unchecked")
  void pagesThroughAProjectOf120PlusIssues() {
    Set<String> keys = new LinkedHashSet<>();
    String token = null;
    int pages = 0;
    do {
      Map<String, Object> args = token == null
          ? Map.of("jql", "project = PROJ ORDER BY key ASC", "max_results", 50)
          : Map.of("jql", "project = PROJ ORDER BY key ASC", "max_results", 50, "next_page_token", token);
      ToolCall call = SERVER.call("jira_search", args);
      assertFalse(call.isError(), call.text());
      List<Map<String, Object>> issues = (List<Map<String, Object>>) call.structured().get("issues");
      issues.forEach(issue -> keys.add((String) issue.get("key")));
      token = (String) call.structured().get("next_page_token");
      if (pages == 0) {
        assertEquals(50, issues.size());
        int bytes = call.text().getBytes(StandardCharsets.UTF_8).length;
        System.out.println("[figure] 50-issue jira_search answer: " + bytes + " bytes of text");
        assertTrue(bytes < 8 * 1024, "a 50-issue search must stay under 8 KB, was " + bytes);
        assertTrue(call.text().contains("next_page_token=\"" + token + "\""), call.text());
        assertTrue(call.structured().get("approximate_total") instanceof Number, call.structured().toString());
      }
      pages++;
    } while (token != null && pages < 10);
    assertTrue(keys.size() >= 120, "keys: " + keys.size());
    assertEquals(3, pages, "130-odd issues at 50 a page");
    assertEquals("PROJ-1", keys.iterator().next());
  }

  @Test
  @SuppressWarnings("unchecked")
  void extraFieldsBecomeColumnsAndStructuredFields() {
    ToolCall call = SERVER.call("jira_search", Map.of("jql", "project = PROJ AND labels is not EMPTY ORDER BY key",
        "max_results", 3, "fields", List.of("labels")));
    assertTrue(call.text().contains("| labels |"), call.text());
    Map<String, Object> first = ((List<Map<String, Object>>) call.structured().get("issues")).get(0);
    assertTrue(((Map<String, Object>) first.get("fields")).containsKey("labels"), first.toString());
    Map<String, Object> plain = ((List<Map<String, Object>>) SERVER.call("jira_search",
        Map.of("jql", "project = DEMO", "max_results", 1)).structured().get("issues")).get(0);
    assertFalse(plain.containsKey("fields"), "no extra fields asked, none given: " + plain);
  }

  @Test
  void nothingFoundSaysSo() {
    assertEquals("No issues match `project = DEMO AND summary ~ \"zzqqxx\"`.",
        SERVER.text("jira_search", Map.of("jql", "project = DEMO AND summary ~ \"zzqqxx\"")));
  }

  @Test
  void invalidJqlGetsJirasOwnMessage() {
    String error = SERVER.error("jira_search", Map.of("jql", "project = PROJ AND ORDER BY"));
    assertTrue(error.startsWith("Jira rejected the request: "), error);
    assertTrue(error.toLowerCase().contains("jql") || error.contains("Error in the JQL Query"), error);
  }

  @Test
  void badArgumentsSayWhichAndHowAndSendNothing() {
    for (Map<String, Object> wrong : List.<Map<String, Object>>of(Map.of(),
        Map.of("jql", "project = PROJ", "maxResults", 5),
        Map.of("jql", "project = PROJ", "max_results", 500),
        Map.of("jql", 123))) {
      ToolCall call = SERVER.call("jira_search", wrong);
      assertTrue(call.isError(), call.text());
      assertTrue(call.text().startsWith("Invalid arguments for jira_search: "), call.text());
      assertEquals(List.of(), call.exchanges(), "nothing is sent for " + wrong);
    }
    assertTrue(SERVER.error("jira_search", Map.of()).contains("jql"));
    assertTrue(SERVER.error("jira_search", Map.of("jql", "x", "maxResults", 5)).contains("maxResults"));
    assertTrue(SERVER.error("jira_search", Map.of("jql", "x", "max_results", 500)).contains("max_results"));
  }

  @Test
  void aRateLimitedSearchIsRetriedAndSucceeds() {
    SERVER.sandbox().faults().failNext("/rest/api/3/search/jql", 1, 429, Duration.ofSeconds(1));

    ToolCall call = SERVER.call("jira_search", Map.of("jql", "project = DEMO ORDER BY key ASC", "max_results", 3));

    assertTrue(call.text().contains("DEMO-1"), call.text());
    assertEquals(2, call.requests("POST", "/rest/api/3/search/jql").size(), "one 429, one retry");
  }
}
