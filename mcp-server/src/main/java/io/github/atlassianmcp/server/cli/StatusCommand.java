package io.github.atlassianmcp.server.cli;

import io.github.atlassianmcp.auth.AuthMode;
import io.github.atlassianmcp.auth.SignInProgress;
import io.github.atlassianmcp.auth.SignInStatus;
import io.github.atlassianmcp.server.atlassian.AtlassianErrors;
import io.github.atlassianmcp.server.atlassian.AtlassianException;
import io.github.atlassianmcp.server.auth.AtlassianAuth;
import java.io.PrintStream;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/** {@code status}: who is signed in, on which site, with which scopes, until when. Never a secret. */
public final class StatusCommand {

  public static final String USAGE = "Usage: java -jar atlassian-mcp-server.jar status\n"
      + "  Shows the Atlassian sign-in: user, site, scopes and access-token expiry. Exit code 0 when signed in.";

  private final AtlassianAuth auth;
  private final Clock clock;

  public StatusCommand(AtlassianAuth auth) {
    this(auth, Clock.systemUTC());
  }

  public StatusCommand(AtlassianAuth auth, Clock clock) {
    this.auth = Objects.requireNonNull(auth, "auth");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  /** Runs the command; returns the process exit code (0 signed in, 1 not signed in, 2 bad arguments). */
  public int run(List<String> args, PrintStream out, PrintStream err) {
    Flags flags = Flags.parse(args, Set.of(), USAGE, out, err);
    if (flags.done()) {
      return flags.exitCode();
    }
    if (auth.mode() == AuthMode.API_TOKEN) {
      // An API token is not stored anywhere to inspect: one cheap call (who am I) proves it works.
      try {
        out.println(auth.signIn(false, SignInProgress.ignored()).status().describe(clock.instant()));
        return ExitCode.OK;
      } catch (AtlassianException e) {
        err.println(new AtlassianErrors(auth.scopes(), auth.mode()).describe(e));
        return ExitCode.FAILED;
      }
    }
    SignInStatus status = auth.status();
    out.println(status.describe(clock.instant()));
    return status.signedIn() ? ExitCode.OK : ExitCode.FAILED;
  }
}
