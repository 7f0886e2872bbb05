package io.github.atlassianmcp.server.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import io.github.atlassianmcp.server.auth.CredentialStore;
import io.github.atlassianmcp.server.auth.StoredCredentials;
import io.github.atlassianmcp.server.config.ServerConfig;
import io.github.atlassianmcp.server.testkit.SiteRest;
import io.github.atlassianmcp.specs.AdfValidator;
import io.modelcontextprotocol.spec.McpError;
import io.modelcontextprotocol.spec.McpSchema;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The packaged server's tools over stdio, against the sandbox (OAuth through the gateway): structured content and
 * paging across the wire, a write read back, one read per product, and what the process says on stderr. Each tool's
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
  void confluenceAndServiceDeskAnswerOverTheWire() {
    String page = site.text("confluence_get_page", Map.of("page_id", "98307"));
    assertTrue(page.startsWith("# Release Process\n"), page);
    String request = site.text("servicedesk_get_request", Map.of("issue_key", "SUP-2"));
    assertTrue(request.startsWith("# SUP-2: "), request);
  }

  @Test
  void anUnknownToolIsAnErrorAndTheServerCarriesOn() {
    assertThrows(McpError.class, () -> site.server().call("jira_delete_everything", Map.of()));
    assertTrue(site.text("jira_get_transitions", Map.of("issue_key", "PROJ-1")).contains("PROJ-1"));
  }

  @Test
  void noSecretReachesTheServersStderr() {
    site.text("jira_get_transitions", Map.of("issue_key", "PROJ-2"));
    StoredCredentials credentials = new CredentialStore(Path.of(site.environment().get(ServerConfig.MCP_HOME)))
        .read().orElseThrow();
    String all = String.join("\n", new ArrayList<>(site.server().stderr()));
    assertFalse(all.contains(site.sandbox().oauthApp().clientSecret()), "client secret in stderr");
    assertFalse(all.contains(credentials.accessToken()), "access token in stderr");
    assertFalse(all.contains(credentials.refreshToken()), "refresh token in stderr");
  }
}
