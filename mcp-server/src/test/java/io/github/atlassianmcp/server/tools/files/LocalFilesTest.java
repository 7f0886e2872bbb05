package io.github.atlassianmcp.server.tools.files;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.atlassianmcp.server.tools.ToolInputException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LocalFilesTest {

  @TempDir
  Path home;

  @Test
  void aTildePathIsTheUsersHomeAndTheFileKeepsItsNameUnlessOneIsGiven() throws IOException {
    Files.writeString(home.resolve("notes.md"), "# Notes");
    LocalFiles files = new LocalFiles(home.resolve(".atlassian-mcp"), home);

    AttachmentUpload upload = files.upload("~/notes.md", Optional.empty());
    assertEquals("notes.md", upload.filename());
    assertEquals("text/markdown", upload.mediaType());
    assertEquals(7, upload.size());
    assertEquals(home.resolve("notes.md").toRealPath(), upload.file().orElseThrow());
    assertEquals("Sprint notes.md", files.upload(home.resolve("notes.md").toString(), Optional.of("Sprint notes.md"))
        .filename());
  }

  @Test
  void aLinkIntoTheServersOwnFolderIsRefusedAsTheFolderItself() throws IOException {
    Path folder = Files.createDirectories(home.resolve(".atlassian-mcp"));
    Files.writeString(folder.resolve("credentials.json"), "{}");
    Path link = Files.createSymbolicLink(home.resolve("innocent.json"), folder.resolve("credentials.json"));
    LocalFiles files = new LocalFiles(folder, home);

    ToolInputException refused = assertThrows(ToolInputException.class,
        () -> files.upload(link.toString(), Optional.empty()));
    assertTrue(refused.getMessage().contains("is inside the server's own folder"), refused.getMessage());
    ToolInputException dotted = assertThrows(ToolInputException.class,
        () -> files.upload(home + "/x/../.atlassian-mcp/credentials.json", Optional.empty()));
    assertTrue(dotted.getMessage().contains("is inside the server's own folder"), dotted.getMessage());
  }
}
