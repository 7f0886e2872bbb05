package io.github.atlassianmcp.server.tools.jira;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import io.github.atlassianmcp.server.testkit.InProcessServer;
import io.github.atlassianmcp.server.testkit.SiteRest;
import io.github.atlassianmcp.specs.AdfValidator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class JiraAddCommentToolTest {

  @RegisterExtension
  static final InProcessServer SERVER = new InProcessServer();

  @Test
  void aMarkdownCommentIsStoredAsValidAdfAndReadsBack() {
    String answer = SERVER.text("jira_add_comment", Map.of("issue_key", "DEMO-1",
        "comment", "Looked into it:\n\n- **cause**: cache\n- fix: `evict()`"));
    assertTrue(answer.matches("Added comment \\S+ to DEMO-1\\."), answer);

    JsonArray comments = new SiteRest(SERVER.sandbox()).get("/rest/api/3/issue/DEMO-1/comment?orderBy=-created")
        .getAsJsonObject().getAsJsonArray("comments");
    JsonObject body = comments.get(0).getAsJsonObject().getAsJsonObject("body");
    assertEquals(List.of(), new AdfValidator().problems(body.toString()));
    String read = SERVER.text("jira_get_issue", Map.of("issue_key", "DEMO-1", "comments", 1));
    assertTrue(read.contains("- **cause**: cache\n- fix: `evict()`"), read);
  }

  @Test
  void aBlankCommentIsMissing() {
    assertEquals("Invalid arguments for jira_add_comment: Missing argument comment: markdown.",
        SERVER.error("jira_add_comment", Map.of("issue_key", "DEMO-1", "comment", " \n ")));
  }
}
