package io.github.atlassianmcp.server.tools;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.atlassianmcp.server.ServerAssembly;
import io.github.atlassianmcp.server.config.ServerConfig;
import io.github.atlassianmcp.server.config.Toolset;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which tools a configuration enables, and what a call to one it does not enable answers. */
class ToolInventoryTest {

  @TempDir
  Path home;

  private ServerAssembly assembly(Map<String, String> environment) {
    return ServerAssembly.builder(ServerConfig.fromEnvironment(environment, home)).build();
  }

  private static List<String> names(List<ServerTool> tools) {
    return tools.stream().map(ServerTool::name).toList();
  }

  @Test
  void everyToolIsFoundAndAllEnablesEveryOne() {
    List<ServerTool> all = ToolDiscovery.tools();
    assertTrue(all.size() >= 13, names(all).toString());
    assertEquals(names(all), names(assembly(Map.of(ServerConfig.TOOLSETS, "all")).inventory().enabled()));
    assertTrue(names(all).contains("authenticate_atlassian"));
  }

  @Test
  void byDefaultJiraAndConfluenceToolsAreListed() {
    List<ServerTool> enabled = assembly(Map.of()).inventory().enabled();
    assertTrue(names(enabled).containsAll(List.of("authenticate_atlassian", "jira_search", "confluence_update_page",
        "atlassian_search")), names(enabled).toString());
    assertTrue(enabled.stream().allMatch(tool -> tool.definition().toolset().isEmpty()
        || Toolset.defaults().contains(tool.definition().toolset().get())), names(enabled).toString());
    assertEquals(Set.of(Toolset.JIRA, Toolset.CONFLUENCE), Toolset.defaults());
  }

  @Test
  void readOnlyModeNeitherListsNorRunsAnyWriteToolButSignInStays() {
    ServerAssembly readOnly = assembly(Map.of(ServerConfig.READ_ONLY, "true"));
    List<ServerTool> writeTools = ToolDiscovery.tools().stream()
        .filter(tool -> !tool.definition().hints().readOnly() && tool.definition().toolset().isPresent()).toList();
    assertFalse(writeTools.isEmpty());
    for (ServerTool tool : writeTools) {
      assertFalse(readOnly.inventory().isEnabled(tool), tool.name() + " is enabled read-only");
      ToolResult refused = readOnly.handler().handle(tool.name(), Map.of(), ToolContext.NONE);
      assertTrue(refused.error());
      assertEquals(tool.name() + " is not available: the server runs read-only (ATLASSIAN_READ_ONLY=true).",
          refused.text());
    }
    assertTrue(names(readOnly.inventory().enabled()).contains("authenticate_atlassian"));
    assertTrue(readOnly.inventory().enabled().stream().allMatch(tool -> tool.definition().hints().readOnly()
        || tool.definition().toolset().isEmpty()));
  }

  @Test
  void toolsetsLimitWhatIsListedAndCalled() {
    ServerAssembly confluence = assembly(Map.of(ServerConfig.TOOLSETS, "confluence"));
    for (ServerTool tool : confluence.inventory().enabled()) {
      assertTrue(tool.definition().toolset().isEmpty() || tool.definition().toolset().get() == Toolset.CONFLUENCE,
          tool.name());
    }
    assertTrue(names(confluence.inventory().enabled()).contains("confluence_search"));
    ToolResult refused = confluence.handler().handle("jira_search", Map.of("jql", "project = PROJ"),
        ToolContext.NONE);
    assertEquals("jira_search is not available: its toolset jira is not in ATLASSIAN_TOOLSETS.", refused.text());
  }

  @Test
  void fewerToolsAskForFewerScopes() {
    Set<String> all = Set.copyOf(assembly(Map.of()).scopes().scopes());
    Set<String> readOnly = Set.copyOf(assembly(Map.of(ServerConfig.READ_ONLY, "true")).scopes().scopes());
    assertTrue(all.containsAll(readOnly));
    assertFalse(readOnly.stream().anyMatch(scope -> scope.startsWith("write:")), readOnly.toString());
  }

  @Test
  void anUnknownToolIsNamedBackCapped() {
    ToolResult unknown = assembly(Map.of()).handler().handle("x".repeat(10_000), Map.of(), ToolContext.NONE);
    assertTrue(unknown.error());
    assertTrue(unknown.text().length() < 200, unknown.text());
  }

  /** Adding a tool is its file and its in-process test: the test is found by the tool class's name. */
  @Test
  void everyToolHasAnInProcessTestNextToIt() {
    List<String> untested = ToolDiscovery.toolClassNames(getClass().getClassLoader()).stream()
        .filter(name -> {
          try {
            Class.forName(name + "Test", false, getClass().getClassLoader());
            return false;
          } catch (ClassNotFoundException e) {
            return true;
          }
        }).toList();
    assertEquals(List.of(), untested, "tools without an in-process test class (TOOL_CLASS + \"Test\")");
  }

  @Test
  void twoToolsWithOneNameAreRefused() {
    ServerTool tool = ToolDiscovery.tools().get(0);
    IllegalArgumentException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
        () -> new ToolInventory(List.of(tool, tool), Set.of(Toolset.values()), false));
    assertTrue(e.getMessage().contains(tool.name()), e.getMessage());
  }
}
