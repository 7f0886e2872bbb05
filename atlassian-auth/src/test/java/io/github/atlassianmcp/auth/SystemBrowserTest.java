package io.github.atlassianmcp.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SystemBrowserTest {

  private static final String URL = "https://auth.example/authorize?a=1&b=2";

  @TempDir
  Path temp;

  @Test
  void browserFollowsTheUnixConvention() {
    assertEquals(List.of(List.of("firefox", URL), List.of("w3m", "-o", "x", URL), List.of("open", "--url=" + URL)),
        SystemBrowser.commands("firefox: w3m -o x :: open --url=%s", URL));
  }

  /** A recording "browser" that writes its arguments to a file. */
  private Path recorder() throws Exception {
    Path script = temp.resolve("recorder.sh");
    Files.writeString(script, "#!/bin/sh\nprintf '%s\\n' \"$@\" > \"" + temp.resolve("opened.txt") + "\"\n");
    Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwx------"));
    return script;
  }

  @Test
  void failingCommandsAreSkippedUntilOneWorks() throws Exception {
    SystemBrowser browser = new SystemBrowser(Optional.of("/no/such/browser:false:" + recorder() + " --new-tab %s"));

    assertTrue(browser.open(URI.create(URL)));

    assertEquals("--new-tab\n" + URL + "\n", Files.readString(temp.resolve("opened.txt")));
  }

  @Test
  void whenEveryCommandFailsTheCallerShowsTheUrl() {
    assertFalse(new SystemBrowser(Optional.of("false:/no/such/browser")).open(URI.create(URL)));
  }

  @Test
  void aBrowserThatKeepsRunningCountsAsOpened() throws Exception {
    Path script = temp.resolve("slow.sh");
    Files.writeString(script, "#!/bin/sh\nsleep 1\n"); // a browser staying open; it ends by itself
    Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwx------"));

    assertTrue(new SystemBrowser(Optional.of(script.toString()), 200).open(URI.create(URL)));
  }
}
