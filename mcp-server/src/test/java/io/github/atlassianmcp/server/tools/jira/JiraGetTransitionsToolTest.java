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

class JiraGetTransitionsToolTest {

  @RegisterExtension
  static final InProcessServer SERVER = new InProcessServer();

  @Test
  @SuppressWarnings("unchecked")
  void listsTheTransitionsWithTheirTargetStatus() {
    ToolCall call = SERVER.call("jira_get_transitions", Map.of("issue_key", "DEMO-2"));
    assertTrue(call.text().startsWith("Transitions available on DEMO-2:\n- "), call.text());
    assertTrue(call.text().contains(" → "), call.text());
    assertEquals("DEMO-2", call.structured().get("issue_key"));
    List<Map<String, Object>> transitions = (List<Map<String, Object>>) call.structured().get("transitions");
    assertFalse(transitions.isEmpty());
    assertTrue(transitions.stream().allMatch(t -> t.get("id") != null && t.get("to_status") != null), transitions
        .toString());
  }

  @Test
  void aMissingIssueIsNamed() {
    assertEquals("DEMO-999 does not exist or you cannot see it.",
        SERVER.error("jira_get_transitions", Map.of("issue_key", "DEMO-999")));
  }
}
