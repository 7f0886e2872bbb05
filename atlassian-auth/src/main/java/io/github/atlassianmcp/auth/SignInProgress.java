package io.github.atlassianmcp.auth;

/**
 * Receives human-readable steps of a sign-in while it waits for the browser: the MCP tool turns them into progress
 * notifications, the CLI prints them.
 */
@FunctionalInterface
public interface SignInProgress {

  void update(String message);

  /** Progress nobody watches. */
  static SignInProgress ignored() {
    return message -> { };
  }
}
