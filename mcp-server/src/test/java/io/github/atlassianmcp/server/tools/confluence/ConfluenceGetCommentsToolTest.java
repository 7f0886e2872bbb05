package io.github.atlassianmcp.server.tools.confluence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.atlassianmcp.server.testkit.InProcessServer;
import io.github.atlassianmcp.server.testkit.ToolCall;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class ConfluenceGetCommentsToolTest {

  @RegisterExtension
  static final InProcessServer SERVER = new InProcessServer();

  @Test
  @SuppressWarnings("unchecked")
  void aCommentAndItsReplyReadAsAThreadWithTheirAuthorsNames() {
    ToolCall call = SERVER.call("confluence_get_comments", Map.of("page_id", "98317"));
    assertTrue(Pattern.compile("""
        1 comment and 1 reply on page 98317, oldest first:
        - \\*\\*Jonas Berg\\*\\* · [0-9-]+ [0-9:]+ [+-][0-9:]+ · comment 98319
          Do we have a rollback owner for the EU stage\\?
          - \\*\\*Priya Natarajan\\*\\* · [0-9-]+ [0-9:]+ [+-][0-9:]+ · comment 98320
            Yes: the on-call payments engineer\\.""").matcher(call.text()).matches(), call.text());
    List<Map<String, Object>> comments = (List<Map<String, Object>>) call.structured().get("comments");
    assertEquals(List.of("98319", "98320"), comments.stream().map(c -> c.get("id")).toList());
    assertEquals("98319", comments.get(1).get("parent_id"));
    assertEquals(1, ((Number) comments.get(1).get("depth")).intValue());
    assertEquals(1, call.requests("POST", "/users-bulk").size(), "the authors' names in one lookup");
  }

  @Test
  void aPageWithoutCommentsSaysSoAndTheLimitCountsThreads() {
    assertEquals("No comments on page 98307.", SERVER.text("confluence_get_comments", Map.of("page_id", "98307")));
    SERVER.text("confluence_add_comment", Map.of("page_id", "98308", "comment", "First"));
    SERVER.text("confluence_add_comment", Map.of("page_id", "98308", "comment", "Second"));
    String one = SERVER.text("confluence_get_comments", Map.of("page_id", "98308", "limit", 1));
    assertTrue(one.startsWith("1 comment on page 98308, oldest first:\n"), one);
    assertTrue(one.contains("First") && !one.contains("Second"), one);
    assertTrue(one.endsWith("There are more comments: ask with a higher limit."), one);
  }
}
