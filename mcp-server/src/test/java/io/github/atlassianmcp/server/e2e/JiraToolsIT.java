package io.github.atlassianmcp.server.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import io.github.atlassianmcp.client.AtlassianDateTimeAdapter;
import io.github.atlassianmcp.server.auth.CredentialStore;
import io.github.atlassianmcp.server.auth.StoredCredentials;
import io.github.atlassianmcp.server.config.ServerConfig;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import io.github.atlassianmcp.specs.AdfValidator;
import io.modelcontextprotocol.spec.McpError;
import io.modelcontextprotocol.spec.McpSchema;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** The Jira tools of the packaged server, over stdio, against the sandbox (OAuth through the gateway). */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class JiraToolsIT {

  private static final Pattern ISSUE_KEY = Pattern.compile("\\b(DEMO-[0-9]+|PROJ-[0-9]+)\\b");

  private final SandboxServer site = new SandboxServer(Map.of());

  @AfterAll
  void stop() {
    site.close();
  }

  @Test
  void pagingThroughAProjectOf120PlusIssues() {
    Set<String> keys = new LinkedHashSet<>();
    String token = null;
    int pages = 0;
    do {
      Map<String, Object> args = token == null
          ? Map.of("jql", "project = PROJ ORDER BY key ASC", "max_results", 50)
          : Map.of("jql", "project = PROJ ORDER BY key ASC", "max_results", 50, "next_page_token", token);
      McpSchema.CallToolResult result = site.server().call("jira_search", args);
      assertFalse(Boolean.TRUE.equals(result.isError()), ServerProcess.textOf(result));
      @SuppressWarnings("unchecked")
      Map<String, Object> structured = (Map<String, Object>) result.structuredContent();
      @SuppressWarnings("unchecked")
      List<Map<String, Object>> issues = (List<Map<String, Object>>) structured.get("issues");
      issues.forEach(issue -> keys.add((String) issue.get("key")));
      token = (String) structured.get("next_page_token");
      String text = ServerProcess.textOf(result);
      if (pages == 0) {
        assertEquals(50, issues.size());
        int bytes = text.getBytes(StandardCharsets.UTF_8).length;
        System.out.println("[figure] 50-issue jira_search answer: " + bytes + " bytes of text");
        assertTrue(bytes < 8 * 1024, "a 50-issue search must stay under 8 KB, was " + bytes);
        assertTrue(text.contains("next_page_token=\"" + token + "\""), text);
      }
      pages++;
    } while (token != null && pages < 10);
    assertTrue(keys.size() >= 120, "keys: " + keys.size());
    assertEquals(3, pages, "130-odd issues at 50 a page");
    assertEquals("PROJ-1", keys.iterator().next());
  }

  @Test
  void richAdfIsReadBackAsMarkdown() {
    String text = site.text("jira_get_issue", Map.of("issue_key", "PROJ-12", "comments", 2));
    assertTrue(text.startsWith("# PROJ-12: "), text);
    assertTrue(text.contains("### Steps to reproduce"), text);
    assertTrue(text.contains("\n1. Sign in as a user"), text);
    assertTrue(text.contains("\n   - on a slow 3G profile"), "nested list: " + text);
    assertTrue(text.contains("**It fails**"), text);
    assertTrue(text.contains("```sql") || text.contains("```java") || text.contains("```json")
        || text.contains("```bash") || text.contains("```typescript") || text.contains("```yaml"), text);
    assertTrue(text.contains("| Environment | Version | Seen |"), text);
    assertTrue(text.contains("> **Warning:**"), text);
    assertTrue(text.contains("Reported by @"), "mention: " + text);
    assertFalse(text.contains("{\"type\""), "no raw ADF: " + text);
  }

  @Test
  void markdownIsWrittenAsSchemaValidAdfAndReadsBackTheSame() {
    String markdown = """
        ## Plan
        We need **retries** with backoff, see [the design](https://example.com/design).

        - Client
          - add a retry policy
          - log each attempt
        - Server
          1. answer 429
          2. send Retry-After

        ```java
        RetryPolicy policy = RetryPolicy.standard();
        ```

        | Attempt | Wait |
        |---|---|
        | 1 | 1 s |
        | 2 | 2 s |
        """;
    String created = site.text("jira_create_issue", Map.of("project_key", "DEMO", "summary", "Retries for the client",
        "description", markdown, "issue_type", "Task"));
    Matcher key = ISSUE_KEY.matcher(created);
    assertTrue(key.find(), created);

    JsonObject stored = new SiteRest(site.sandbox()).get("/rest/api/3/issue/" + key.group(1) + "?fields=description")
        .getAsJsonObject().getAsJsonObject("fields").getAsJsonObject("description");
    assertEquals(List.of(), new AdfValidator().problems(stored.toString()));

    String text = site.text("jira_get_issue", Map.of("issue_key", key.group(1)));
    for (String construct : List.of("## Plan", "**retries**", "[the design](https://example.com/design)",
        "- Client\n  - add a retry policy\n  - log each attempt", "  1. answer 429", "```java\nRetryPolicy policy",
        "| Attempt | Wait |", "| 2 | 2 s |")) {
      assertTrue(text.contains(construct), "missing " + construct + " in:\n" + text);
    }
  }

  @Test
  void anUpdateWithOnlyASummaryKeepsTheDescription() {
    Matcher created = ISSUE_KEY.matcher(site.text("jira_create_issue", Map.of("project_key", "DEMO",
        "summary", "Before the rename", "description", "Keep **this** text.\n\n- and this list")));
    assertTrue(created.find());
    String key = created.group(1);

    String answer = site.text("jira_update_issue", Map.of("issue_key", key, "summary", "Renamed by the agent"));

    assertTrue(answer.startsWith("Updated " + key + ": summary."), answer);
    String after = site.text("jira_get_issue", Map.of("issue_key", key, "comments", 0));
    assertTrue(after.startsWith("# " + key + ": Renamed by the agent\n"), after);
    assertTrue(after.endsWith("## Description\nKeep **this** text.\n\n- and this list"), after);
  }

  @Test
  void commentsAndWorklogs() {
    String comment = site.text("jira_add_comment", Map.of("issue_key", "DEMO-1", "comment", "Looked into it:\n\n- **cause**: cache\n- fix: `evict()`"));
    assertTrue(comment.matches("Added comment \\S+ to DEMO-1\\."), comment);
    String worklog = site.text("jira_add_worklog", Map.of("issue_key", "DEMO-1", "time_spent", "1h 30m",
        "started", "2026-11-20T09:00:00+01:00", "comment", "Paired on the fix"));
    assertTrue(worklog.startsWith("Logged 1h 30m on DEMO-1, started 2026-11-20 09:00 +01:00"), worklog);

    JsonObject worklogs = new SiteRest(site.sandbox()).get("/rest/api/3/issue/DEMO-1/worklog").getAsJsonObject();
    var last = worklogs.getAsJsonArray("worklogs").get(worklogs.getAsJsonArray("worklogs").size() - 1).getAsJsonObject();
    assertEquals(5400, last.get("timeSpentSeconds").getAsInt());
    assertEquals(OffsetDateTime.parse("2026-11-20T09:00:00+01:00").toInstant(),
        AtlassianDateTimeAdapter.parse(last.get("started").getAsString()).toInstant());
    assertEquals(List.of(), new AdfValidator().problems(last.get("comment").toString()));

    String read = site.text("jira_get_issue", Map.of("issue_key", "DEMO-1", "comments", 1));
    assertTrue(read.contains("- **cause**: cache\n- fix: `evict()`"), read);
  }

  @Test
  void transitions() {
    String transitions = site.text("jira_get_transitions", Map.of("issue_key", "DEMO-2"));
    assertTrue(transitions.startsWith("Transitions available on DEMO-2:"), transitions);
    String target = transitions.contains("→ In Progress") ? "In Progress" : "Done";

    String moved = site.text("jira_transition_issue", Map.of("issue_key", "DEMO-2", "transition", target,
        "comment", "Moving on"));

    assertTrue(moved.contains("status is now " + target), moved);
    assertTrue(moved.contains("Added comment"), moved);
    assertTrue(site.text("jira_get_issue", Map.of("issue_key", "DEMO-2", "comments", 0)).contains(" · " + target),
        "status after the transition");
    String unknown = site.error("jira_transition_issue", Map.of("issue_key", "DEMO-2", "transition", "Teleport"));
    assertTrue(unknown.contains("No transition \"Teleport\" on DEMO-2. Transitions available on DEMO-2:"), unknown);
  }

  @Test
  void invalidJqlGetsJirasOwnMessage() {
    String error = site.error("jira_search", Map.of("jql", "project = PROJ AND ORDER BY"));
    assertTrue(error.startsWith("Jira rejected the request: "), error);
    assertTrue(error.toLowerCase().contains("jql") || error.contains("Error in the JQL Query"), error);
  }

  @Test
  void aMissingIssueIsNamed() {
    assertEquals("PROJ-999 does not exist or you cannot see it.",
        site.error("jira_get_issue", Map.of("issue_key", "PROJ-999")));
  }

  @Test
  void badArgumentsSayWhichAndHow() {
    String missing = site.error("jira_search", Map.of());
    assertTrue(missing.contains("jql"), missing);
    String mistyped = site.error("jira_get_issue", Map.of("issue_key", "12"));
    assertTrue(mistyped.contains("issue_key") && mistyped.contains("PROJ-123"), mistyped);
    String unknownArgument = site.error("jira_search", Map.of("jql", "project = PROJ", "maxResults", 5));
    assertTrue(unknownArgument.contains("maxResults"), unknownArgument);
    String outOfRange = site.error("jira_search", Map.of("jql", "project = PROJ", "max_results", 500));
    assertTrue(outOfRange.contains("max_results"), outOfRange);
  }

  @Test
  void anUnknownToolIsAnErrorAndTheServerCarriesOn() {
    assertThrows(McpError.class, () -> site.server().call("jira_delete_everything", Map.of()));
    assertTrue(site.text("jira_get_transitions", Map.of("issue_key", "PROJ-1")).contains("PROJ-1"));
  }

  @Test
  void aRateLimitedSearchIsRetriedAndSucceeds() {
    long before = site.callsByPath().getOrDefault("POST /rest/api/3/search/jql", 0L);
    site.sandbox().faults().failNext("/rest/api/3/search/jql", 1, 429, Duration.ofSeconds(1));

    String text = site.text("jira_search", Map.of("jql", "project = DEMO ORDER BY key ASC", "max_results", 3));

    assertTrue(text.contains("DEMO-1"), text);
    assertEquals(before + 2, site.callsByPath().get("POST /rest/api/3/search/jql"), "one 429, one retry");
  }

  @Test
  void createWithAnUnknownIssueTypeListsTheValidOnes() {
    String error = site.error("jira_create_issue", Map.of("project_key", "DEMO", "summary", "x",
        "issue_type", "Unicorn"));
    assertTrue(error.startsWith("Jira rejected the request: "), error);
    assertTrue(error.contains("Issue types in DEMO: "), error);
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
