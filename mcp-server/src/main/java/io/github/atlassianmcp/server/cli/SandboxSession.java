package io.github.atlassianmcp.server.cli;

import io.github.atlassianmcp.auth.BrowserLauncher;
import io.github.atlassianmcp.auth.SignInProgress;
import io.github.atlassianmcp.sandbox.AtlassianSandbox;
import io.github.atlassianmcp.server.ServerAssembly;
import io.github.atlassianmcp.server.config.ServerConfig;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code --sandbox}: an in-process Atlassian Cloud on loopback, and the server pointed at it and signed in, so that
 * someone without an Atlassian site sees the real tools work on realistic data. The sign-in is the real OAuth flow
 * (PKCE, callback, token exchange); only the browser is replaced by an HTTP client that follows the redirects,
 * since the sandbox consents on its own.
 */
final class SandboxSession implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(SandboxSession.class);

  private final AtlassianSandbox sandbox;
  private final Path home;
  private final Map<String, String> environment;

  private SandboxSession(AtlassianSandbox sandbox, Path home, Map<String, String> environment) {
    this.sandbox = sandbox;
    this.home = home;
    this.environment = environment;
  }

  /** Starts the sandbox; {@code environment} keeps what does not concern where Atlassian is (read-only, toolsets). */
  static SandboxSession start(Map<String, String> environment) {
    AtlassianSandbox sandbox = AtlassianSandbox.builder().start();
    try {
      Path home = Files.createTempDirectory("atlassian-mcp-sandbox-",
          PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
      Map<String, String> env = new HashMap<>(environment);
      env.remove(ServerConfig.EMAIL);
      env.remove(ServerConfig.API_TOKEN);
      // The sandbox is for trying things: every toolset, unless the caller chose.
      if (env.getOrDefault(ServerConfig.TOOLSETS, "").isBlank()) {
        env.put(ServerConfig.TOOLSETS, "all");
      }
      env.put(ServerConfig.SITE_URL, sandbox.siteUrl());
      env.put(ServerConfig.AUTH_URL, sandbox.authUrl());
      env.put(ServerConfig.API_URL, sandbox.apiUrl());
      env.put(ServerConfig.CLIENT_ID, sandbox.oauthApp().clientId());
      env.put(ServerConfig.CLIENT_SECRET, sandbox.oauthApp().clientSecret());
      env.put(ServerConfig.OAUTH_REDIRECT_URI, "http://127.0.0.1:" + freePort() + "/callback");
      env.put(ServerConfig.MCP_HOME, home.toString());
      return new SandboxSession(sandbox, home, Map.copyOf(env));
    } catch (IOException | RuntimeException e) {
      sandbox.close();
      throw e instanceof IOException io ? new UncheckedIOException(io) : (RuntimeException) e;
    }
  }

  /** The server's environment: every Atlassian URL is the sandbox's. */
  Map<String, String> environment() {
    return environment;
  }

  /** A "browser" that follows the authorization URL itself: the sandbox consents and redirects to the callback. */
  static BrowserLauncher followingBrowser() {
    HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NORMAL).build();
    return url -> {
      // Asynchronous: the sign-in is waiting for the callback this request ends at.
      http.sendAsync(HttpRequest.newBuilder(url).GET().build(), HttpResponse.BodyHandlers.discarding())
          .whenComplete((response, failure) -> {
            if (failure != null) {
              LOG.error("The sandbox sign-in could not follow the authorization URL: {}", failure.toString());
            }
          });
      return true;
    };
  }

  /** Signs in through the sandbox's authorization server, as a user would through Atlassian's. */
  void signIn(ServerAssembly assembly) {
    assembly.auth().signIn(false, SignInProgress.ignored());
  }

  @Override
  public void close() {
    sandbox.close();
    try (Stream<Path> files = Files.walk(home)) {
      files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
    } catch (IOException ignored) {
      // a temporary folder left behind holds only the sandbox's throwaway tokens
    }
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    }
  }
}
