package io.github.atlassianmcp.server.transport;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonParser;
import io.modelcontextprotocol.json.McpJsonDefaults;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * Every tool's name, description, schemas and annotations, as tools/list sends them, against the reviewed copy
 * in src/test/resources/snapshots/tools.json. A change fails until the snapshot is updated on purpose:
 * {@code mvn -pl mcp-server test -Dtest=ToolSchemaSnapshotTest -Dsnapshot.update=true}, then review the diff.
 */
class ToolSchemaSnapshotTest {

  private static final Path SNAPSHOT = Path.of("src", "test", "resources", "snapshots", "tools.json");

  @Test
  void toolDefinitionsMatchTheReviewedSnapshot() throws IOException {
    String actual = new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create()
        .toJson(JsonParser.parseString(McpJsonDefaults.getMapper().writeValueAsString(ToolCatalog.described())))
        + "\n";
    Path snapshot = Path.of(System.getProperty("basedir", ".")).resolve(SNAPSHOT);
    if (Boolean.getBoolean("snapshot.update")) {
      Files.writeString(snapshot, actual, StandardCharsets.UTF_8);
    }
    String expected = Files.exists(snapshot) ? Files.readString(snapshot, StandardCharsets.UTF_8) : "(missing)";
    if (!expected.equals(actual)) {
      Path written = Path.of(System.getProperty("basedir", "."), "target", "tools.actual.json");
      Files.createDirectories(written.getParent());
      Files.writeString(written, actual, StandardCharsets.UTF_8);
      assertEquals(expected, actual, "Tool definitions changed; the new ones are in " + written + ". If the change"
          + " is intended, update the snapshot with -Dsnapshot.update=true and review the diff.");
    }
  }
}
