package io.github.atlassianmcp.auth;

/**
 * The sign-in did not complete: it timed out, the user declined, the callback port is taken, no site matches, or
 * the authorization server refused the code. The message says what happened and what to do; never a secret.
 */
public final class SignInException extends RuntimeException {

  public SignInException(String message) {
    super(message);
  }
}
