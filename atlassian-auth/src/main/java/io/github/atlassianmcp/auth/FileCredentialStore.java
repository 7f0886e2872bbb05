package io.github.atlassianmcp.auth;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonParseException;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystemException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.locks.ReentrantLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The OAuth sign-in on disk: {@code credentials.json} in the home folder (folder 0700, file 0600 where the file
 * system has POSIX permissions).
 *
 * <p>Writes are atomic and durable: the JSON goes to a temporary file in the same folder, is forced to disk, then
 * renamed over the old file, and the folder is forced too. A crash at any point leaves either the old file or the
 * new one, never half of one; losing a rotated refresh token would lose the sign-in.
 *
 * <p>{@link #exclusively} serialises read-modify-write sequences (a token refresh) across threads and across
 * processes that share the folder, through an OS lock on {@code credentials.lock}.
 */
public final class FileCredentialStore implements CredentialStore {

  public static final String FILE_NAME = "credentials.json";
  /** The folder in the user's home that {@link #inUserHome()} uses. */
  public static final String DEFAULT_FOLDER = ".atlassian-mcp";
  static final String LOCK_FILE_NAME = "credentials.lock";
  /** How long a store waits for another process's lock by default. */
  public static final Duration DEFAULT_LOCK_TIMEOUT = Duration.ofMinutes(2);
  private static final String TEMP_PREFIX = ".credentials-";
  private static final String TEMP_SUFFIX = ".tmp";
  private static final int FORMAT_VERSION = 1;
  private static final Set<PosixFilePermission> OWNER_ONLY_FILE = PosixFilePermissions.fromString("rw-------");
  private static final Set<PosixFilePermission> OWNER_ONLY_FOLDER = PosixFilePermissions.fromString("rwx------");
  private static final Logger LOG = LoggerFactory.getLogger(CredentialStore.class);

  private final Path folder;
  private final String signInHint;
  private final Path file;
  private final Duration lockTimeout;
  private final boolean posix;
  private final Gson gson = new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create();
  private final ReentrantLock threadLock = new ReentrantLock();
  private FileChannel lockChannel; // guarded by threadLock
  private FileLock fileLock; // guarded by threadLock

  /** A store in {@code folder} that waits up to two minutes for another process's lock. */
  public FileCredentialStore(Path folder) {
    this(folder, DEFAULT_LOCK_TIMEOUT);
  }

  public FileCredentialStore(Path folder, Duration lockTimeout) {
    this(folder, lockTimeout, NotSignedInException.SIGN_IN_AGAIN);
  }

  /** @param signInHint how the application's user signs in, ending the messages about an unusable file */
  public FileCredentialStore(Path folder, Duration lockTimeout, String signInHint) {
    this.signInHint = Objects.requireNonNull(signInHint, "signInHint");
    this.folder = Objects.requireNonNull(folder, "folder").toAbsolutePath();
    this.file = this.folder.resolve(FILE_NAME);
    this.lockTimeout = Objects.requireNonNull(lockTimeout, "lockTimeout");
    this.posix = FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
  }

  /** The default: {@code ~/.atlassian-mcp}, shared with the MCP server's sign-in. */
  public static FileCredentialStore inUserHome() {
    return new FileCredentialStore(Path.of(System.getProperty("user.home"), DEFAULT_FOLDER));
  }

  /** The credential file. */
  public Path file() {
    return file;
  }

  @Override
  public String where() {
    return file.toString();
  }

  @Override
  public Optional<Path> localFile() {
    return Optional.of(file);
  }

  /**
   * The stored sign-in, if any.
   *
   * @throws CredentialStoreException when the file exists but cannot be read or understood
   */
  @Override
  public Optional<StoredCredentials> read() {
    String text;
    try {
      checkPrivate(Files.readAttributes(file, BasicFileAttributes.class));
      text = Files.readString(file, StandardCharsets.UTF_8);
    } catch (NoSuchFileException e) {
      return Optional.empty();
    } catch (AccessDeniedException e) {
      throw new CredentialStoreException(Files.isReadable(folder) && Files.isExecutable(folder)
          ? "Cannot read the Atlassian credentials file " + file + ": permission denied. Give your user access to it"
              + " (chmod 600), or delete it and sign in again. " + signInHint
          : folderProblem("read"));
    } catch (IOException e) {
      throw new CredentialStoreException(Files.isDirectory(folder)
          ? "Cannot read the Atlassian credentials file " + file + " (" + e.getClass().getSimpleName() + "). Signing in"
              + " again replaces it. " + signInHint
          : folderProblem("read"));
    }
    String why;
    try {
      CredentialsJson json = gson.fromJson(text, CredentialsJson.class);
      if (json == null) {
        throw new IllegalArgumentException("the file is empty");
      }
      return Optional.of(json.toCredentials());
    } catch (JsonParseException e) {
      why = "it is not valid JSON"; // Gson's own message can quote the content, which holds tokens
    } catch (DateTimeParseException e) {
      why = "a date in it is malformed";
    } catch (IllegalArgumentException e) {
      why = e.getMessage(); // ours, from CredentialsJson: names the missing field
    } catch (NullPointerException e) {
      why = "a value in it is missing";
    }
    throw new CredentialStoreException("The Atlassian credentials file " + file + " is corrupt (" + why
        + "). Signing in again replaces it. " + signInHint);
  }

  /**
   * Refuses a credentials file that is not a private regular file, as ssh refuses a private key others can read: a
   * named pipe or device would hang the read, and a file another user owns or can read is not the user's sign-in.
   */
  private void checkPrivate(BasicFileAttributes attributes) throws IOException {
    if (!attributes.isRegularFile()) {
      throw new CredentialStoreException("The Atlassian credentials path " + file + " is not a regular file (a"
          + " folder, named pipe or device?). Remove it, or set ATLASSIAN_MCP_HOME to another folder, then sign in"
          + " again.");
    }
    if (!posix) {
      return;
    }
    String me = System.getProperty("user.name");
    String owner = Files.getOwner(file).getName();
    if (me != null && !owner.equals(me)) {
      throw new CredentialStoreException("The Atlassian credentials file " + file + " belongs to " + owner
          + ", not to " + me + ", so it is not used. Delete it (or set ATLASSIAN_MCP_HOME to a folder of yours) and"
          + " sign in again.");
    }
    Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(file);
    if (!OWNER_ONLY_FILE.containsAll(permissions)) {
      throw new CredentialStoreException("The Atlassian credentials file " + file + " can be read or changed by"
          + " other users (" + PosixFilePermissions.toString(permissions) + "), so it is not used: its tokens may"
          + " have been seen. Run chmod 600 " + file + " if only you could reach it, or delete it and sign in again.");
    }
  }

  /** Why the home folder cannot be used, naming it and the way to choose another. */
  private String folderProblem(String verb) {
    String what = Files.isDirectory(folder) ? "your user cannot " + verb + " the folder " + folder
        : Files.exists(folder) ? folder + " is not a folder" : "the folder " + folder + " cannot be created";
    return "The Atlassian sign-in cannot be " + (verb.equals("read") ? "read" : "saved") + ": " + what
        + ". Give your user access to it (chmod 700), or set ATLASSIAN_MCP_HOME to a folder of yours.";
  }

  /**
   * Replaces the stored sign-in atomically and durably.
   *
   * @throws CredentialStoreException when the file cannot be written; the previous file is then untouched
   */
  @Override
  public void write(StoredCredentials credentials) {
    Objects.requireNonNull(credentials, "credentials");
    byte[] content = gson.toJson(CredentialsJson.from(credentials)).getBytes(StandardCharsets.UTF_8);
    try {
      exclusively(() -> {
        writeAtomically(content);
        return null;
      });
    } catch (IOException e) {
      throw writeFailure("save", e);
    }
  }

  /**
   * Forgets the stored sign-in.
   *
   * @return whether there was one
   */
  @Override
  public boolean delete() {
    try {
      return exclusively(() -> {
        boolean existed = Files.deleteIfExists(file);
        forceFolder();
        return existed;
      });
    } catch (IOException e) {
      throw writeFailure("delete", e);
    }
  }

  /**
   * Runs {@code action} while no other thread or process using this folder runs one: a refresh reads the current
   * refresh token, spends it and saves its successor as one step. Reentrant for the calling thread.
   */
  @Override
  public <T> T exclusively(LockedAction<T> action) throws IOException {
    threadLock.lock();
    try {
      boolean outermost = threadLock.getHoldCount() == 1;
      if (outermost) {
        acquireFileLock();
      }
      try {
        return action.run();
      } finally {
        if (outermost) {
          releaseFileLock();
        }
      }
    } finally {
      threadLock.unlock();
    }
  }

  private void writeAtomically(byte[] content) throws IOException {
    removeAbandonedTempFiles();
    Path temp = posix
        ? Files.createTempFile(folder, TEMP_PREFIX, TEMP_SUFFIX, PosixFilePermissions.asFileAttribute(OWNER_ONLY_FILE))
        : Files.createTempFile(folder, TEMP_PREFIX, TEMP_SUFFIX);
    try {
      try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE)) {
        ByteBuffer buffer = ByteBuffer.wrap(content);
        while (buffer.hasRemaining()) {
          channel.write(buffer);
        }
        channel.force(true);
      }
      Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException | RuntimeException e) {
      Files.deleteIfExists(temp);
      throw e;
    }
    forceFolder();
  }

  /** Temp files of a writer that crashed before its rename; safe to remove while we hold the lock. */
  private void removeAbandonedTempFiles() throws IOException {
    try (DirectoryStream<Path> temps = Files.newDirectoryStream(folder, TEMP_PREFIX + "*" + TEMP_SUFFIX)) {
      for (Path temp : temps) {
        Files.deleteIfExists(temp);
      }
    }
  }

  /** Makes the rename itself durable. Not every platform can open a folder for this (Windows cannot): best effort. */
  private void forceFolder() {
    try (FileChannel channel = FileChannel.open(folder, StandardOpenOption.READ)) {
      channel.force(true);
    } catch (IOException | UnsupportedOperationException e) {
      LOG.debug("Cannot force the folder {} to disk on this platform", folder);
    }
  }

  private void ensureFolder() throws IOException {
    if (Files.isDirectory(folder)) {
      if (posix && !OWNER_ONLY_FOLDER.containsAll(Files.getPosixFilePermissions(folder))) {
        LOG.warn("The folder {} can be read by other users; the credentials file in it is private (0600), "
            + "but chmod 700 the folder to keep its contents to yourself.", folder);
      }
      return;
    }
    if (posix) {
      FileAttribute<Set<PosixFilePermission>> ownerOnly = PosixFilePermissions.asFileAttribute(OWNER_ONLY_FOLDER);
      Files.createDirectories(folder, ownerOnly);
      Files.setPosixFilePermissions(folder, OWNER_ONLY_FOLDER); // in case the umask trimmed more than it should
    } else {
      Files.createDirectories(folder);
    }
  }

  private void acquireFileLock() throws IOException {
    try {
      ensureFolder();
    } catch (FileSystemException e) {
      throw new CredentialStoreException(folderProblem("write to"));
    }
    Path lockFile = folder.resolve(LOCK_FILE_NAME);
    if (posix && !Files.exists(lockFile)) {
      try {
        Files.createFile(lockFile, PosixFilePermissions.asFileAttribute(OWNER_ONLY_FILE));
      } catch (java.nio.file.FileAlreadyExistsException raced) {
        // another process made it first: fine
      }
    }
    FileChannel channel;
    try {
      channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
    } catch (AccessDeniedException e) {
      throw new CredentialStoreException(folderProblem("write to"));
    }
    long deadline = System.nanoTime() + lockTimeout.toNanos();
    try {
      while (true) {
        FileLock lock;
        try {
          lock = channel.tryLock();
        } catch (OverlappingFileLockException heldInThisJvm) {
          lock = null; // another CredentialStore of this process holds it: wait like for another process
        }
        if (lock != null) {
          lockChannel = channel;
          fileLock = lock;
          return;
        }
        if (System.nanoTime() > deadline) {
          throw new CredentialStoreException("Another process has held the lock " + lockFile + " for more than "
              + lockTimeout.toSeconds() + " seconds. If no other atlassian-mcp-server is running, delete that file.");
        }
        Thread.sleep(20);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      channel.close();
      throw new InterruptedIOException("Interrupted while waiting for the lock " + lockFile);
    } catch (IOException | RuntimeException e) {
      channel.close();
      throw e;
    }
  }

  private void releaseFileLock() throws IOException {
    try {
      if (fileLock != null) {
        fileLock.release();
      }
    } finally {
      fileLock = null;
      if (lockChannel != null) {
        lockChannel.close();
        lockChannel = null;
      }
    }
  }

  private CredentialStoreException writeFailure(String verb, IOException e) {
    String reason = e instanceof AccessDeniedException ? "permission denied"
        : e instanceof FileSystemException fs && fs.getReason() != null ? fs.getReason()
        : e.getMessage() == null ? e.getClass().getSimpleName() : e.getClass().getSimpleName() + ": " + e.getMessage();
    if (e instanceof AccessDeniedException && !Files.isWritable(folder)) {
      return new CredentialStoreException(folderProblem("write to"));
    }
    return new CredentialStoreException("Cannot " + verb + " the Atlassian credentials file " + file + " ("
        + reason + "). Check that the folder " + folder + " is writable and has free space (ATLASSIAN_MCP_HOME"
        + " chooses another).");
  }

  /** The file's JSON shape: plain fields, ISO-8601 instants. */
  private static final class CredentialsJson {
    int version;
    String clientId;
    String accessToken;
    String accessTokenExpiresAt;
    String refreshToken;
    List<String> scopes;
    SiteJson site;
    UserJson user;
    String signedInAt;
    UnusableJson unusable;

    static CredentialsJson from(StoredCredentials c) {
      CredentialsJson json = new CredentialsJson();
      json.version = FORMAT_VERSION;
      json.clientId = c.clientId();
      json.accessToken = c.accessToken();
      json.accessTokenExpiresAt = c.accessTokenExpiresAt().toString();
      json.refreshToken = c.refreshToken();
      json.scopes = c.scopes();
      json.site = new SiteJson();
      json.site.cloudId = c.site().cloudId();
      json.site.url = c.site().url();
      json.site.name = c.site().name();
      json.user = new UserJson();
      json.user.accountId = c.user().accountId();
      json.user.name = c.user().name();
      json.user.email = c.user().email();
      json.signedInAt = c.signedInAt().toString();
      c.unusable().ifPresent(u -> {
        json.unusable = new UnusableJson();
        json.unusable.reason = u.reason();
        json.unusable.since = u.since().toString();
      });
      return json;
    }

    StoredCredentials toCredentials() {
      if (version != FORMAT_VERSION) {
        throw new IllegalArgumentException("unknown format version " + version);
      }
      return new StoredCredentials(
          required(clientId, "clientId"),
          required(accessToken, "accessToken"),
          Instant.parse(required(accessTokenExpiresAt, "accessTokenExpiresAt")),
          required(refreshToken, "refreshToken"),
          scopes == null ? List.of() : scopes,
          new AtlassianSite(required(required(site, "site").cloudId, "site.cloudId"),
              required(site.url, "site.url"), site.name),
          new AtlassianUser(required(required(user, "user").accountId, "user.accountId"), user.name, user.email),
          Instant.parse(required(signedInAt, "signedInAt")),
          unusable == null ? Optional.empty() : Optional.of(new StoredCredentials.Unusable(
              required(unusable.reason, "unusable.reason"), Instant.parse(required(unusable.since, "unusable.since")))));
    }

    private static <T> T required(T value, String name) {
      if (value == null) {
        throw new IllegalArgumentException("missing " + name);
      }
      return value;
    }
  }

  private static final class SiteJson {
    String cloudId;
    String url;
    String name;
  }

  private static final class UserJson {
    String accountId;
    String name;
    String email;
  }

  private static final class UnusableJson {
    String reason;
    String since;
  }
}
