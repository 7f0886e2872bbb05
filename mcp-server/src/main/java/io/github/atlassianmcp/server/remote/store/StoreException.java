package io.github.atlassianmcp.server.remote.store;

/** The shared store cannot be used; the message says what to check, never a secret. */
public final class StoreException extends RuntimeException {

  public StoreException(String message) {
    super(message);
  }
}
