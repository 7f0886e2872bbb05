package io.github.atlassianmcp.server.cli;

import java.io.PrintStream;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** The flags given to a subcommand, checked against the ones it knows; {@code --help} prints its usage. */
final class Flags {

  private final Set<String> given;
  private final Integer exitCode;

  private Flags(Set<String> given, Integer exitCode) {
    this.given = given;
    this.exitCode = exitCode;
  }

  /** Parses {@code args}; unknown flags print the usage to {@code err}, {@code --help} prints it to {@code out}. */
  static Flags parse(List<String> args, Set<String> known, String usage, PrintStream out, PrintStream err) {
    Set<String> given = new HashSet<>();
    for (String arg : args) {
      if (arg.equals("--help") || arg.equals("-h")) {
        out.println(usage);
        return new Flags(given, ExitCode.OK);
      }
      if (!known.contains(arg)) {
        err.println("Unknown argument: " + arg);
        err.println(usage);
        return new Flags(given, ExitCode.USAGE);
      }
      given.add(arg);
    }
    return new Flags(given, null);
  }

  /** Whether the command should stop now (help shown, or bad arguments), with {@link #exitCode()}. */
  boolean done() {
    return exitCode != null;
  }

  int exitCode() {
    return exitCode;
  }

  boolean has(String flag) {
    return given.contains(flag);
  }
}
