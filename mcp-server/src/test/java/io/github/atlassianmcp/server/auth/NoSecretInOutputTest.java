package io.github.atlassianmcp.server.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.atlassianmcp.auth.FileCredentialStore;
import io.github.atlassianmcp.auth.IssuedTokens;
import io.github.atlassianmcp.auth.StoredCredentials;
import io.github.atlassianmcp.auth.TokenEndpoint;
import io.github.atlassianmcp.client.jira.platform.api.MyselfApi;
import io.github.atlassianmcp.sandbox.AtlassianSandbox;
import io.github.atlassianmcp.server.cli.LoginCommand;
import io.github.atlassianmcp.server.cli.StatusCommand;
import io.github.atlassianmcp.server.config.ServerConfig;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs sign-in, refresh, failures and status while capturing everything the code prints or logs (stdout, stderr
 * with the auth package at debug level) and every message it produces, then looks for each secret in all of it.
 */
class NoSecretInOutputTest {

  @TempDir
  Path temp;

  private AtlassianSandbox sandbox;
  private PrintStream originalOut;
  private PrintStream originalErr;
  private final ByteArrayOutputStream captured = new ByteArrayOutputStream();
  private final List<String> messages = new ArrayList<>();
  private final Set<String> secrets = new LinkedHashSet<>();

  @BeforeEach
  void start() {
    sandbox = AtlassianSandbox.builder().start();
    originalOut = System.out;
    originalErr = System.err;
    PrintStream capture = new PrintStream(captured, true, StandardCharsets.UTF_8);
    System.setOut(capture);
    System.setErr(capture);
  }

  @AfterEach
  void stop() {
    System.setOut(originalOut);
    System.setErr(originalErr);
    sandbox.close();
  }

  private void rememberStoredTokens(Path home) {
    new FileCredentialStore(home).read().ifPresent(c -> {
      secrets.add(c.accessToken());
      secrets.add(c.refreshToken());
    });
  }

  private void expectFailure(Runnable action) {
    RuntimeException e = assertThrows(RuntimeException.class, action::run);
    messages.add(e.getMessage());
  }

  @Test
  void noTokenSecretOrApiTokenAppearsAnywhere() throws Exception {
    Path home = temp.resolve("home");
    Map<String, String> env = new HashMap<>(SignInTestKit.oauthEnvironment(sandbox, home, SignInTestKit.freePort()));
    env.put(ServerConfig.BROWSER, SignInTestKit.browserVariable(SignInTestKit.scriptedBrowser(temp),
        temp.resolve("page.html")));
    secrets.add(sandbox.oauthApp().clientSecret());
    secrets.add(sandbox.currentUser().apiToken());
    AtlassianAuth auth = AtlassianAuth.builder(ServerConfig.fromEnvironment(env), SignInTestKit.http(),
        SignInTestKit.plannedScopes()).build();

    // Sign in from the CLI, use the token, have it refreshed, look at the status.
    assertEquals(0, new LoginCommand(auth).run(List.of("--force"), System.out, System.err));
    rememberStoredTokens(home);
    new MyselfApi(auth.access().clients().jiraPlatform()).getCurrentUser().execute();
    sandbox.expireAccessTokens();
    new MyselfApi(auth.access().clients().jiraPlatform()).getCurrentUser().execute();
    rememberStoredTokens(home);
    assertEquals(0, new StatusCommand(auth).run(List.of(), System.out, System.err));
    messages.add(auth.status().toString());
    messages.add(new FileCredentialStore(home).read().orElseThrow().toString());
    messages.add(ServerConfig.fromEnvironment(env).toString());

    // The refresh token dies: refused refresh.
    StoredCredentials current = new FileCredentialStore(home).read().orElseThrow();
    ServerConfig config = ServerConfig.fromEnvironment(env);
    TokenEndpoint endpoint = new TokenEndpoint(config.authUrl(), config.oauthClient().orElseThrow(),
        Clock.systemUTC());
    IssuedTokens stolen = endpoint.refresh(current.refreshToken());
    secrets.add(stolen.accessToken());
    secrets.add(stolen.refreshToken().orElseThrow());
    messages.add(stolen.toString());
    sandbox.expireAccessTokens();
    AtlassianAuth restarted = AtlassianAuth.builder(config, SignInTestKit.http(), SignInTestKit.plannedScopes())
        .build();
    new FileCredentialStore(home).write(current.withTokens(new IssuedTokens(current.accessToken(),
        java.util.Optional.of("not-a-live-refresh-token-42"), Instant.now().minusSeconds(5), List.of())));
    secrets.add("not-a-live-refresh-token-42");
    expectFailure(() -> {
      try {
        new MyselfApi(restarted.access().clients().jiraPlatform()).getCurrentUser().execute();
      } catch (Exception e) {
        throw new IllegalStateException(e.getMessage());
      }
    });
    assertEquals(1, new StatusCommand(restarted).run(List.of(), System.out, System.err));

    // A wrong client secret, a wrong API token, a corrupt file.
    Map<String, String> wrongSecret = new HashMap<>(env);
    wrongSecret.put(ServerConfig.CLIENT_SECRET, "wrong-client-secret-77");
    secrets.add("wrong-client-secret-77");
    AtlassianAuth badApp = AtlassianAuth.builder(ServerConfig.fromEnvironment(wrongSecret), SignInTestKit.http(),
        SignInTestKit.plannedScopes()).build();
    assertEquals(1, new LoginCommand(badApp).run(List.of("--force"), System.out, System.err));
    secrets.add("ATATT-wrong-api-token-99");
    AtlassianAuth badToken = AtlassianAuth.builder(ServerConfig.fromEnvironment(Map.of(
        ServerConfig.SITE_URL, sandbox.siteUrl(), ServerConfig.EMAIL, sandbox.currentUser().email(),
        ServerConfig.API_TOKEN, "ATATT-wrong-api-token-99")), SignInTestKit.http(), SignInTestKit.plannedScopes())
        .build();
    assertEquals(1, new LoginCommand(badToken).run(List.of(), System.out, System.err));
    Files.writeString(home.resolve("credentials.json"), "{\"accessToken\": \"" + current.accessToken() + "\",");
    assertEquals(1, new StatusCommand(auth).run(List.of(), System.out, System.err));
    expectFailure(() -> restarted.access().clients());

    String everything = captured.toString(StandardCharsets.UTF_8) + "\n" + String.join("\n", messages);
    assertTrue(everything.contains("Signed in to Atlassian (OAuth 2.0)"), "the capture works: " + everything);
    assertTrue(everything.contains("DEBUG"), "debug logging was on: " + everything);
    assertTrue(secrets.size() >= 8, secrets.size() + " secrets collected");
    for (String secret : secrets) {
      assertFalse(everything.contains(secret), "a secret leaked into the output:\n" + everything);
    }
  }
}
