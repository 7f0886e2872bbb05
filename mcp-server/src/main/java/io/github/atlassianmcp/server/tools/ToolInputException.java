package io.github.atlassianmcp.server.tools;

/** An argument is missing, mistyped or out of range; the message names it and says what to send. */
public final class ToolInputException extends RuntimeException {
  public ToolInputException(String message) {
    super(message);
  }
}
