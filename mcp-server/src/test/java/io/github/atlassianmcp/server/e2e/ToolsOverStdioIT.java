package io.github.atlassianmcp.server.e2e;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import io.github.atlassianmcp.auth.FileCredentialStore;
import io.github.atlassianmcp.auth.StoredCredentials;
import io.github.atlassianmcp.server.config.ServerConfig;
import io.github.atlassianmcp.server.testkit.SiteRest;
import io.github.atlassianmcp.specs.AdfValidator;
import io.modelcontextprotocol.spec.McpError;
import io.modelcontextprotocol.spec.McpSchema;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The packaged server's tools over stdio, against the sandbox (OAuth through the gateway): structured content and
 * paging across the wire, a write read back, one read per product, a Confluence documentation flow, and what the
 * process says on stderr. Each tool's
 * own behaviour is tested in process (tools/&lt;product&gt;/*ToolTest).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ToolsOverStdioIT {

  private static final Pattern ISSUE_KEY = Pattern.compile("\\b(DEMO-[0-9]+|PROJ-[0-9]+)\\b");

  private final SandboxServer site = new SandboxServer(Map.of());

  @AfterAll
  void stop() {
    site.close();
  }

  @Test
  @SuppressWarnings("unchecked")
  void structuredContentAndPageTokensTravelOverTheWire() {
    McpSchema.CallToolResult first = site.server().call("jira_search",
        Map.of("jql", "project = PROJ ORDER BY key ASC", "max_results", "2"));
    assertFalse(Boolean.TRUE.equals(first.isError()), ServerProcess.textOf(first));
    Map<String, Object> page = (Map<String, Object>) first.structuredContent();
    String token = (String) page.get("next_page_token");
    assertEquals(List.of("PROJ-1", "PROJ-2"), keys(page));
    Map<String, Object> next = (Map<String, Object>) site.server().call("jira_search",
        Map.of("jql", "project = PROJ ORDER BY key ASC", "max_results", 2, "next_page_token", token))
        .structuredContent();
    assertEquals(List.of("PROJ-3", "PROJ-4"), keys(next));
  }

  @SuppressWarnings("unchecked")
  private static List<Object> keys(Map<String, Object> page) {
    return ((List<Map<String, Object>>) page.get("issues")).stream().map(issue -> issue.get("key")).toList();
  }

  @Test
  void aWriteIsStoredAsValidAdfAndReadsBack() {
    String created = site.text("jira_create_issue", Map.of("project_key", "DEMO", "summary", "Over the wire",
        "description", "- **one**\n- `two`"));
    Matcher key = ISSUE_KEY.matcher(created);
    assertTrue(key.find(), created);
    JsonObject stored = new SiteRest(site.sandbox()).get("/rest/api/3/issue/" + key.group(1) + "?fields=description")
        .getAsJsonObject().getAsJsonObject("fields").getAsJsonObject("description");
    assertEquals(List.of(), new AdfValidator().problems(stored.toString()));
    String read = site.text("jira_get_issue", Map.of("issue_key", key.group(1), "comments", 0));
    assertTrue(read.endsWith("## Description\n- **one**\n- `two`"), read);
  }

  @Test
  @SuppressWarnings("unchecked")
  void jirasLinksSprintsAndImagesOverTheWire() {
    assertEquals("Linked: DEMO-1 is blocked by DEMO-2 (DEMO-2 blocks DEMO-1).", site.text("jira_link_issues",
        Map.of("issue_key", "DEMO-1", "link_type", "is blocked by", "target_issue_key", "DEMO-2")));
    assertTrue(site.text("jira_get_issue", Map.of("issue_key", "DEMO-2", "comments", 0))
        .contains("links: blocks DEMO-1 "));

    List<Map<String, Object>> boards = (List<Map<String, Object>>) ((Map<String, Object>) site.server()
        .call("jira_list_boards", Map.of("project_key", "PROJ")).structuredContent()).get("boards");
    Object board = boards.get(0).get("id");
    List<Map<String, Object>> sprints = (List<Map<String, Object>>) ((Map<String, Object>) site.server()
        .call("jira_list_sprints", Map.of("board_id", board, "state", "future")).structuredContent()).get("sprints");
    site.text("jira_move_to_sprint", Map.of("sprint_id", sprints.get(0).get("id"), "issue_keys", List.of("PROJ-21")));
    assertTrue(site.text("jira_get_issue", Map.of("issue_key", "PROJ-21", "comments", 0))
        .contains("sprint " + sprints.get(0).get("name") + " (future"));

    Map<String, Object> details = (Map<String, Object>) ((Map<String, Object>) site.server().call("jira_get_issue",
        Map.of("issue_key", "PROJ-12", "comments", 0)).structuredContent()).get("details");
    Object png = ((List<Map<String, Object>>) details.get("attachments")).stream()
        .filter(a -> "empty-list.png".equals(a.get("filename"))).findFirst().orElseThrow().get("id");
    McpSchema.CallToolResult image = site.server().call("jira_get_attachment", Map.of("attachment_id", png));
    McpSchema.ImageContent content = image.content().stream().filter(McpSchema.ImageContent.class::isInstance)
        .map(McpSchema.ImageContent.class::cast).findFirst().orElseThrow(() -> new AssertionError(image.toString()));
    assertEquals("image/png", content.mimeType());
    assertEquals('P', Base64.getDecoder().decode(content.data())[1]);
  }

  @Test
  void anAgentAssignsByNameLabelsAndSetsACustomFieldOverTheWire() {
    SiteRest rest = new SiteRest(site.sandbox());
    String answer = site.text("jira_update_issue", Map.of("issue_key", "PROJ-26", "assignee", "Priya",
        "priority", "High", "add_labels", List.of("payments"), "fields", Map.of("Story Points", 8)));
    assertEquals("Updated PROJ-26: assignee Priya Natarajan; priority High; labels +payments; Story Points 8.",
        answer);
    JsonObject fields = rest.get("/rest/api/3/issue/PROJ-26").getAsJsonObject().getAsJsonObject("fields");
    assertEquals("Priya Natarajan", fields.getAsJsonObject("assignee").get("displayName").getAsString());
    assertEquals(8, fields.get("customfield_10016").getAsInt());
    assertTrue(fields.getAsJsonArray("labels").toString().contains("\"payments\""), fields.toString());

    McpSchema.CallToolResult ambiguous = site.server().call("jira_update_issue",
        Map.of("issue_key", "PROJ-26", "assignee", "Morgan"));
    assertTrue(Boolean.TRUE.equals(ambiguous.isError()));
    assertTrue(ServerProcess.textOf(ambiguous).contains("several people match \"Morgan\""),
        ServerProcess.textOf(ambiguous));
    assertEquals("Priya Natarajan", rest.get("/rest/api/3/issue/PROJ-26").getAsJsonObject()
        .getAsJsonObject("fields").getAsJsonObject("assignee").get("displayName").getAsString());
  }

  @Test
  void confluenceAndServiceDeskAnswerOverTheWire() {
    String page = site.text("confluence_get_page", Map.of("page_id", "98307"));
    assertTrue(page.startsWith("# Release Process\n"), page);
    String request = site.text("servicedesk_get_request", Map.of("issue_key", "SUP-2"));
    assertTrue(request.startsWith("# SUP-2: "), request);
  }

  /**
   * What documenting a piece of work looks like: find the space, write a page, find it again by title, edit one
   * section, append, label, attach an image and show it, discuss it in a thread, and see it under its parent; the
   * loss-check page's macros survive a section edit made from what reading showed.
   */
  @Test
  @SuppressWarnings("unchecked")
  void aDocumentationFlowOverTheWire() {
    SiteRest rest = new SiteRest(site.sandbox());
    assertTrue(site.text("confluence_list_spaces", Map.of("query", "engineering")).contains("| ENG | Engineering |"));

    String created = site.text("confluence_create_page", Map.of("space_key", "ENG", "title", "Checkout v2 retro",
        "content", "## What went well\n- The flag rollout\n\n## What to change\n- Earlier load tests\n\n"
            + "## Actions\n- [ ] Write the runbook"));
    Matcher id = Pattern.compile("Created page ([0-9]+) ").matcher(created);
    assertTrue(id.find(), created);
    String page = id.group(1);

    McpSchema.CallToolResult read = site.server().call("confluence_get_page",
        Map.of("title", "Checkout v2 retro", "space_key", "ENG"));
    Map<String, Object> structured = (Map<String, Object>) read.structuredContent();
    assertEquals(page, structured.get("id"));
    assertEquals(List.of("What went well", "What to change", "Actions"), structured.get("sections"));

    String before = rest.storage(page);
    String updated = site.text("confluence_update_page", Map.of("page_id", page, "section", "what to change",
        "content", "- Earlier load tests\n- A second on-call for the EU stage", "version_comment", "From the retro"));
    assertTrue(updated.startsWith("Updated page " + page + " \"Checkout v2 retro\" to version 2 (\"From the retro\")."),
        updated);
    String after = rest.storage(page);
    String changedFrom = "<h2>What to change</h2>";
    assertEquals(before.substring(0, before.indexOf(changedFrom)), after.substring(0, after.indexOf(changedFrom)));
    assertEquals(before.substring(before.indexOf("<h2>Actions</h2>")), after.substring(after.indexOf("<h2>Actions</h2>")));
    assertEquals("From the retro", rest.page(page, "storage").getAsJsonObject("version").get("message").getAsString());

    site.text("confluence_update_page", Map.of("page_id", page, "append", "true", "content", "Signed off by the team."));
    assertTrue(rest.storage(page).startsWith(after));
    assertTrue(site.text("confluence_add_labels", Map.of("page_id", page, "labels", List.of("retro", "checkout")))
        .endsWith("the labels retro, checkout."));

    byte[] png = Base64.getDecoder().decode(
        "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==");
    String attached = site.text("confluence_add_attachment", Map.of("page_id", page, "filename", "burndown.png",
        "content_base64", Base64.getEncoder().encodeToString(png)));
    Matcher attachment = Pattern.compile("as attachment ([a-z0-9]+)\\.").matcher(attached);
    assertTrue(attachment.find(), attached);
    assertArrayEquals(png, rest.bytes("/wiki/rest/api/content/" + page + "/child/attachment/" + attachment.group(1)
        + "/download"));
    site.text("confluence_update_page", Map.of("page_id", page, "section", "What went well", "append", true,
        "content", "{{image burndown.png}}"));
    assertTrue(site.text("confluence_get_page", Map.of("page_id", page)).contains("{{image burndown.png}}"));

    Matcher comment = Pattern.compile("Added comment ([0-9]+)").matcher(site.text("confluence_add_comment",
        Map.of("page_id", page, "comment", "Who owns the runbook?")));
    assertTrue(comment.find());
    site.text("confluence_add_comment", Map.of("page_id", page, "comment", "Priya does.", "reply_to", comment.group(1)));
    String thread = site.text("confluence_get_comments", Map.of("page_id", page));
    assertTrue(thread.startsWith("1 comment and 1 reply on page " + page), thread);
    assertTrue(thread.endsWith("\n    Priya does."), thread);

    assertTrue(site.text("confluence_get_page_children", Map.of("page_id", "98302"))
        .contains("| " + page + " | Checkout v2 retro | 0 |"));

    String launch = rest.storage("98317");
    String risks = site.text("confluence_get_page", Map.of("page_id", "98317"));
    String rollout = risks.substring(risks.indexOf("## Rollout plan\n") + 16, risks.indexOf("## Risks"));
    site.text("confluence_update_page", Map.of("page_id", "98317", "section", "Rollout plan",
        "content", rollout.replace("Everyone", "Everyone, after the retro actions")));
    String edited = rest.storage("98317");
    assertEquals(launch.substring(0, launch.indexOf("<h2>Rollout plan</h2>")),
        edited.substring(0, edited.indexOf("<h2>Rollout plan</h2>")), "the TOC, Jira macro, image and layout");
    assertTrue(edited.contains(launch.substring(launch.indexOf("<ac:structured-macro ac:name=\"drawio\""),
        launch.indexOf("<ac:structured-macro ac:name=\"expand\""))), "the draw.io macro, byte for byte");
    assertEquals(launch.substring(launch.indexOf("<h2>Risks</h2>")), edited.substring(edited.indexOf("<h2>Risks</h2>")));
  }

  @Test
  void anUnknownToolIsAnErrorAndTheServerCarriesOn() {
    assertThrows(McpError.class, () -> site.server().call("jira_delete_everything", Map.of()));
    assertTrue(site.text("jira_get_transitions", Map.of("issue_key", "PROJ-1")).contains("PROJ-1"));
  }

  @Test
  void noSecretReachesTheServersStderr() {
    site.text("jira_get_transitions", Map.of("issue_key", "PROJ-2"));
    StoredCredentials credentials = new FileCredentialStore(Path.of(site.environment().get(ServerConfig.MCP_HOME)))
        .read().orElseThrow();
    String all = String.join("\n", new ArrayList<>(site.server().stderr()));
    assertFalse(all.contains(site.sandbox().oauthApp().clientSecret()), "client secret in stderr");
    assertFalse(all.contains(credentials.accessToken()), "access token in stderr");
    assertFalse(all.contains(credentials.refreshToken()), "refresh token in stderr");
  }
}
