package io.github.atlassianmcp.server.cli;

import io.github.atlassianmcp.auth.CredentialStoreException;
import io.github.atlassianmcp.auth.NotSignedInException;
import io.github.atlassianmcp.auth.SignInException;
import io.github.atlassianmcp.auth.SignInResult;
import io.github.atlassianmcp.server.atlassian.AtlassianErrors;
import io.github.atlassianmcp.server.atlassian.AtlassianException;
import io.github.atlassianmcp.server.auth.AtlassianAuth;
import java.io.PrintStream;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/** {@code login [--force]}: the browser sign-in from a terminal, the same flow as authenticate_atlassian. */
public final class LoginCommand {

  public static final String USAGE = "Usage: java -jar atlassian-mcp-server.jar login [--force]\n"
      + "  Signs in to Atlassian in your browser (OAuth 2.0) and saves the sign-in for the server.\n"
      + "  --force  sign in again even if a usable sign-in exists";

  private final AtlassianAuth auth;
  private final Clock clock;

  public LoginCommand(AtlassianAuth auth) {
    this(auth, Clock.systemUTC());
  }

  public LoginCommand(AtlassianAuth auth, Clock clock) {
    this.auth = Objects.requireNonNull(auth, "auth");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  /** Runs the command; returns the process exit code (0 signed in, 1 failed, 2 bad arguments). */
  public int run(List<String> args, PrintStream out, PrintStream err) {
    Flags flags = Flags.parse(args, Set.of("--force"), USAGE, out, err);
    if (flags.done()) {
      return flags.exitCode();
    }
    try {
      SignInResult result = auth.signIn(flags.has("--force"), out::println);
      out.println(result.describe(clock.instant()));
      return ExitCode.OK;
    } catch (SignInException | NotSignedInException | CredentialStoreException e) {
      err.println(e.getMessage());
      return ExitCode.FAILED;
    } catch (AtlassianException e) {
      err.println(new AtlassianErrors(auth.scopes(), auth.mode()).describe(e));
      return ExitCode.FAILED;
    }
  }
}
