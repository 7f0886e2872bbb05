package io.github.atlassianmcp.server.tools.jira;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import io.github.atlassianmcp.sandbox.seed.SeedUsers;
import io.github.atlassianmcp.server.testkit.InProcessServer;
import io.github.atlassianmcp.server.testkit.SiteRest;
import io.github.atlassianmcp.server.testkit.ToolCall;
import io.github.atlassianmcp.specs.AdfValidator;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class JiraEditCommentToolTest {

  @RegisterExtension
  static final InProcessServer SERVER = new InProcessServer();

  @Test
  void aCommentIsRewrittenAsValidAdfWithItsMentions() {
    Matcher added = Pattern.compile("Added comment ([0-9]+) to PROJ-30").matcher(SERVER.text("jira_add_comment",
        Map.of("issue_key", "PROJ-30", "comment", "First try")));
    assertTrue(added.find());
    String id = added.group(1);

    ToolCall call = SERVER.call("jira_edit_comment", Map.of("issue_key", "proj-30", "comment_id", id,
        "comment", "Fixed in **2.4.0**, thanks @Priya Natarajan:\n\n- retries\n- `backoff`"));

    assertEquals("Edited comment " + id + " on PROJ-30.", call.text());
    JsonObject body = new SiteRest(SERVER.sandbox()).get("/rest/api/3/issue/PROJ-30/comment/" + id)
        .getAsJsonObject().getAsJsonObject("body");
    assertEquals(List.of(), new AdfValidator().problems(body.toString()));
    assertTrue(body.toString().contains("{\"type\":\"mention\",\"attrs\":{\"id\":\"" + SeedUsers.PRIYA
        + "\",\"text\":\"@Priya Natarajan\"}}"), body.toString());
    String issue = SERVER.text("jira_get_issue", Map.of("issue_key", "PROJ-30", "comments", 1));
    assertTrue(issue.contains("Fixed in **2.4.0**, thanks @Priya Natarajan:\n\n- retries\n- `backoff`"), issue);
  }

  @Test
  void anUnknownCommentIsJirasError() {
    String error = SERVER.error("jira_edit_comment", Map.of("issue_key", "PROJ-30", "comment_id", "999999",
        "comment", "x"));
    assertTrue(error.contains("999999"), error);
  }

  @Test
  void aCommentIdThatIsNoNumberIsRefusedBeforeSending() {
    ToolCall call = SERVER.call("jira_edit_comment", Map.of("issue_key", "PROJ-30", "comment_id", "abc",
        "comment", "x"));
    assertTrue(call.text().startsWith("Invalid arguments for jira_edit_comment: comment_id must be a number"),
        call.text());
    assertEquals(List.of(), call.exchanges());
  }
}
