package io.github.atlassianmcp.sandbox.jql;

/** A query that cannot be parsed, with the message Jira gives for it. */
public final class JqlSyntaxException extends RuntimeException {

  public JqlSyntaxException(String message) {
    super(message, null, false, false);
  }
}
