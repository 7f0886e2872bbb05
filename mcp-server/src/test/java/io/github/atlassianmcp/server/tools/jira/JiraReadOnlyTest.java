package io.github.atlassianmcp.server.tools.jira;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.atlassianmcp.server.testkit.InProcessServer;
import io.github.atlassianmcp.server.testkit.ToolCall;
import io.github.atlassianmcp.server.tools.ServerTool;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** ATLASSIAN_READ_ONLY=true hides the links, attachment and sprint writes, and keeps their reads. */
class JiraReadOnlyTest {

  private static final List<String> WRITES = List.of("jira_link_issues", "jira_add_attachment",
      "jira_move_to_sprint");
  private static final List<String> READS = List.of("jira_get_issue_history", "jira_get_attachment",
      "jira_list_boards", "jira_list_sprints");

  @RegisterExtension
  static final InProcessServer SERVER = new InProcessServer(Map.of("ATLASSIAN_READ_ONLY", "true"));

  @Test
  void theWriteToolsAreNeitherListedNorCallable() {
    List<String> enabled = SERVER.assembly().inventory().enabled().stream().map(ServerTool::name).toList();
    for (String write : WRITES) {
      assertTrue(!enabled.contains(write), write + " listed in read-only mode: " + enabled);
    }
    assertTrue(enabled.containsAll(READS), enabled.toString());
    ToolCall call = SERVER.call("jira_move_to_sprint", Map.of("sprint_id", 1, "issue_keys", List.of("PROJ-12")));
    assertTrue(call.isError() && call.text().contains("read-only"), call.text());
    assertEquals(List.of(), call.exchanges());
  }

  @Test
  void theirScopesAreNotRequested() {
    List<String> scopes = SERVER.assembly().scopes().scopes();
    assertTrue(scopes.contains("read:sprint:jira-software") && !scopes.contains("write:sprint:jira-software"),
        scopes.toString());
  }
}
