package io.github.atlassianmcp.server.cli;

/** The process exit codes of every command, one set for all. */
final class ExitCode {

  /** Done: an answer, signed in, signed out. */
  static final int OK = 0;
  /** The command ran and failed: a tool error, not signed in, a refused sign-in. */
  static final int FAILED = 1;
  /** The command line was wrong (or --help): nothing ran. */
  static final int USAGE = 2;

  private ExitCode() {}
}
