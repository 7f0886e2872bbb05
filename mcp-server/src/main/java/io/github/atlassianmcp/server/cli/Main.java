package io.github.atlassianmcp.server.cli;

import io.github.atlassianmcp.server.ServerAssembly;
import io.github.atlassianmcp.server.config.ConfigException;
import io.github.atlassianmcp.server.config.ServerConfig;
import io.github.atlassianmcp.server.remote.store.TokenCipher;
import io.github.atlassianmcp.server.tools.ServerTool;
import io.github.atlassianmcp.server.transport.CallThreads;
import io.github.atlassianmcp.server.transport.StdioServer;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The command line: serves MCP over stdio by default; {@code call}, {@code tools}, {@code login}, {@code logout}
 * and {@code status} for people. {@code --sandbox} runs everything against an in-process Atlassian sandbox.
 */
public final class Main {

  static final String USAGE = """
      Usage: java -jar atlassian-mcp-server.jar [--sandbox] [COMMAND]

      Commands:
        (none), serve         serve the MCP tools over stdio (what an MCP client runs)
        serve --http [--port N] [--bind ADDR] [--public-url URL]
                              serve a team over streamable HTTP at /mcp (see "Run it for a team")
        keyset                print a new token encryption keyset (for ATLASSIAN_MCP_KEYSET)
        call TOOL [k=v ...]   run one tool and print its answer
        tools                 list the tools this configuration enables
        login [--force]       sign in to Atlassian in your browser (OAuth 2.0)
        logout                forget the stored sign-in
        status                who is signed in, on which site, with which scopes

      Options:
        --sandbox             use a built-in Atlassian Cloud sandbox with demo data (no account needed)
        --verbose             also print what the server does (commands other than serve print only the answer)
        --help, --version

      Configuration is read from the environment (ATLASSIAN_SITE_URL, ATLASSIAN_CLIENT_ID, ...; see the README).""";

  private Main() {}

  public static void main(String[] args) {
    // stdout carries JSON-RPC when serving: anything else that prints goes to stderr from here on.
    PrintStream stdout = System.out;
    System.setOut(System.err);
    List<String> arguments = List.of(args);
    if (!arguments.contains("--verbose") && !serves(arguments)) {
      quietLogs();
    }
    // After quietLogs: Reactor makes its first logger here.
    CallThreads.install();
    // Exit explicitly: an in-process sandbox or a pending HTTP pool must not keep the process alive.
    System.exit(run(arguments, System.getenv(), stdout, System.err));
  }

  static int run(List<String> args, Map<String, String> environment, PrintStream stdout, PrintStream err) {
    List<String> rest = new ArrayList<>(args);
    boolean sandbox = rest.remove("--sandbox");
    rest.remove("--verbose");
    if (rest.contains("--help") || rest.contains("-h")) {
      stdout.println(USAGE);
      return ExitCode.OK;
    }
    if (rest.contains("--version")) {
      stdout.println("atlassian-mcp-server " + ServerAssembly.version());
      return ExitCode.OK;
    }
    String command = rest.isEmpty() ? "serve" : rest.remove(0);
    if (command.equals("keyset")) {
      stdout.println(TokenCipher.newKeysetJson());
      return ExitCode.OK;
    }
    if (command.equals("serve") && rest.contains("--http")) {
      return RemoteCommand.run(rest, environment, err);
    }
    if (!List.of("serve", "call", "tools", "login", "logout", "status").contains(command)) {
      err.println("Unknown command " + command + ".\n" + USAGE);
      return ExitCode.USAGE;
    }
    SandboxSession session = sandbox ? SandboxSession.start(environment) : null;
    try {
      Map<String, String> env = session != null ? session.environment() : environment;
      ServerAssembly.Builder builder = command.equals("serve") ? servable(env, err)
          : ServerAssembly.builder(ServerConfig.fromEnvironment(env));
      if (session != null) {
        builder.browser(SandboxSession.followingBrowser());
      }
      ServerAssembly assembly = builder.build();
      if (session != null && !command.equals("logout")) {
        session.signIn(assembly);
      }
      return switch (command) {
        case "serve" -> serve(assembly, rest, stdout, err);
        case "call" -> new CallCommand(assembly).run(rest, stdout, err);
        case "tools" -> tools(assembly, stdout);
        case "login" -> new LoginCommand(assembly.auth()).run(rest, stdout, err);
        case "logout" -> new LogoutCommand(assembly.auth()).run(rest, stdout, err);
        default -> new StatusCommand(assembly.auth()).run(rest, stdout, err);
      };
    } catch (ConfigException e) {
      err.println(e.getMessage());
      return ExitCode.USAGE;
    } finally {
      if (session != null) {
        session.close();
      }
    }
  }

  /**
   * What {@code serve} runs: a configuration it cannot use must not kill the server before the MCP client can show
   * anything ("connection closed"). It starts anyway, lists its tools, and answers every call with the sentence that
   * says which variable to fix.
   */
  private static ServerAssembly.Builder servable(Map<String, String> env, PrintStream err) {
    try {
      return ServerAssembly.builder(ServerConfig.fromEnvironment(env));
    } catch (ConfigException e) {
      err.println(e.getMessage());
      Map<String, String> atlassianUnset = new HashMap<>(env);
      atlassianUnset.keySet().removeIf(name -> name.startsWith("ATLASSIAN_") && !name.equals(ServerConfig.MCP_HOME));
      ServerConfig fallback;
      try {
        fallback = ServerConfig.fromEnvironment(atlassianUnset);
      } catch (ConfigException homeToo) {
        atlassianUnset.remove(ServerConfig.MCP_HOME);
        fallback = ServerConfig.fromEnvironment(atlassianUnset);
      }
      return ServerAssembly.builder(fallback).configurationProblem("The Atlassian MCP server's configuration cannot"
          + " be used: " + e.getMessage() + (e.getMessage().endsWith(".") ? "" : ".") + " Fix it in the MCP"
          + " client's settings for this server (its env), then restart the server.");
    }
  }

  private static int serve(ServerAssembly assembly, List<String> rest, PrintStream stdout, PrintStream err) {
    if (!rest.isEmpty()) {
      err.println("serve takes no arguments.\n" + USAGE);
      return ExitCode.USAGE;
    }
    StdioServer server = StdioServer.start(assembly.handler(), ServerAssembly.version(), System.in, stdout);
    try {
      // The SDK answers initialize and tools/list on its own threads meanwhile; this one would only wait.
      wire(assembly, err);
      server.awaitEnd();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } finally {
      server.close();
    }
    return ExitCode.OK;
  }

  private static void wire(ServerAssembly assembly, PrintStream err) {
    try {
      assembly.wire();
    } catch (RuntimeException e) {
      // Tool calls try again and word what failed; the server goes on answering.
      err.println("Could not prepare the Atlassian clients yet: " + assembly.redaction().apply(String.valueOf(e)));
    }
  }

  /** Whether the command is serve (named, or no command at all). */
  private static boolean serves(List<String> args) {
    return args.stream().filter(arg -> !arg.startsWith("-")).findFirst().map("serve"::equals).orElse(true);
  }

  /**
   * A person at a terminal reads the answer, not the server's progress log (stderr, next to it): warnings only,
   * unless --verbose. Set before the first logger exists, at the start of the process. In serve mode stderr is
   * the MCP client's log, where the progress belongs.
   */
  private static void quietLogs() {
    System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
  }

  private static int tools(ServerAssembly assembly, PrintStream out) {
    for (ServerTool tool : assembly.inventory().enabled()) {
      out.println(tool.definition().name() + (tool.definition().hints().readOnly() ? "  " : "* ")
          + tool.definition().title());
    }
    out.println("(* changes something)");
    return ExitCode.OK;
  }
}
