package io.github.atlassianmcp.server.tools.jira;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.atlassianmcp.server.testkit.InProcessServer;
import io.github.atlassianmcp.server.testkit.ToolCall;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class JiraTransitionIssueToolTest {

  @RegisterExtension
  static final InProcessServer SERVER = new InProcessServer();

  @Test
  void movesByNameWithACommentAndTheStatusChanges() {
    String transitions = SERVER.text("jira_get_transitions", Map.of("issue_key", "DEMO-2"));
    String target = transitions.contains("→ In Progress") ? "In Progress" : "Done";

    String moved = SERVER.text("jira_transition_issue", Map.of("issue_key", "DEMO-2", "transition",
        target.toLowerCase(), "comment", "Moving on"));

    assertTrue(moved.contains("status is now " + target), moved);
    assertTrue(moved.contains("Added comment"), moved);
    assertTrue(SERVER.text("jira_get_issue", Map.of("issue_key", "DEMO-2", "comments", 1))
        .contains(" · " + target), "status after the transition");
  }

  @Test
  void anUnknownTransitionListsTheAvailableOnesAndChangesNothing() {
    ToolCall call = SERVER.call("jira_transition_issue", Map.of("issue_key", "DEMO-3", "transition", "Teleport"));
    assertTrue(call.isError());
    assertTrue(call.text().contains("No transition \"Teleport\" on DEMO-3. Transitions available on DEMO-3:"),
        call.text());
    assertEquals(0, call.requests("POST", "/transitions").size(), "nothing is moved");
  }
}
