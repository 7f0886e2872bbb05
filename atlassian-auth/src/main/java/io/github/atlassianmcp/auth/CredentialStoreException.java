package io.github.atlassianmcp.auth;

/**
 * The credential file cannot be read or written. The message names the file and what to do; it never contains a
 * token, and callers show it instead of a stack trace.
 */
public final class CredentialStoreException extends RuntimeException {

  public CredentialStoreException(String message) {
    super(message);
  }
}
