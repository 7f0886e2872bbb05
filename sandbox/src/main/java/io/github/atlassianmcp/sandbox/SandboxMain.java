package io.github.atlassianmcp.sandbox;

import java.io.PrintStream;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;

/**
 * Starts a sandbox on its own and prints where it is and how to sign in, on stderr, until the process is
 * stopped. Options: {@code --port N} (default: a free port), {@code --access-token-lifetime SECONDS}.
 */
public final class SandboxMain {

  private SandboxMain() {}

  public static void main(String[] args) throws InterruptedException {
    AtlassianSandbox.Builder builder = AtlassianSandbox.builder();
    try {
      for (int i = 0; i < args.length; i++) {
        switch (args[i]) {
          case "--port" -> builder.port(Integer.parseInt(value(args, ++i, "--port")));
          case "--access-token-lifetime" -> builder.accessTokenLifetime(
              Duration.ofSeconds(Long.parseLong(value(args, ++i, "--access-token-lifetime"))));
          case "--help", "-h" -> {
            System.err.println("Usage: SandboxMain [--port N] [--access-token-lifetime SECONDS]");
            return;
          }
          default -> throw new IllegalArgumentException("Unknown option " + args[i] + "; try --help");
        }
      }
    } catch (IllegalArgumentException e) {
      System.err.println("sandbox: " + e.getMessage());
      System.exit(2);
      return;
    }
    AtlassianSandbox sandbox = builder.start();
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      sandbox.close();
      stopped.countDown();
    }, "sandbox-shutdown"));
    describe(sandbox, System.err);
    stopped.await();
  }

  static void describe(AtlassianSandbox sandbox, PrintStream out) {
    SandboxUser user = sandbox.currentUser();
    out.println("Atlassian sandbox running at " + sandbox.baseUrl());
    out.println("  authorize:  " + sandbox.authUrl() + "/authorize   token: " + sandbox.authUrl() + "/oauth/token");
    out.println("  gateway:    " + sandbox.apiUrl() + "/ex/jira/" + sandbox.cloudId() + "  (cloud ID "
        + sandbox.cloudId() + ")");
    out.println("  site:       " + sandbox.siteUrl() + "/rest/api/3/...  and  " + sandbox.siteUrl() + "/wiki/...");
    out.println("  OAuth app:  client_id=" + sandbox.oauthApp().clientId() + " client_secret="
        + sandbox.oauthApp().clientSecret() + "  (redirect URIs: any loopback http URL)");
    out.println("  signed in:  " + user.displayName() + " <" + user.email() + "> API token " + user.apiToken());
    out.println("  admin:      " + sandbox.baseUrl() + "/__sandbox/{faults,tokens,tokens/expire,requests,oauth/stats}");
    out.println("Press Ctrl-C to stop.");
  }

  private static String value(String[] args, int index, String option) {
    if (index >= args.length) {
      throw new IllegalArgumentException(option + " needs a value");
    }
    return args[index];
  }
}
