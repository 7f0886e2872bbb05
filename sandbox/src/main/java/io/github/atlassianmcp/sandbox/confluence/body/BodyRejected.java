package io.github.atlassianmcp.sandbox.confluence.body;

/** A body Confluence refuses, with the status and the sentence it answers with. */
public final class BodyRejected extends RuntimeException {

  private final int status;

  public BodyRejected(int status, String message) {
    super(message, null, false, false);
    this.status = status;
  }

  public int status() {
    return status;
  }
}
