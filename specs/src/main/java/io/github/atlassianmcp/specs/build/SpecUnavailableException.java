package io.github.atlassianmcp.specs.build;

/** A spec file could not be obtained from any source; the message says what to do. */
final class SpecUnavailableException extends Exception {
  SpecUnavailableException(String message) {
    super(message);
  }
}
