package io.github.atlassianmcp.server.tools.jira;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.atlassianmcp.server.testkit.InProcessServer;
import io.github.atlassianmcp.server.testkit.ToolCall;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class JiraGetIssueHistoryToolTest {

  @RegisterExtension
  static final InProcessServer SERVER = new InProcessServer();

  @Test
  void earlierEditsShowWhoChangedWhatFromWhatToWhat() {
    String text = SERVER.text("jira_get_issue_history", Map.of("issue_key", "PROJ-10"));
    assertTrue(text.startsWith("# History of PROJ-10 ("), text);
    assertTrue(text.contains(" Jonas Berg: "), text);
    assertTrue(text.contains("summary \"Empty state for the admin dashboard\" → \""), text);
    assertTrue(text.contains("priority \"Low\" → \""), text);
  }

  @Test
  void anEditMadeNowComesFirst() {
    SERVER.text("jira_update_issue", Map.of("issue_key", "PROJ-12", "summary", "Webhook consumer crashes on an"
        + " empty list"));
    ToolCall call = SERVER.call("jira_get_issue_history", Map.of("issue_key", "PROJ-12", "limit", 3));
    String first = call.text().lines().skip(1).findFirst().orElseThrow();
    assertTrue(first.contains("summary \"Webhook consumer crashes when the list is empty\" → \"Webhook consumer"
        + " crashes on an empty list\""), call.text());
    assertTrue(call.text().startsWith("# History of PROJ-12 (latest 3 of "), call.text());
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> changes = (List<Map<String, Object>>) call.structured().get("changes");
    assertEquals(3, changes.size());
    assertTrue(((Number) call.structured().get("total")).longValue() > 3, call.structured().toString());
  }

  @Test
  void earlierChangesIncludeTheSeededSprintAndReopening() {
    String text = SERVER.text("jira_get_issue_history", Map.of("issue_key", "PROJ-12", "limit", 100));
    assertTrue(text.contains("status \"Done\" → \""), text);
    assertTrue(text.contains("Sprint "), text);
  }

  @Test
  void aMissingIssueIsNamed() {
    assertEquals("PROJ-999 does not exist or you cannot see it.",
        SERVER.error("jira_get_issue_history", Map.of("issue_key", "PROJ-999")));
  }
}
