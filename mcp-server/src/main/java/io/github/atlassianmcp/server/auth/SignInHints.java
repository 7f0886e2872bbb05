package io.github.atlassianmcp.server.auth;

/** What the server tells its user to do when there is no usable sign-in: its own doors to the library's flow. */
public final class SignInHints {

  /** How to sign in: the MCP tool and the CLI command are two doors to the same flow. */
  public static final String HOW_TO_SIGN_IN = "Call the authenticate_atlassian tool, or run "
      + "`java -jar atlassian-mcp-server.jar login` in a terminal.";

  /** What to do when neither OAuth nor an API token is configured. */
  public static final String HOW_TO_CONFIGURE = "Set ATLASSIAN_CLIENT_ID and ATLASSIAN_CLIENT_SECRET (an OAuth 2.0 "
      + "app from https://developer.atlassian.com/console/myapps/, then sign in), or ATLASSIAN_EMAIL, "
      + "ATLASSIAN_API_TOKEN and ATLASSIAN_SITE_URL, in the server's environment, and restart it.";

  private SignInHints() {}
}
