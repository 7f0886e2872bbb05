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

class JiraListSprintsToolTest {

  @RegisterExtension
  static final InProcessServer SERVER = new InProcessServer();

  @Test
  void aBoardsClosedActiveAndFutureSprintsAreListed() {
    String text = SERVER.text("jira_list_sprints", Map.of("board_id", projBoard()));
    assertTrue(text.contains("| PROJ Sprint 1 | closed |"), text);
    assertTrue(text.contains("| PROJ Sprint 2 | active |"), text);
    assertTrue(text.contains("| PROJ Sprint 3 | future |"), text);
  }

  @Test
  void aStateNarrowsTheList() {
    ToolCall call = SERVER.call("jira_list_sprints", Map.of("board_id", projBoard(), "state", "active"));
    assertTrue(call.text().contains("| PROJ Sprint 2 | active |"), call.text());
    assertFalse(call.text().contains("closed") || call.text().contains("future"), call.text());
    assertEquals(List.of("state=active"), call.requests("GET", "/sprint").stream()
        .map(e -> e.url().replaceAll(".*[?&](state=[a-z]+).*", "$1")).toList());
  }

  @Test
  void anUnknownBoardIsNamed() {
    assertTrue(SERVER.error("jira_list_sprints", Map.of("board_id", 987654)).contains("oard"));
  }

  /** The id of PROJ's scrum board, as jira_list_boards gives it. */
  static int projBoard() {
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> boards = (List<Map<String, Object>>) SERVER.call("jira_list_boards",
        Map.of("project_key", "PROJ")).structured().get("boards");
    return boards.stream().filter(board -> "scrum".equals(board.get("type")))
        .map(board -> ((Number) board.get("id")).intValue()).findFirst().orElseThrow();
  }
}
