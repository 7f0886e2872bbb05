package io.github.atlassianmcp.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.atlassianmcp.server.atlassian.OperationRef;
import io.github.atlassianmcp.server.auth.OAuthScopes;
import io.github.atlassianmcp.server.config.ServerConfig;
import io.github.atlassianmcp.server.tools.ServerTool;
import io.github.atlassianmcp.server.tools.ToolDefinition;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The README's tool table and OAuth scope table are generated from the tool definitions and the scopes the server
 * computes, between {@code <!-- generated: NAME -->} and {@code <!-- end: NAME -->}: nobody edits them by hand, and a
 * stale one fails here. Regenerate with {@code -Dsnapshot.update=true} (as for the tool snapshots).
 */
class ReadmeTablesTest {

  private static final Path README = Path.of(System.getProperty("basedir", "."), "..", "README.md");

  private final ServerAssembly server = ServerAssembly.builder(ServerConfig.fromEnvironment(Map.of(ServerConfig.TOOLSETS, "all"),
      Path.of(System.getProperty("java.io.tmpdir")))).build();

  @Test
  void theToolTableIsTheToolsDefinitions() throws IOException {
    StringBuilder table = new StringBuilder("| tool | toolset | what it does | arguments | changes data |\n"
        + "|---|---|---|---|---|\n");
    for (ServerTool tool : server.inventory().all()) {
      ToolDefinition definition = tool.definition();
      table.append("| `").append(definition.name()).append("` | ")
          .append(definition.toolset().map(t -> t.id()).orElse("always")).append(" | ")
          .append(definition.title()).append(" | ")
          .append(arguments(definition)).append(" | ")
          .append(definition.hints().readOnly() ? "no" : "yes").append(" |\n");
    }
    check("tools", table.toString());
  }

  @Test
  void theScopeTableIsWhatTheServerAsksFor() throws IOException {
    OAuthScopes scopes = server.scopes();
    StringBuilder table = new StringBuilder("   | scope | needed by |\n   |---|---|\n");
    for (String scope : scopes.scopes()) {
      Set<String> users = new LinkedHashSet<>();
      for (ServerTool tool : server.inventory().enabled()) {
        for (OperationRef operation : tool.definition().operations()) {
          if (scopes.scopesOf(operation).contains(scope)) {
            users.add("`" + tool.name() + "`");
          }
        }
      }
      String why = switch (scope) {
        case OAuthScopes.READ_ME -> "the sign-in: who signed in";
        case OAuthScopes.OFFLINE_ACCESS -> "the sign-in: a refresh token, so it lasts";
        default -> String.join(", ", users);
      };
      table.append("   | `").append(scope).append("` | ").append(why).append(" |\n");
    }
    check("scopes", table.toString());
  }

  @SuppressWarnings("unchecked")
  private static String arguments(ToolDefinition definition) {
    Map<String, Object> properties = (Map<String, Object>) definition.inputSchema().get("properties");
    List<String> required = (List<String>) definition.inputSchema().getOrDefault("required", List.of());
    List<String> arguments = new ArrayList<>();
    properties.forEach((name, schema) -> {
      Object value = ((Map<String, Object>) schema).get("default");
      arguments.add("`" + name + (required.contains(name) ? "" : value != null
          ? "=" + (value instanceof String ? "\"" + value + "\"" : value) : "?") + "`");
    });
    return arguments.isEmpty() ? "—" : String.join(", ", arguments);
  }

  private static void check(String name, String generated) throws IOException {
    String readme = Files.readString(README, StandardCharsets.UTF_8);
    String start = "<!-- generated: " + name + " -->\n";
    String end = "<!-- end: " + name + " -->";
    int from = readme.indexOf(start);
    int to = readme.indexOf(end);
    assertTrue(from >= 0 && to > from, "README.md lacks the markers " + start.strip() + " ... " + end);
    int indent = to - readme.lastIndexOf('\n', to) - 1;
    String current = readme.substring(from + start.length(), to - indent);
    if (Boolean.getBoolean("snapshot.update")) {
      Files.writeString(README, readme.substring(0, from + start.length()) + generated + readme.substring(to - indent),
          StandardCharsets.UTF_8);
      return;
    }
    assertEquals(generated, current, "README.md's " + name + " table is stale: regenerate it with"
        + " mvn -pl mcp-server -am test -Dtest=ReadmeTablesTest -Dsnapshot.update=true");
  }
}
