package io.github.atlassianmcp.server.cli;

import io.github.atlassianmcp.server.ServerAssembly;
import io.github.atlassianmcp.server.config.ConfigException;
import io.github.atlassianmcp.server.config.RemoteConfig;
import io.github.atlassianmcp.server.config.ServerConfig;
import io.github.atlassianmcp.server.remote.RemoteServer;
import io.github.atlassianmcp.server.remote.TokenKeyset;
import io.github.atlassianmcp.server.remote.store.StoreException;
import java.io.PrintStream;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code serve --http}: the team server. Unlike stdio serving, a configuration it cannot use stops it at once with
 * the sentence that says what to fix: an operator is watching, and a balancer must not route to a replica that
 * cannot serve.
 */
final class RemoteCommand {

  private RemoteCommand() {}

  static int run(List<String> args, Map<String, String> environment, PrintStream err) {
    Map<String, String> flags = new HashMap<>();
    for (int i = 0; i < args.size(); i++) {
      String arg = args.get(i);
      if (arg.equals("--http")) {
        continue;
      }
      if (List.of("--port", "--bind", "--public-url").contains(arg) && i + 1 < args.size()) {
        flags.put(arg.substring(2), args.get(++i));
      } else {
        err.println("serve --http takes --port N, --bind ADDRESS and --public-url URL; not " + arg + ".\n" + Main.USAGE);
        return ExitCode.USAGE;
      }
    }
    RemoteServer server;
    try {
      ServerConfig config = ServerConfig.fromEnvironment(environment);
      RemoteConfig remote = RemoteConfig.from(environment, flags, config.home());
      server = RemoteServer.start(ServerAssembly.builder(config).build(), remote,
          TokenKeyset.resolve(remote, config.home()), Clock.systemUTC());
    } catch (ConfigException | StoreException | IllegalStateException e) {
      err.println(e.getMessage());
      return ExitCode.USAGE;
    }
    Runtime.getRuntime().addShutdownHook(new Thread(server::close, "shutdown"));
    try {
      server.join();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    return ExitCode.OK;
  }
}
