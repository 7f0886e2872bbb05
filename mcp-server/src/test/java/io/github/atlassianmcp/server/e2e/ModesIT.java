package io.github.atlassianmcp.server.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.atlassianmcp.sandbox.AtlassianSandbox;
import io.github.atlassianmcp.sandbox.AuthKind;
import io.github.atlassianmcp.sandbox.LoggedRequest;
import io.modelcontextprotocol.spec.McpSchema;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** Read-only mode, toolsets, API-token mode and the unconfigured server, each a process of its own. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ModesIT {

  private static final List<String> WRITE_TOOLS = List.of("jira_create_issue", "jira_update_issue",
      "jira_add_comment", "jira_add_worklog", "jira_transition_issue");

  private final AtlassianSandbox sandbox = AtlassianSandbox.builder().start();

  @AfterAll
  void stop() {
    sandbox.close();
  }

  private static List<String> names(ServerProcess server) {
    return server.client().listTools().tools().stream().map(McpSchema.Tool::name).toList();
  }

  @Test
  void readOnlyModeNeitherListsNorRunsWriteTools() {
    try (ServerProcess server = ServerProcess.start(
        SandboxSignIn.oauthEnvironment(sandbox, Map.of("ATLASSIAN_READ_ONLY", "true")))) {
      List<String> listed = names(server);
      assertTrue(listed.contains("jira_search") && listed.contains("authenticate_atlassian"), listed.toString());
      WRITE_TOOLS.forEach(tool -> assertFalse(listed.contains(tool), tool + " is listed"));
      String refused = server.error("jira_create_issue", Map.of("project_key", "DEMO", "summary", "x"));
      assertEquals("jira_create_issue is not available: the server runs read-only (ATLASSIAN_READ_ONLY=true).",
          refused);
      assertTrue(server.text("jira_search", Map.of("jql", "project = DEMO", "max_results", 1)).contains("DEMO-"));
    }
  }

  @Test
  void toolsetsLimitWhatIsListed() {
    try (ServerProcess server = ServerProcess.start(
        SandboxSignIn.oauthEnvironment(sandbox, Map.of("ATLASSIAN_TOOLSETS", "confluence")))) {
      assertEquals(List.of("authenticate_atlassian", "confluence_search", "confluence_get_page"), names(server));
      String refused = server.error("jira_search", Map.of("jql", "project = PROJ"));
      assertTrue(refused.contains("ATLASSIAN_TOOLSETS"), refused);
    }
  }

  @Test
  void apiTokenModeCallsTheSiteWithBasicAuth() {
    int before = sandbox.requestLog().size();
    try (ServerProcess server = ServerProcess.start(SandboxSignIn.apiTokenEnvironment(sandbox))) {
      String found = server.text("jira_search", Map.of("jql", "project = PROJ ORDER BY key ASC", "max_results", 2));
      assertTrue(found.contains("PROJ-1"), found);
      String page = server.text("confluence_get_page", Map.of("page_id", "98307"));
      assertTrue(page.startsWith("# Release Process"), page);
      String signIn = server.text("authenticate_atlassian", Map.of());
      assertTrue(signIn.startsWith("API-token mode is active"), signIn);
    }
    List<LoggedRequest> calls = sandbox.requestLog().subList(before, sandbox.requestLog().size());
    assertFalse(calls.isEmpty());
    assertTrue(calls.stream().allMatch(call -> call.auth() == AuthKind.BASIC && !call.path().startsWith("/ex/")),
        calls.toString());
  }

  @Test
  void anUnconfiguredServerSaysHowToSignIn() {
    try (ServerProcess server = ServerProcess.start(SandboxSignIn.isolated(Map.of()))) {
      String error = server.error("jira_search", Map.of("jql", "project = PROJ"));
      assertTrue(error.contains("ATLASSIAN_"), error);
    }
  }
}
