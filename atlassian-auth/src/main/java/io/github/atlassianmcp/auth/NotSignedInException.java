package io.github.atlassianmcp.auth;

/**
 * No usable Atlassian sign-in: never signed in, signed out, the refresh token expired or was revoked, the stored
 * sign-in is unreadable, or the OAuth app or site changed. The message says why and how to sign in.
 *
 * <p>Unchecked so that it passes unchanged through the generated clients and OkHttp interceptors to the caller.
 */
public final class NotSignedInException extends RuntimeException {

  /** The remedy a library user reads unless the application names its own ({@code signInHint}). */
  public static final String SIGN_IN_AGAIN = "Sign in again (AtlassianOAuth.signIn).";

  private final String reason;

  /**
   * @param reason why there is no usable sign-in: one sentence, ending with a period
   * @param remedy what the user does about it
   */
  public NotSignedInException(String reason, String remedy) {
    super(("Not signed in to Atlassian: " + reason + " " + remedy).trim());
    this.reason = reason;
  }

  /** Why there is no usable sign-in, without the remedy. */
  public String reason() {
    return reason;
  }
}
