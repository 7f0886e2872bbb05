package io.github.atlassianmcp.server.auth;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Where one OAuth sign-in is kept, for {@link TokenManager}: the 0600 file of one person ({@link CredentialStore}),
 * or one user's row in the shared database of remote mode. {@link #exclusively} is what makes a refresh
 * single-flight: whoever holds it reads, spends the refresh token and saves the successor as one step.
 */
public interface SignInStore {

  /** Work done while holding the store's lock. */
  @FunctionalInterface
  interface LockedAction<T> {
    T run() throws IOException;
  }

  /**
   * The stored sign-in, if any.
   *
   * @throws CredentialStoreException when it cannot be read; the message says what to do
   */
  Optional<StoredCredentials> read();

  /**
   * Replaces the stored sign-in.
   *
   * @throws CredentialStoreException when it cannot be saved; the previous one is then untouched
   */
  void write(StoredCredentials credentials);

  /** Forgets the stored sign-in; whether there was one. */
  boolean delete();

  /**
   * Runs {@code action} while no other thread, process or replica runs one on this sign-in. Reentrant for the
   * calling thread.
   */
  <T> T exclusively(LockedAction<T> action) throws IOException;

  /** Where the sign-in is kept, for messages: a file's path, or which user's row in which store. */
  String where();

  /** The file, for a store that is one (shown by status). */
  default Optional<Path> localFile() {
    return Optional.empty();
  }
}
