package io.github.atlassianmcp.server.auth;

import io.github.atlassianmcp.client.jira.platform.api.MyselfApi;
import io.github.atlassianmcp.client.jira.platform.model.User;
import io.github.atlassianmcp.server.cli.StatusCommand;
import io.github.atlassianmcp.server.config.ServerConfig;
import java.util.List;

/**
 * A second server process: configured from its environment like the real one, it calls Jira with whatever sign-in
 * it finds on disk, then runs the status command.
 */
public final class SignedInChild {

  public static void main(String[] args) throws Exception {
    AtlassianAuth auth = AtlassianAuth.builder(ServerConfig.fromEnvironment(System.getenv()), SignInTestKit.http(),
        SignInTestKit.plannedScopes()).build();
    User me = new MyselfApi(auth.access().clients().jiraPlatform()).getCurrentUser().execute();
    System.out.println("account " + me.getAccountId());
    System.exit(new StatusCommand(auth).run(List.of(), System.out, System.err));
  }
}
