package io.github.atlassianmcp.server.e2e;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * Folders and files the end-to-end tests write (credential homes, scripted browsers): all inside one folder per
 * test run, owner-only, deleted when the run ends, so that no credentials file outlives the tests.
 */
final class TestFiles {

  private static Path root;
  private static boolean hooked;

  private TestFiles() {}

  /** A new empty folder, readable by its owner only. */
  static Path directory(String prefix) {
    try {
      return Files.createTempDirectory(root(), prefix,
          PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A new executable shell script with {@code content}. */
  static Path script(String prefix, String content) {
    try {
      Path script = Files.createTempFile(root(), prefix, ".sh",
          PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
      Files.writeString(script, content);
      return script;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Deletes everything written so far (also done when the JVM ends). */
  static synchronized void deleteAll() {
    if (root == null) {
      return;
    }
    try (Stream<Path> paths = Files.walk(root)) {
      paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
    } catch (IOException gone) {
      // nothing left to delete
    }
    root = null;
  }

  private static synchronized Path root() throws IOException {
    if (root == null) {
      root = Files.createTempDirectory("atlassian-mcp-e2e-",
          PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
      if (!hooked) {
        Runtime.getRuntime().addShutdownHook(new Thread(TestFiles::deleteAll, "delete-e2e-files"));
        hooked = true;
      }
    }
    return root;
  }
}
