package io.github.atlassianmcp.server.tools.jira;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.atlassianmcp.server.testkit.InProcessServer;
import io.github.atlassianmcp.server.testkit.ToolCall;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class JiraGetIssueToolTest {

  @RegisterExtension
  static final InProcessServer SERVER = new InProcessServer();

  @Test
  void richAdfIsReadBackAsMarkdown() {
    String text = SERVER.text("jira_get_issue", Map.of("issue_key", "PROJ-12", "comments", 2));
    assertTrue(text.startsWith("# PROJ-12: "), text);
    assertTrue(text.contains("### Steps to reproduce"), text);
    assertTrue(text.contains("\n1. Sign in as a user"), text);
    assertTrue(text.contains("\n   - on a slow 3G profile"), "nested list: " + text);
    assertTrue(text.contains("**It fails**"), text);
    assertTrue(text.matches("(?s).*```(sql|java|json|bash|typescript|yaml)\n.*"), text);
    assertTrue(text.contains("| Environment | Version | Seen |"), text);
    assertTrue(text.contains("> **Warning:**"), text);
    assertTrue(text.contains("Reported by @"), "mention: " + text);
    assertFalse(text.contains("{\"type\""), "no raw ADF: " + text);
  }

  @Test
  void theRichIssueShowsItsPlanningLinksAndAttachmentsWithinTwoKilobytes() {
    String text = SERVER.text("jira_get_issue", Map.of("issue_key", "PROJ-12"));
    System.err.println("jira_get_issue PROJ-12: " + text.getBytes(java.nio.charset.StandardCharsets.UTF_8).length
        + " bytes\n" + text);
    assertTrue(text.contains("sprint PROJ Sprint 2 (active; before: PROJ Sprint 1)"), text);
    assertTrue(text.contains("Story Points: 3"), text);
    assertTrue(text.contains("Team: Payments"), text);
    assertTrue(text.contains("fix 2.4.0"), text);
    assertTrue(text.contains("time 2d estimated, 4h left"), text);
    assertTrue(text.contains("\nlinks: blocks PROJ-34 Checkout returns 500 for non-ASCII input (To Do); relates to"
        + " PROJ-32 "), text);
    assertTrue(text.matches("(?s).*\nattachments: \\d+ webhook-error.log \\(572 bytes\\),"
        + " \\d+ empty-list.png \\(94 bytes\\)\n.*"), text);
  }

  @Test
  @SuppressWarnings("unchecked")
  void theStructuredAnswerCarriesTheSameFacts() {
    ToolCall call = SERVER.call("jira_get_issue", Map.of("issue_key", "proj-12", "comments", 2));
    Map<String, Object> issue = call.structured();
    assertEquals("PROJ-12", issue.get("key"));
    assertTrue(((String) issue.get("description")).contains("### Steps to reproduce"));
    List<Map<String, Object>> comments = (List<Map<String, Object>>) issue.get("comments");
    assertTrue(comments.size() <= 2);
    assertTrue(((Number) issue.get("total_comments")).longValue() >= comments.size());
    assertTrue(((String) issue.get("url")).endsWith("/browse/PROJ-12"), issue.toString());
    assertTrue(issue.get("labels") instanceof List<?>, "lists are always there: " + issue);
  }

  @Test
  void noCommentsAreReadWhenNoneAreAsked() {
    ToolCall call = SERVER.call("jira_get_issue", Map.of("issue_key", "PROJ-12", "comments", 0));
    assertFalse(call.isError(), call.text());
    assertEquals(List.of(), call.requests("GET", "/comment"));
    assertFalse(call.text().contains("## Comments"), call.text());
  }

  @Test
  void aMissingIssueIsNamed() {
    assertEquals("PROJ-999 does not exist or you cannot see it.",
        SERVER.error("jira_get_issue", Map.of("issue_key", "PROJ-999")));
  }

  @Test
  void aMalformedKeyIsRefusedBeforeAnythingIsSent() {
    ToolCall call = SERVER.call("jira_get_issue", Map.of("issue_key", "12"));
    assertTrue(call.isError());
    assertTrue(call.text().contains("issue_key") && call.text().contains("PROJ-123"), call.text());
    assertEquals(List.of(), call.exchanges());
  }
}
