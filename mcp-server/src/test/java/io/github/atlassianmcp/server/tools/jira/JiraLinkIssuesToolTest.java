package io.github.atlassianmcp.server.tools.jira;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import io.github.atlassianmcp.server.testkit.InProcessServer;
import io.github.atlassianmcp.server.testkit.ToolCall;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class JiraLinkIssuesToolTest {

  @RegisterExtension
  static final InProcessServer SERVER = new InProcessServer();

  @Test
  void anInwardPhraseReadsAsGivenFromBothIssues() {
    ToolCall call = SERVER.call("jira_link_issues", Map.of("issue_key", "PROJ-1", "link_type", "is blocked by",
        "target_issue_key", "PROJ-2"));

    assertEquals("Linked: PROJ-1 is blocked by PROJ-2 (PROJ-2 blocks PROJ-1).", call.text());
    // Cloud's orientation: the request's inwardIssue is the issue that reads "blocks".
    JsonObject sent = JsonParser.parseString(call.requests("POST", "/issueLink").get(0).requestBody())
        .getAsJsonObject();
    assertEquals("PROJ-2", sent.getAsJsonObject("inwardIssue").get("key").getAsString());
    assertEquals("PROJ-1", sent.getAsJsonObject("outwardIssue").get("key").getAsString());
    assertTrue(issue("PROJ-1").contains("is blocked by PROJ-2 "), issue("PROJ-1"));
    assertTrue(issue("PROJ-2").contains("blocks PROJ-1 "), issue("PROJ-2"));
  }

  @Test
  void anOutwardPhraseOrATypeNameReadsTheOtherWay() {
    assertEquals("Linked: PROJ-3 blocks PROJ-4 (PROJ-4 is blocked by PROJ-3).", SERVER.text("jira_link_issues",
        Map.of("issue_key", "PROJ-3", "link_type", "Blocks", "target_issue_key", "PROJ-4")));
    assertTrue(issue("PROJ-3").contains("links: blocks PROJ-4 "), issue("PROJ-3"));
    assertTrue(issue("PROJ-4").contains("links: is blocked by PROJ-3 "), issue("PROJ-4"));

    assertEquals("Linked: PROJ-6 is duplicated by PROJ-5 (PROJ-5 duplicates PROJ-6).", SERVER.text("jira_link_issues",
        Map.of("issue_key", "PROJ-6", "link_type", "Is Duplicated  By", "target_issue_key", "PROJ-5")));
    assertTrue(issue("PROJ-5").contains("duplicates PROJ-6 "), issue("PROJ-5"));
  }

  @Test
  void aCommentGoesWithTheLinkAsRichText() {
    ToolCall call = SERVER.call("jira_link_issues", Map.of("issue_key", "PROJ-7", "link_type", "relates to",
        "target_issue_key", "PROJ-8", "comment", "Same **root cause**."));
    assertEquals("Linked: PROJ-7 relates to PROJ-8 (PROJ-8 relates to PROJ-7), with the comment.", call.text());
    JsonObject body = JsonParser.parseString(call.requests("POST", "/issueLink").get(0).requestBody())
        .getAsJsonObject().getAsJsonObject("comment").getAsJsonObject("body");
    assertEquals("doc", body.get("type").getAsString());
    assertTrue(body.toString().contains("\"strong\""), body.toString());
  }

  @Test
  void anUnknownTypeListsTheSitesTypesAndLinksNothing() {
    ToolCall call = SERVER.call("jira_link_issues", Map.of("issue_key", "PROJ-1", "link_type", "depends on",
        "target_issue_key", "PROJ-9"));
    assertTrue(call.isError());
    assertTrue(call.text().contains("link_type \"depends on\" is not a link type of this site")
        && call.text().contains("Blocks (\"blocks\" / \"is blocked by\")"), call.text());
    assertEquals(List.of(), call.requests("POST", "/issueLink"));
  }

  @Test
  void linkTypesAreReadOnceNotPerCall() {
    SERVER.text("jira_link_issues", Map.of("issue_key", "PROJ-11", "link_type", "relates to",
        "target_issue_key", "PROJ-13"));
    ToolCall second = SERVER.call("jira_link_issues", Map.of("issue_key", "PROJ-11", "link_type", "clones",
        "target_issue_key", "PROJ-14"));
    assertEquals(List.of(), second.requests("GET", "/issueLinkType"), second.exchanges().toString());
  }

  @Test
  void anIssueIsNotLinkedToItself() {
    assertTrue(SERVER.error("jira_link_issues", Map.of("issue_key", "PROJ-1", "link_type", "blocks",
        "target_issue_key", "proj-1")).contains("cannot be linked to itself"));
  }

  private static String issue(String key) {
    return SERVER.text("jira_get_issue", Map.of("issue_key", key, "comments", 0));
  }
}
