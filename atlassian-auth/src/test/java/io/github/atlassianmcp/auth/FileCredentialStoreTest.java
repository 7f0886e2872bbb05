package io.github.atlassianmcp.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.atlassianmcp.testing.ChildJvm;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FileCredentialStoreTest {

  @TempDir
  Path temp;

  private static StoredCredentials sample(String accessToken, String refreshToken) {
    return new StoredCredentials("client-1", accessToken, Instant.parse("2030-01-01T10:00:00Z"), refreshToken,
        List.of("read:jira-work", "offline_access"), new AtlassianSite("cloud-1", "https://acme.atlassian.net", "Acme"),
        new AtlassianUser("acc-1", "Ada Lovelace", "ada@example.com"), Instant.parse("2029-12-31T09:00:00Z"),
        Optional.empty());
  }

  @Test
  void aMissingFileMeansNotSignedIn() {
    assertEquals(Optional.empty(), new FileCredentialStore(temp.resolve("home")).read());
  }

  @Test
  void writesAndReadsBackEveryField() {
    FileCredentialStore store = new FileCredentialStore(temp.resolve("home"));
    StoredCredentials credentials = sample("at-1", "rt-1")
        .markedUnusable("Atlassian refused the stored refresh token", Instant.parse("2030-02-01T00:00:00Z"));

    store.write(credentials);

    assertEquals(Optional.of(credentials), store.read());
  }

  @Test
  void theFolderIsPrivateAndTheFileTooOnPosix() throws Exception {
    assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"));
    Path home = temp.resolve("nested/home");
    FileCredentialStore store = new FileCredentialStore(home);

    store.write(sample("at-1", "rt-1"));
    store.write(sample("at-2", "rt-2")); // the replacement keeps the mode: it is a new file each time

    assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(home)));
    assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(store.file())));
    assertEquals("rw-------", PosixFilePermissions.toString(
        Files.getPosixFilePermissions(home.resolve(FileCredentialStore.LOCK_FILE_NAME))));
  }

  @Test
  void aReplacementLeavesNoTemporaryFileBehind() throws Exception {
    Path home = temp.resolve("home");
    FileCredentialStore store = new FileCredentialStore(home);
    store.write(sample("at-1", "rt-1"));
    Files.writeString(home.resolve(".credentials-123.tmp"), "{\"half\":"); // a crashed writer's leftover

    store.write(sample("at-2", "rt-2"));

    try (Stream<Path> files = Files.list(home)) {
      assertEquals(List.of("credentials.json", "credentials.lock"),
          files.map(p -> p.getFileName().toString()).sorted().toList());
    }
    assertEquals("rt-2", store.read().orElseThrow().refreshToken());
  }

  @Test
  void deleteForgetsTheSignIn() {
    FileCredentialStore store = new FileCredentialStore(temp.resolve("home"));
    assertFalse(store.delete());
    store.write(sample("at-1", "rt-1"));
    assertTrue(store.delete());
    assertEquals(Optional.empty(), store.read());
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "   ", "{not json", "[1,2]", "\"text\"", "{\"version\":1}", "{\"version\":7}",
      "{\"version\":1,\"clientId\":\"c\",\"accessToken\":\"SECRET-AT\",\"accessTokenExpiresAt\":\"yesterday\","
          + "\"refreshToken\":\"SECRET-RT\",\"site\":{\"cloudId\":\"x\",\"url\":\"u\"},\"user\":{\"accountId\":\"a\"},"
          + "\"signedInAt\":\"2020-01-01T00:00:00Z\"}",
      "{\"version\":1,\"clientId\":\"c\",\"accessToken\":\"SECRET-AT\",\"accessTokenExpiresAt\":\"2020-01-01T00:00:00Z\","
          + "\"refreshToken\":\"SECRET-RT\",\"scopes\":[\"a\", null],\"site\":{\"cloudId\":\"x\",\"url\":\"u\"},"
          + "\"user\":{\"accountId\":\"a\"},\"signedInAt\":\"2020-01-01T00:00:00Z\"}"})
  void aCorruptFileGivesAClearErrorWithThePathAndHowToSignIn(String content) throws Exception {
    Path home = Files.createDirectories(temp.resolve("home"));
    Files.writeString(home.resolve("credentials.json"), content);
    if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
      Files.setPosixFilePermissions(home.resolve("credentials.json"), PosixFilePermissions.fromString("rw-------"));
    }
    FileCredentialStore store = new FileCredentialStore(home);

    CredentialStoreException e = assertThrows(CredentialStoreException.class, store::read);

    assertTrue(e.getMessage().startsWith("The Atlassian credentials file " + store.file() + " is corrupt ("),
        e.getMessage());
    assertTrue(e.getMessage().endsWith("Signing in again replaces it. " + NotSignedInException.SIGN_IN_AGAIN), e.getMessage());
    assertFalse(e.getMessage().contains("SECRET"), e.getMessage());
    assertEquals(null, e.getCause());
  }

  @Test
  void aFolderWhereTheFileShouldBeGivesAClearError() throws Exception {
    Path home = Files.createDirectories(temp.resolve("home"));
    Files.createDirectories(home.resolve("credentials.json")); // readable by nobody as a file, root included
    CredentialStoreException e = assertThrows(CredentialStoreException.class, new FileCredentialStore(home)::read);
    assertTrue(e.getMessage().startsWith("The Atlassian credentials path " + home.resolve("credentials.json")
        + " is not a regular file"), e.getMessage());
  }

  @Test
  void aFolderThatCannotBeCreatedGivesAClearError() throws Exception {
    Path blocker = temp.resolve("file-not-folder");
    Files.writeString(blocker, "");
    FileCredentialStore impossible = new FileCredentialStore(blocker.resolve("home"));

    CredentialStoreException e = assertThrows(CredentialStoreException.class,
        () -> impossible.write(sample("at-2", "rt-2")));

    assertEquals("The Atlassian sign-in cannot be saved: the folder " + blocker.resolve("home") + " cannot be"
        + " created. Give your user access to it (chmod 700), or set ATLASSIAN_MCP_HOME to a folder of yours.",
        e.getMessage());
  }

  /**
   * Kills a child process (SIGKILL) while it rewrites the file in a loop: every time, the file that remains is one
   * complete version, never a torn one. The kill is aimed at the moment a temp file exists, that is during a write;
   * a temp file left behind proves it landed there.
   */
  @Test
  void aKillDuringAWriteLeavesTheLastCompleteFile() throws Exception {
    Path home = temp.resolve("home");
    FileCredentialStore store = new FileCredentialStore(home);
    store.write(CredentialWriterChild.version(0, 10));
    int padding = 2_000_000;
    int killsDuringAWrite = 0;
    for (int round = 0; round < 10 && killsDuringAWrite < 3; round++) {
      Process child = ChildJvm.builder(CredentialWriterChild.class, Map.of(), home.toString(), "" + padding)
          .redirectErrorStream(true).start();
      try (BufferedReader lines = new BufferedReader(new InputStreamReader(child.getInputStream(),
          StandardCharsets.UTF_8))) {
        assertEquals("writing", lines.readLine(), "the child did not start writing");
        Thread.sleep(ThreadLocalRandom.current().nextInt(0, 50));
        long giveUp = System.nanoTime() + TimeUnit.SECONDS.toNanos(2);
        while (leftoverTempFiles(home) == 0 && System.nanoTime() < giveUp) {
          Thread.onSpinWait();
        }
        child.destroyForcibly();
        assertTrue(child.waitFor(10, TimeUnit.SECONDS));
      }
      if (leftoverTempFiles(home) > 0) {
        killsDuringAWrite++;
      }

      StoredCredentials survivor = store.read().orElseThrow();
      String number = survivor.refreshToken().substring("refresh-".length());
      assertEquals("access-" + number + "-" + (number.equals("0") ? "x".repeat(10) : "x".repeat(padding)),
          survivor.accessToken(), "the access and refresh token of the surviving file belong to one write");
    }
    assertTrue(killsDuringAWrite > 0, "no kill landed during a write; the test proved nothing");
    store.write(CredentialWriterChild.version(99, 10));
    assertEquals(0, leftoverTempFiles(home), "the next write cleans up what the killed writer left");
  }

  private static long leftoverTempFiles(Path home) throws Exception {
    List<Path> temps = new ArrayList<>();
    try (Stream<Path> files = Files.list(home)) {
      files.filter(p -> p.getFileName().toString().endsWith(".tmp")).forEach(temps::add);
    }
    return temps.size();
  }

  @Test
  void aNamedPipeInsteadOfTheFileIsRefusedAtOnceNotReadForever() throws Exception {
    assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"));
    Path home = Files.createDirectories(temp.resolve("home"));
    Process mkfifo = new ProcessBuilder("mkfifo", home.resolve(FileCredentialStore.FILE_NAME).toString()).start();
    assumeTrue(mkfifo.waitFor() == 0, "mkfifo is not available");
    FileCredentialStore store = new FileCredentialStore(home);

    long start = System.nanoTime();
    CredentialStoreException e = assertThrows(CredentialStoreException.class, store::read);

    assertTrue(System.nanoTime() - start < java.util.concurrent.TimeUnit.SECONDS.toNanos(5), "no hang");
    assertTrue(e.getMessage().contains("is not a regular file") && e.getMessage().contains("ATLASSIAN_MCP_HOME"),
        e.getMessage());
  }

  @Test
  void aFileOthersCanReadIsRefusedAsSshRefusesAnOpenKey() throws Exception {
    assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"));
    FileCredentialStore store = new FileCredentialStore(temp.resolve("home"));
    store.write(sample("at-1", "rt-1"));
    Files.setPosixFilePermissions(store.file(), PosixFilePermissions.fromString("rw-r--r--"));

    CredentialStoreException e = assertThrows(CredentialStoreException.class, store::read);

    assertTrue(e.getMessage().contains("can be read or changed by other users (rw-r--r--)")
        && e.getMessage().contains("chmod 600"), e.getMessage());
    assertFalse(e.getMessage().contains("at-1") || e.getMessage().contains("rt-1"), e.getMessage());
  }

  @Test
  void aFileOfAnotherUserIsRefused() throws Exception {
    assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"));
    FileCredentialStore store = new FileCredentialStore(temp.resolve("home"));
    store.write(sample("at-1", "rt-1"));
    java.nio.file.attribute.UserPrincipal nobody;
    try {
      nobody = FileSystems.getDefault().getUserPrincipalLookupService().lookupPrincipalByName("nobody");
      Files.setOwner(store.file(), nobody);
    } catch (IOException cannotChown) {
      assumeTrue(false, "only root can give the file to another user here");
      return;
    }

    CredentialStoreException e = assertThrows(CredentialStoreException.class, store::read);

    assertTrue(e.getMessage().contains("belongs to nobody, not to " + System.getProperty("user.name")),
        e.getMessage());
  }

  /** Reading names the folder and says "read", never "cannot read credentials.json" for a file that is not there. */
  @Test
  void aHomeThatCannotBeReadIsNamedWithTheWayOut() throws Exception {
    Path notAFolder = Files.writeString(temp.resolve("plain-file"), "x");
    FileCredentialStore store = new FileCredentialStore(notAFolder.resolve("home"));

    CredentialStoreException read = assertThrows(CredentialStoreException.class, store::read);

    assertEquals("The Atlassian sign-in cannot be read: the folder " + notAFolder.resolve("home") + " cannot be"
        + " created. Give your user access to it (chmod 700), or set ATLASSIAN_MCP_HOME to a folder of yours.",
        read.getMessage());
  }
}
