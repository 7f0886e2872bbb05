package io.github.atlassianmcp.server.tools.jira;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.atlassianmcp.server.testkit.InProcessServer;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class JiraListBoardsToolTest {

  @RegisterExtension
  static final InProcessServer SERVER = new InProcessServer();

  @Test
  void aProjectsBoardsAreListedWithTheirIds() {
    String text = SERVER.text("jira_list_boards", Map.of("project_key", "proj"));
    assertTrue(text.startsWith("| id | board | type | project |"), text);
    assertTrue(text.matches("(?s).*\\n\\| \\d+ \\| [^|]+ \\| scrum \\| PROJ \\|.*"), text);
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> boards = (List<Map<String, Object>>) SERVER.call("jira_list_boards",
        Map.of("project_key", "PROJ")).structured().get("boards");
    assertTrue(boards.stream().allMatch(board -> "PROJ".equals(board.get("project"))), boards.toString());
  }

  @Test
  void aNameThatMatchesNoBoardSaysSo() {
    assertEquals("No boards named like \"no such board\".",
        SERVER.text("jira_list_boards", Map.of("name", "no such board")));
  }

  @Test
  void anUnknownProjectIsNamed() {
    assertTrue(SERVER.error("jira_list_boards", Map.of("project_key", "NOPE")).contains("NOPE"));
  }
}
