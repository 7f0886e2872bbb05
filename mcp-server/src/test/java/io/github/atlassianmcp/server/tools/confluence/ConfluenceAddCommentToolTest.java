package io.github.atlassianmcp.server.tools.confluence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.atlassianmcp.server.testkit.InProcessServer;
import io.github.atlassianmcp.server.testkit.SiteRest;
import io.github.atlassianmcp.server.testkit.ToolCall;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class ConfluenceAddCommentToolTest {

  @RegisterExtension
  static final InProcessServer SERVER = new InProcessServer();

  @Test
  void aCommentAndAReplyToItAreStoredAndReadAsOneThread() {
    String added = SERVER.text("confluence_add_comment", Map.of("page_id", "98307",
        "comment", "Who cuts the branch **this week**?\n\n- Ana\n- Ben"));
    Matcher comment = Pattern.compile("^Added comment ([0-9]+) on page 98307\\.\nhttp.*focusedCommentId=\\1.*")
        .matcher(added);
    assertTrue(comment.matches(), added);
    String id = comment.group(1);
    String stored = new SiteRest(SERVER.sandbox()).get("/wiki/api/v2/footer-comments/" + id + "?body-format=storage")
        .getAsJsonObject().getAsJsonObject("body").getAsJsonObject("storage").get("value").getAsString();
    assertEquals("<p>Who cuts the branch <strong>this week</strong>?</p><ul><li><p>Ana</p></li><li><p>Ben</p></li></ul>",
        stored);

    String replied = SERVER.text("confluence_add_comment", Map.of("page_id", "98307", "comment", "Ana does.",
        "reply_to", id));
    Matcher reply = Pattern.compile("^Replied to comment " + id + " on page 98307 with comment ([0-9]+)\\.")
        .matcher(replied);
    assertTrue(reply.find(), replied);

    String thread = SERVER.text("confluence_get_comments", Map.of("page_id", "98307"));
    assertTrue(thread.contains("· comment " + id + "\n  Who cuts the branch **this week**?\n\n  - Ana\n  - Ben\n"
        + "  - **Morgan Lee** · "), thread);
    assertTrue(thread.endsWith("· comment " + reply.group(1) + "\n    Ana does."), thread);
  }

  @Test
  void aReplyToACommentOfAnotherPageIsRefusedBeforeWriting() {
    ToolCall call = SERVER.call("confluence_add_comment", Map.of("page_id", "98307", "comment", "x",
        "reply_to", "98319"));
    assertEquals("Invalid arguments for confluence_add_comment: Comment 98319 is on page 98317, not on page 98307."
        + " Give the page the comment is on, or reply to a comment of page 98307.", call.text());
    assertEquals(List.of(), call.requests("POST", "/footer-comments"));
    assertEquals("Comment 424242 does not exist or you cannot see it.", SERVER.error("confluence_add_comment",
        Map.of("page_id", "98307", "comment", "x", "reply_to", "424242")));
  }
}
