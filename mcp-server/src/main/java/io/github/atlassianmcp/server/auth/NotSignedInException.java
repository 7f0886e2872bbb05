package io.github.atlassianmcp.server.auth;

/**
 * No usable Atlassian sign-in: never signed in, signed out, the refresh token expired or was revoked, the stored
 * file is unreadable, or the OAuth app or site changed. The message says why and how to sign in; tools return it as
 * their error text unchanged.
 *
 * <p>Unchecked so that it passes unchanged through the generated clients and OkHttp interceptors to the tool's
 * error seam.
 */
public final class NotSignedInException extends RuntimeException {

  /** How to sign in: the MCP tool and the CLI command are two doors to the same flow. */
  public static final String HOW_TO_SIGN_IN = "Call the authenticate_atlassian tool, or run "
      + "`java -jar atlassian-mcp-server.jar login` in a terminal.";

  /** What to do when neither OAuth nor an API token is configured. */
  public static final String HOW_TO_CONFIGURE = "Set ATLASSIAN_CLIENT_ID and ATLASSIAN_CLIENT_SECRET (an OAuth 2.0 "
      + "app from https://developer.atlassian.com/console/myapps/, then sign in), or ATLASSIAN_EMAIL, "
      + "ATLASSIAN_API_TOKEN and ATLASSIAN_SITE_URL, in the server's environment, and restart it.";

  /** @param reason why there is no usable sign-in: one sentence, ending with a period */
  public NotSignedInException(String reason) {
    this(reason, HOW_TO_SIGN_IN);
  }

  /**
   * @param reason why there is no usable sign-in: one sentence, ending with a period
   * @param remedy what the user does about it
   */
  public NotSignedInException(String reason, String remedy) {
    super(("Not signed in to Atlassian: " + reason + " " + remedy).trim());
  }
}
