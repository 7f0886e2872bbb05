package io.github.atlassianmcp.server.tools.jira;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.atlassianmcp.server.testkit.InProcessServer;
import io.github.atlassianmcp.server.testkit.ToolCall;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class JiraMoveToSprintToolTest {

  @RegisterExtension
  static final InProcessServer SERVER = new InProcessServer();

  @Test
  void boardsThenSprintsThenTwoIssuesMovedShowTheirSprint() {
    int board = board();
    Map<String, Object> future = sprint(board, "future");

    ToolCall move = SERVER.call("jira_move_to_sprint", Map.of("sprint_id", future.get("id"),
        "issue_keys", List.of("PROJ-12", "proj-20")));

    assertEquals("Moved PROJ-12, PROJ-20 to sprint " + future.get("id") + ".", move.text());
    for (String key : List.of("PROJ-12", "PROJ-20")) {
      String issue = SERVER.text("jira_get_issue", Map.of("issue_key", key, "comments", 0));
      assertTrue(issue.contains("sprint " + future.get("name") + " (future"), issue);
    }
  }

  @Test
  void aClosedSprintTakesNoIssuesAndSaysWhy() {
    Map<String, Object> closed = sprint(board(), "closed");
    String error = SERVER.error("jira_move_to_sprint", Map.of("sprint_id", closed.get("id"),
        "issue_keys", List.of("PROJ-15")));
    assertTrue(error.contains("not been completed"), error);
  }

  @Test
  void aSubtaskIsRefusedWithItsParentNamed() {
    Map<String, Object> active = sprint(board(), "active");
    String error = SERVER.error("jira_move_to_sprint", Map.of("sprint_id", active.get("id"),
        "issue_keys", List.of("PROJ-14")));
    assertTrue(error.contains("PROJ-14") && error.contains("subtask") && error.contains("PROJ-13"), error);
  }

  private static int board() {
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> boards = (List<Map<String, Object>>) SERVER.call("jira_list_boards",
        Map.of("project_key", "PROJ")).structured().get("boards");
    return ((Number) boards.get(0).get("id")).intValue();
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> sprint(int board, String state) {
    List<Map<String, Object>> sprints = (List<Map<String, Object>>) SERVER.call("jira_list_sprints",
        Map.of("board_id", board, "state", state)).structured().get("sprints");
    Map<String, Object> sprint = sprints.get(0);
    return Map.of("id", ((Number) sprint.get("id")).intValue(), "name", sprint.get("name"));
  }
}
