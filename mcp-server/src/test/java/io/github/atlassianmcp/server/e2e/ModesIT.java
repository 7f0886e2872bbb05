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

/**
 * API-token mode and the unconfigured server, each a process of its own, and read-only mode as tools/list shows it
 * (which tools each configuration enables is tested in process: ToolInventoryTest).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ModesIT {

  private final AtlassianSandbox sandbox = AtlassianSandbox.builder().start();

  @AfterAll
  void stop() {
    sandbox.close();
  }



  @Test
  void readOnlyModeListsNoWriteTool() {
    try (ServerProcess server = ServerProcess.start(
        SandboxSignIn.oauthEnvironment(sandbox, Map.of("ATLASSIAN_READ_ONLY", "true")))) {
      List<McpSchema.Tool> listed = server.client().listTools().tools();
      assertTrue(listed.stream().anyMatch(tool -> tool.name().equals("jira_search")), listed.toString());
      assertTrue(listed.stream().allMatch(tool -> Boolean.TRUE.equals(tool.annotations().readOnlyHint())
          || tool.name().equals("authenticate_atlassian")), listed.toString());
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

  /** A bad variable used to end the process before the client could show anything ("connection closed"). */
  @Test
  void aConfigurationErrorStillServesAndEveryCallSaysWhatToFix() {
    try (ServerProcess server = ServerProcess.start(SandboxSignIn.isolated(Map.of("ATLASSIAN_TOOLSETS", "jira,wiki",
        "ATLASSIAN_SITE_URL", sandbox.siteUrl())))) {
      List<McpSchema.Tool> listed = server.client().listTools().tools();
      assertTrue(listed.stream().anyMatch(tool -> tool.name().equals("jira_search")), listed.toString());
      String error = server.error("jira_search", Map.of("jql", "project = PROJ"));
      assertTrue(error.startsWith("The Atlassian MCP server's configuration cannot be used: ATLASSIAN_TOOLSETS lists"
          + " an unknown toolset 'wiki'"), error);
      assertTrue(error.endsWith("then restart the server."), error);
      assertEquals(error, server.error("authenticate_atlassian", Map.of()));
    }
  }

  @Test
  void anUnconfiguredServerSaysHowToSignIn() {
    try (ServerProcess server = ServerProcess.start(SandboxSignIn.isolated(Map.of()))) {
      String error = server.error("jira_search", Map.of("jql", "project = PROJ"));
      assertTrue(error.contains("ATLASSIAN_"), error);
    }
  }
}
