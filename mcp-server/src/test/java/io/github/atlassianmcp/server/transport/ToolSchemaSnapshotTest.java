package io.github.atlassianmcp.server.transport;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonParser;
import io.modelcontextprotocol.json.McpJsonDefaults;
import io.modelcontextprotocol.spec.McpSchema;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every tool's name, description, schemas and annotations, as tools/list sends them, against its reviewed copy
 * in src/test/resources/snapshots/tools/TOOL.json: one file per tool, found by the tools' names (adding a tool adds
 * its file). A change fails until the snapshot is updated on purpose:
 * {@code mvn -pl mcp-server test -Dtest=ToolSchemaSnapshotTest -Dsnapshot.update=true}, then review the diff.
 */
class ToolSchemaSnapshotTest {

  private static final Path SNAPSHOTS = Path.of("src", "test", "resources", "snapshots", "tools");

  @Test
  void toolDefinitionsMatchTheirReviewedSnapshots() throws IOException {
    Path folder = Path.of(System.getProperty("basedir", ".")).resolve(SNAPSHOTS);
    boolean update = Boolean.getBoolean("snapshot.update");
    Files.createDirectories(folder);
    List<String> changed = new ArrayList<>();
    Set<String> tools = new TreeSet<>();
    for (McpSchema.Tool tool : ToolCatalog.described()) {
      tools.add(tool.name());
      String actual = new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create()
          .toJson(JsonParser.parseString(McpJsonDefaults.getMapper().writeValueAsString(tool))) + "\n";
      Path snapshot = folder.resolve(tool.name() + ".json");
      if (update) {
        Files.writeString(snapshot, actual, StandardCharsets.UTF_8);
      }
      String expected = Files.exists(snapshot) ? Files.readString(snapshot, StandardCharsets.UTF_8) : "(missing)";
      if (!expected.equals(actual)) {
        Path written = Path.of(System.getProperty("basedir", "."), "target", "snapshots", tool.name() + ".json");
        Files.createDirectories(written.getParent());
        Files.writeString(written, actual, StandardCharsets.UTF_8);
        changed.add(tool.name() + " (new definition in " + written + ")");
      }
    }
    try (Stream<Path> files = Files.list(folder)) {
      Set<String> stale = files.map(file -> file.getFileName().toString().replaceFirst("\\.json$", ""))
          .filter(name -> !tools.contains(name)).collect(Collectors.toCollection(TreeSet::new));
      if (update) {
        for (String name : stale) {
          Files.delete(folder.resolve(name + ".json"));
        }
      } else {
        stale.forEach(name -> changed.add(name + " (a snapshot of a tool that no longer exists)"));
      }
    }
    assertEquals(List.of(), changed, "Tool definitions changed. If the change is intended, update the snapshots"
        + " with -Dsnapshot.update=true and review the diff.");
  }
}
