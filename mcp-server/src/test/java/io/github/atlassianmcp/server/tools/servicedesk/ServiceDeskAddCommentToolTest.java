package io.github.atlassianmcp.server.tools.servicedesk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import io.github.atlassianmcp.sandbox.seed.SeedUsers;
import io.github.atlassianmcp.server.testkit.InProcessServer;
import io.github.atlassianmcp.server.testkit.SiteRest;
import io.github.atlassianmcp.server.testkit.ToolCall;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** SUP-1 is Sam's request (a portal customer); Morgan, signed in, is an agent. */
class ServiceDeskAddCommentToolTest {

  @RegisterExtension
  static final InProcessServer SERVER = new InProcessServer();

  private static final Pattern COMMENT_ID = Pattern.compile("\\(comment (\\d+)\\)");

  private static String commentId(String answer) {
    Matcher id = COMMENT_ID.matcher(answer);
    assertTrue(id.find(), answer);
    return id.group(1);
  }

  private static JsonObject stored(String key, String id) {
    return new SiteRest(SERVER.sandbox()).get("/rest/servicedeskapi/request/" + key + "/comment/" + id)
        .getAsJsonObject();
  }

  private static String customerView(String key) {
    return new SiteRest(SERVER.sandbox()).as(SeedUsers.CUSTOMER_SAM).get("/rest/servicedeskapi/request/" + key
        + "/comment?limit=100").toString();
  }

  @Test
  void aCommentIsAPublicReplyByDefaultWrittenInMarkdown() {
    String answer = SERVER.text("servicedesk_add_comment", Map.of("issue_key", "sup-1",
        "comment", "**Unlocked** your account; sign in with `sam@customer.example.org`."));
    assertTrue(answer.matches("Replied on SUP-1 \\(comment \\d+\\): public, the customer sees it\\."), answer);
    JsonObject comment = stored("SUP-1", commentId(answer));
    assertTrue(comment.get("public").getAsBoolean(), comment.toString());
    assertEquals("*Unlocked* your account; sign in with {{sam@customer.example.org}}.",
        comment.get("body").getAsString());
    assertTrue(customerView("SUP-1").contains("*Unlocked* your account"), customerView("SUP-1"));
  }

  @Test
  void anInternalNoteIsStoredInternalAndTheCustomerDoesNotSeeIt() {
    ToolCall call = SERVER.call("servicedesk_add_comment", Map.of("issue_key", "SUP-1",
        "comment", "Locked by the _fraud_ rule, see the runbook.", "public", false));
    assertTrue(call.text().matches("Added an internal note to SUP-1 \\(comment \\d+\\): agents only, the customer"
        + " does not see it\\."), call.text());
    assertTrue(call.requests("POST", "/comment").get(0).requestBody().contains("\"public\":false"),
        call.exchanges().toString());
    JsonObject comment = stored("SUP-1", commentId(call.text()));
    assertFalse(comment.get("public").getAsBoolean(), comment.toString());
    assertFalse(customerView("SUP-1").contains("fraud"), customerView("SUP-1"));
    String read = SERVER.text("servicedesk_get_request", Map.of("issue_key", "SUP-1"));
    assertTrue(read.contains(" (internal note), ") && read.contains("Locked by the _fraud_ rule"), read);
  }

  @Test
  void publicTakesTextAsModelsSendIt() {
    String answer = SERVER.text("servicedesk_add_comment", Map.of("issue_key", "SUP-1", "comment", "Noted.",
        "public", "false"));
    assertFalse(stored("SUP-1", commentId(answer)).get("public").getAsBoolean());
  }

  @Test
  void aBlankCommentOrAMissingRequestIsRefused() {
    assertEquals("Invalid arguments for servicedesk_add_comment: Missing argument comment: markdown.",
        SERVER.error("servicedesk_add_comment", Map.of("issue_key", "SUP-1", "comment", " ")));
    assertEquals("SUP-999 does not exist or you cannot see it.",
        SERVER.error("servicedesk_add_comment", Map.of("issue_key", "SUP-999", "comment", "Hello")));
  }
}
