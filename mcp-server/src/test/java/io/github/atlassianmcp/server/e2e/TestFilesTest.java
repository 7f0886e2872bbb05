package io.github.atlassianmcp.server.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;

/** What the end-to-end tests write (credential homes, browser scripts) is private to its owner and goes away. */
class TestFilesTest {

  @Test
  void credentialHomesAndScriptsAreOwnerOnlyAndDeletedAfterTheRun() throws Exception {
    Path home = TestFiles.directory("home-");
    Files.writeString(home.resolve("credentials.json"), "{\"refresh_token\":\"secret\"}");
    Path script = TestFiles.script("browser-", "#!/bin/sh\n");
    Path root = home.getParent();
    assertEquals(root, script.getParent(), "one folder per run");
    assertTrue(root.getFileName().toString().startsWith("atlassian-mcp-e2e-"));
    assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(home)));
    assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(script)));

    TestFiles.deleteAll();

    assertFalse(Files.exists(root), "left behind: " + root);
  }
}
