package io.github.atlassianmcp.server.auth;

import io.github.atlassianmcp.auth.AtlassianSite;
import io.github.atlassianmcp.auth.AtlassianUser;
import io.github.atlassianmcp.auth.FileCredentialStore;
import io.github.atlassianmcp.auth.StoredCredentials;
import io.github.atlassianmcp.sandbox.AtlassianSandbox;
import io.github.atlassianmcp.sandbox.TokenPair;
import io.github.atlassianmcp.server.atlassian.OperationRef;
import io.github.atlassianmcp.server.config.ServerConfig;
import io.github.atlassianmcp.server.config.Toolset;
import io.github.atlassianmcp.server.tools.ToolInventory;
import io.github.atlassianmcp.specs.AtlassianOperations;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import okhttp3.OkHttpClient;

/** What the sign-in tests share: a sandbox-shaped environment, a scripted browser, the planned scopes. */
public final class SignInTestKit {

  private static final AtlassianOperations SPECS = AtlassianOperations.load();

  private SignInTestKit() {}

  /** What the sign-in tests call to prove a token works: who am I ({@code GET /rest/api/3/myself}). */
  static final OperationRef MYSELF = new OperationRef("jira-platform.v3.json", "getCurrentUser");

  /** The operations the server's tools call, in the default configuration. */
  public static List<OperationRef> serverOperations() {
    return ToolInventory.discover(Set.of(Toolset.values()), false).enabledOperations();
  }

  /** The server's scopes, plus the one the sign-in tests' own proof call needs. */
  public static OAuthScopes plannedScopes() {
    List<OperationRef> operations = new ArrayList<>(serverOperations());
    operations.add(MYSELF);
    return OAuthScopes.forOperations(operations, SPECS);
  }

  /** A port nobody listens on right now (the OS picks it; a race with another program is possible but rare). */
  public static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0, 0, InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    }
  }

  /** OAuth mode against the sandbox, with the credentials in {@code home} and the callback on {@code port}. */
  public static Map<String, String> oauthEnvironment(AtlassianSandbox sandbox, Path home, int port) {
    Map<String, String> env = new HashMap<>();
    env.put(ServerConfig.CLIENT_ID, sandbox.oauthApp().clientId());
    env.put(ServerConfig.CLIENT_SECRET, sandbox.oauthApp().clientSecret());
    env.put(ServerConfig.AUTH_URL, sandbox.authUrl());
    env.put(ServerConfig.API_URL, sandbox.apiUrl());
    env.put(ServerConfig.OAUTH_REDIRECT_URI, "http://127.0.0.1:" + port + "/callback");
    env.put(ServerConfig.MCP_HOME, home.toString());
    return env;
  }

  /** The base client the lead's code would pass: timeouts, nothing else. */
  public static OkHttpClient http() {
    return new OkHttpClient.Builder()
        .connectTimeout(5, TimeUnit.SECONDS)
        .readTimeout(20, TimeUnit.SECONDS)
        .build();
  }

  /**
   * A browser for BROWSER: a shell script that fetches the URL and follows the redirects to the callback, as a
   * person's browser does after the (sandbox's automatic) consent, and saves the last page it got.
   */
  public static Path scriptedBrowser(Path folder) throws IOException {
    Path script = folder.resolve("scripted-browser.sh");
    Files.writeString(script, "#!/bin/sh\n"
        + "# $1: where to save the page the callback answered; $2: the authorization URL\n"
        + "exec curl --silent --show-error --location --max-time 30 --output \"$1\" \"$2\"\n");
    Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwx------"));
    return script;
  }

  /** The BROWSER value that runs {@link #scriptedBrowser} and saves the final page in {@code page}. */
  public static String browserVariable(Path script, Path page) {
    return script + " " + page + " %s";
  }

  /**
   * Writes a sign-in the way a completed consent would, from tokens the sandbox mints without a browser (what
   * {@code --sandbox} does).
   */
  public static StoredCredentials seedSignIn(AtlassianSandbox sandbox, Path home, OAuthScopes scopes) {
    TokenPair pair = sandbox.issueTokens(new LinkedHashSet<>(scopes.scopes()));
    StoredCredentials credentials = new StoredCredentials(sandbox.oauthApp().clientId(), pair.accessToken(),
        Instant.now().plus(pair.expiresIn()), pair.refreshToken(), List.copyOf(pair.scopes()),
        new AtlassianSite(sandbox.cloudId(), sandbox.siteUrl(), "sandbox"),
        new AtlassianUser(sandbox.currentUser().accountId(), sandbox.currentUser().displayName(),
            sandbox.currentUser().email()),
        Instant.now(), Optional.empty());
    new FileCredentialStore(home).write(credentials);
    return credentials;
  }
}
