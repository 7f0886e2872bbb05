package io.github.atlassianmcp.server.e2e;

import io.github.atlassianmcp.auth.AtlassianSite;
import io.github.atlassianmcp.auth.AtlassianUser;
import io.github.atlassianmcp.auth.FileCredentialStore;
import io.github.atlassianmcp.auth.IssuedTokens;
import io.github.atlassianmcp.auth.StoredCredentials;
import io.github.atlassianmcp.sandbox.AtlassianSandbox;
import io.github.atlassianmcp.sandbox.SandboxUser;
import io.github.atlassianmcp.sandbox.TokenPair;
import io.github.atlassianmcp.server.ServerAssembly;
import io.github.atlassianmcp.server.config.ServerConfig;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/**
 * An environment in which the server is signed in to a sandbox with OAuth, as after a real sign-in: the tokens
 * carry exactly the scopes the server computes for its enabled tools, so a tool that calls an operation whose scope
 * was not requested fails against the sandbox's scope checks.
 */
public final class SandboxSignIn {

  private SandboxSignIn() {}

  /** Every variable the server reads, blank (= unset) or fixed, so the developer's own environment cannot leak in. */
  public static Map<String, String> isolated(Map<String, String> values) {
    Map<String, String> env = new HashMap<>();
    for (String name : List.of(ServerConfig.SITE_URL, ServerConfig.CLIENT_ID, ServerConfig.CLIENT_SECRET,
        ServerConfig.OAUTH_REDIRECT_URI, ServerConfig.AUTH_URL, ServerConfig.API_URL, ServerConfig.MCP_HOME,
        ServerConfig.EMAIL, ServerConfig.API_TOKEN, ServerConfig.BROWSER, ServerConfig.READ_ONLY,
        ServerConfig.TOOLSETS)) {
      env.put(name, "");
    }
    // Every toolset, so that every tool can be exercised; the default set is ServerConfigTest's business.
    env.put(ServerConfig.TOOLSETS, "all");
    env.putAll(values);
    return env;
  }

  /**
   * The OAuth environment of a server pointed at the sandbox, with a fresh home and nothing stored in it: a browser
   * sign-in is needed (its callback on a free loopback port).
   */
  public static Map<String, String> oauthEnvironmentWithoutSignIn(AtlassianSandbox sandbox,
      Map<String, String> extra) {
    Path home = TestFiles.directory("home-");
    Map<String, String> env = isolated(extra);
    env.put(ServerConfig.SITE_URL, sandbox.siteUrl());
    env.put(ServerConfig.AUTH_URL, sandbox.authUrl());
    env.put(ServerConfig.API_URL, sandbox.apiUrl());
    env.put(ServerConfig.CLIENT_ID, sandbox.oauthApp().clientId());
    env.put(ServerConfig.CLIENT_SECRET, sandbox.oauthApp().clientSecret());
    env.put(ServerConfig.MCP_HOME, home.toString());
    try (java.net.ServerSocket socket = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
      env.put(ServerConfig.OAUTH_REDIRECT_URI, "http://127.0.0.1:" + socket.getLocalPort() + "/callback");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return env;
  }

  /** The OAuth environment of a server pointed at the sandbox, with credentials stored in a fresh home. */
  public static Map<String, String> oauthEnvironment(AtlassianSandbox sandbox, Map<String, String> extra) {
    Map<String, String> env = oauthEnvironmentWithoutSignIn(sandbox, extra);
    Path home = Path.of(env.get(ServerConfig.MCP_HOME));
    ServerConfig config = ServerConfig.fromEnvironment(env);
    List<String> scopes = ServerAssembly.builder(config).build().scopes().scopes();
    TokenPair tokens = sandbox.issueTokens(new LinkedHashSet<>(scopes));
    SandboxUser user = sandbox.currentUser();
    StoredCredentials credentials = StoredCredentials.signedIn(sandbox.oauthApp().clientId(),
        new IssuedTokens(tokens.accessToken(), tokens.refreshTokenIfGranted(),
            Instant.now().plus(tokens.expiresIn()), List.copyOf(tokens.scopes())),
        scopes, new AtlassianSite(sandbox.cloudId(), sandbox.siteUrl(), "Sandbox"),
        new AtlassianUser(user.accountId(), user.displayName(), user.email()), Instant.now());
    new FileCredentialStore(home).write(credentials);
    return Map.copyOf(env);
  }

  /**
   * API-token mode as one of the sandbox's people (a portal customer, say), with a fresh home of its own.
   *
   * @param accountId the person's account ID
   */
  public static Map<String, String> apiTokenEnvironment(AtlassianSandbox sandbox, String accountId) {
    SandboxUser user = sandbox.users().stream().filter(u -> u.accountId().equals(accountId)).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("The sandbox has no person " + accountId));
    Path home = TestFiles.directory("home-");
    return isolated(Map.of(ServerConfig.SITE_URL, sandbox.siteUrl(), ServerConfig.EMAIL, user.email(),
        ServerConfig.API_TOKEN, user.apiToken(), ServerConfig.MCP_HOME, home.toString()));
  }

  /** API-token mode: Basic against the sandbox's site, no OAuth at all. */
  public static Map<String, String> apiTokenEnvironment(AtlassianSandbox sandbox) {
    SandboxUser user = sandbox.currentUser();
    return isolated(Map.of(ServerConfig.SITE_URL, sandbox.siteUrl(), ServerConfig.EMAIL, user.email(),
        ServerConfig.API_TOKEN, user.apiToken()));
  }

}
