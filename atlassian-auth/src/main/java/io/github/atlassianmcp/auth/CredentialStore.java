package io.github.atlassianmcp.auth;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Where one sign-in's tokens live between calls and runs. {@link FileCredentialStore} (a private file written
 * atomically, locked across processes) is the default; a database or a secret manager implements these four
 * methods.
 *
 * <p>Atlassian rotates refresh tokens and revokes the whole sign-in when a spent one is used again, so a store
 * shared by several threads, processes or replicas must make {@link #exclusively} exclusive among all of them:
 * the token manager reads, refreshes and writes inside it, and a caller that waited finds the new pair.
 */
public interface CredentialStore {

  /**
   * The stored sign-in, if any.
   *
   * @throws CredentialStoreException when it exists but cannot be read or understood; the message says what to do
   */
  Optional<StoredCredentials> read();

  /**
   * Replaces the stored sign-in; all or nothing.
   *
   * @throws CredentialStoreException when it cannot be saved; the previous one is then untouched
   */
  void write(StoredCredentials credentials);

  /**
   * Forgets the stored sign-in.
   *
   * @return whether there was one
   * @throws CredentialStoreException when it cannot be removed
   */
  boolean delete();

  /**
   * Runs {@code action} while no other user of the same stored sign-in (thread, process, replica) runs one.
   * Reentrant for the calling thread.
   *
   * @throws IOException when the lock cannot be had, or from {@code action}
   */
  <T> T exclusively(LockedAction<T> action) throws IOException;

  /** Where the sign-in is kept, for messages: a file's path, a user's row in a database, a vault path. No secret. */
  String where();

  /** The file, for a store that is one (status shows it). */
  default Optional<Path> localFile() {
    return Optional.empty();
  }

  /** Work done while holding the store's lock. */
  @FunctionalInterface
  interface LockedAction<T> {
    T run() throws IOException;
  }
}
