package io.github.atlassianmcp.server.cli;

import io.github.atlassianmcp.auth.AuthMode;
import io.github.atlassianmcp.auth.CredentialStoreException;
import io.github.atlassianmcp.server.auth.AtlassianAuth;
import java.io.PrintStream;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/** {@code logout}: forgets the stored OAuth sign-in. */
public final class LogoutCommand {

  public static final String USAGE = "Usage: java -jar atlassian-mcp-server.jar logout\n"
      + "  Deletes the saved Atlassian sign-in (ATLASSIAN_MCP_HOME/credentials.json).";

  private final AtlassianAuth auth;

  public LogoutCommand(AtlassianAuth auth) {
    this.auth = Objects.requireNonNull(auth, "auth");
  }

  /** Runs the command; returns the process exit code (0 done, 1 failed, 2 bad arguments). */
  public int run(List<String> args, PrintStream out, PrintStream err) {
    Flags flags = Flags.parse(args, Set.of(), USAGE, out, err);
    if (flags.done()) {
      return flags.exitCode();
    }
    if (auth.mode() != AuthMode.OAUTH) {
      out.println(auth.mode() == AuthMode.API_TOKEN
          ? "API-token mode stores nothing to sign out of: remove ATLASSIAN_EMAIL and ATLASSIAN_API_TOKEN from the "
              + "server's environment to stop using the token."
          : "Nothing to sign out of: no Atlassian credentials are configured.");
      return ExitCode.OK;
    }
    try {
      String file = auth.status().credentialsFile().map(Object::toString).orElse("the credentials file");
      out.println(auth.logout()
          ? "Signed out: deleted " + file + ". To revoke the app's access at Atlassian as well, remove it at "
              + "https://id.atlassian.com/manage-profile/apps."
          : "Not signed in: there was no " + file + ".");
      return ExitCode.OK;
    } catch (CredentialStoreException e) {
      err.println(e.getMessage());
      return ExitCode.FAILED;
    }
  }
}
