package io.github.atlassianmcp.server.tools.jira;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.atlassianmcp.server.testkit.InProcessServer;
import io.github.atlassianmcp.server.testkit.ToolCall;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class JiraUpdateIssueToolTest {

  @RegisterExtension
  static final InProcessServer SERVER = new InProcessServer();

  @Test
  void anUpdateWithOnlyASummaryKeepsTheDescription() {
    Matcher created = Pattern.compile("DEMO-[0-9]+").matcher(SERVER.text("jira_create_issue", Map.of(
        "project_key", "DEMO", "summary", "Before the rename", "description", "Keep **this** text.\n\n- and this list")));
    assertTrue(created.find());
    String key = created.group();

    String answer = SERVER.text("jira_update_issue", Map.of("issue_key", key, "summary", "Renamed by the agent"));

    assertEquals("Updated " + key + ": summary. Summary is now: Renamed by the agent", answer);
    String after = SERVER.text("jira_get_issue", Map.of("issue_key", key, "comments", 0));
    assertTrue(after.startsWith("# " + key + ": Renamed by the agent\n"), after);
    assertTrue(after.endsWith("## Description\nKeep **this** text.\n\n- and this list"), after);
  }

  @Test
  void theDescriptionIsReplacedAsMarkdown() {
    assertEquals("Updated DEMO-4: description.", SERVER.text("jira_update_issue",
        Map.of("issue_key", "DEMO-4", "description", "New *plan*:\n\n1. one\n2. two")));
    String after = SERVER.text("jira_get_issue", Map.of("issue_key", "DEMO-4", "comments", 0));
    assertTrue(after.endsWith("## Description\nNew *plan*:\n\n1. one\n2. two"), after);
  }

  @Test
  void nothingToChangeIsSaidAndNothingSent() {
    ToolCall call = SERVER.call("jira_update_issue", Map.of("issue_key", "DEMO-4"));
    assertEquals("Invalid arguments for jira_update_issue: Give summary or description (or both): nothing to change"
        + " on DEMO-4.", call.text());
    assertEquals(List.of(), call.exchanges());
  }
}
