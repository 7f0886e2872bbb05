package io.github.atlassianmcp.server.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.atlassianmcp.auth.FileCredentialStore;
import io.github.atlassianmcp.auth.NotSignedInException;
import io.github.atlassianmcp.auth.RefreshTokenRejectedException;
import io.github.atlassianmcp.auth.SignInStatus;
import io.github.atlassianmcp.auth.StoredCredentials;
import io.github.atlassianmcp.auth.TokenEndpoint;
import io.github.atlassianmcp.client.MissingScopeException;
import io.github.atlassianmcp.client.jira.platform.api.MyselfApi;
import io.github.atlassianmcp.sandbox.AtlassianSandbox;
import io.github.atlassianmcp.sandbox.LoggedRequest;
import io.github.atlassianmcp.sandbox.OAuthStats;
import io.github.atlassianmcp.server.config.ServerConfig;
import io.github.atlassianmcp.specs.AtlassianOperations;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Refresh before expiry and after a 401, single-flight, rotation-safe, against the sandbox's token endpoint. */
class TokenRefreshTest {

  @TempDir
  Path temp;

  private AtlassianSandbox sandbox;

  @AfterEach
  void stop() {
    if (sandbox != null) {
      sandbox.close();
    }
  }

  /** A sandbox that revokes the whole sign-in on any reuse of a spent refresh token: no leeway hides a bug. */
  private void startStrictSandbox() {
    sandbox = AtlassianSandbox.builder().refreshTokenReuseLeeway(Duration.ZERO).start();
  }

  private Path home() {
    return temp.resolve("home");
  }

  private AtlassianAuth auth(Clock clock) throws IOException {
    return auth(clock, SignInTestKit.oauthEnvironment(sandbox, home(), SignInTestKit.freePort()));
  }

  private AtlassianAuth auth(Clock clock, Map<String, String> env) {
    return AtlassianAuth.builder(ServerConfig.fromEnvironment(env), SignInTestKit.http(),
        SignInTestKit.plannedScopes()).clock(clock).build();
  }

  private static String myAccountId(AtlassianAuth auth) {
    return new MyselfApi(auth.access().clients().jiraPlatform()).getCurrentUser().execute().getAccountId();
  }

  /** Runs {@code calls} tool calls at once on {@code instances} (round robin); each must return the account id. */
  private void callConcurrently(int calls, List<AtlassianAuth> instances) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(calls);
    CountDownLatch go = new CountDownLatch(1);
    try {
      List<Future<String>> results = new ArrayList<>();
      for (int i = 0; i < calls; i++) {
        AtlassianAuth auth = instances.get(i % instances.size());
        results.add(pool.submit(() -> {
          go.await();
          return myAccountId(auth);
        }));
      }
      go.countDown();
      for (Future<String> result : results) {
        assertEquals(sandbox.currentUser().accountId(), result.get(30, TimeUnit.SECONDS));
      }
    } finally {
      pool.shutdownNow();
    }
  }

  private long gatewayCallsAnswered(int status) {
    return sandbox.requestLog().stream().filter(r -> r.path().startsWith("/ex/")).filter(r -> r.status() == status)
        .count();
  }

  @Test
  void twentyConcurrentCallsAtExpiryMakeExactlyOneRefreshAndNoDeadTokenIsUsed() throws Exception {
    startStrictSandbox();
    SignInTestKit.seedSignIn(sandbox, home(), SignInTestKit.plannedScopes());
    MovableClock clock = new MovableClock();
    AtlassianAuth auth = auth(clock);
    assertEquals(sandbox.currentUser().accountId(), myAccountId(auth));

    // The token expires on both sides: a call that used the old one would get a 401 from the gateway.
    sandbox.expireAccessTokens();
    clock.advance(Duration.ofHours(1));
    callConcurrently(20, List.of(auth));

    OAuthStats stats = sandbox.oauthStats();
    assertEquals(1, stats.refreshes());
    assertEquals(1, stats.tokenRequests());
    assertEquals(0, stats.deadRefreshTokenReuses());
    assertEquals(0, gatewayCallsAnswered(401), "a call went out with the expired token");
    assertEquals(21, gatewayCallsAnswered(200));
  }

  @Test
  void twentyConcurrentCallsRejectedWith401MakeExactlyOneRefreshAndRetryOnce() throws Exception {
    startStrictSandbox();
    SignInTestKit.seedSignIn(sandbox, home(), SignInTestKit.plannedScopes());
    AtlassianAuth auth = auth(Clock.systemUTC());
    assertEquals(sandbox.currentUser().accountId(), myAccountId(auth));

    sandbox.expireAccessTokens(); // revoked early on the server: only the 401s tell
    callConcurrently(20, List.of(auth));

    OAuthStats stats = sandbox.oauthStats();
    assertEquals(1, stats.refreshes());
    assertEquals(0, stats.deadRefreshTokenReuses());
    assertEquals(0, stats.revokedFamilies());
    assertEquals(21, gatewayCallsAnswered(200));
    assertTrue(gatewayCallsAnswered(401) <= 20, "each call retries at most once");
  }

  @Test
  void twoInstancesSharingTheFolderRefreshOnceBetweenThem() throws Exception {
    startStrictSandbox();
    SignInTestKit.seedSignIn(sandbox, home(), SignInTestKit.plannedScopes());
    MovableClock clock = new MovableClock();
    Map<String, String> env = SignInTestKit.oauthEnvironment(sandbox, home(), SignInTestKit.freePort());
    AtlassianAuth first = auth(clock, env);
    AtlassianAuth second = auth(clock, env);

    sandbox.expireAccessTokens();
    clock.advance(Duration.ofHours(1));
    callConcurrently(20, List.of(first, second));

    assertEquals(1, sandbox.oauthStats().refreshes());
    assertEquals(0, sandbox.oauthStats().deadRefreshTokenReuses());
    assertEquals(0, gatewayCallsAnswered(401));
  }

  @Test
  void theRotatedRefreshTokenSurvivesARestart() throws Exception {
    startStrictSandbox();
    StoredCredentials seeded = SignInTestKit.seedSignIn(sandbox, home(), SignInTestKit.plannedScopes());
    FileCredentialStore store = new FileCredentialStore(home());

    AtlassianAuth before = auth(Clock.systemUTC());
    sandbox.expireAccessTokens();
    assertEquals(sandbox.currentUser().accountId(), myAccountId(before));
    StoredCredentials rotated = store.read().orElseThrow();
    assertNotEquals(seeded.refreshToken(), rotated.refreshToken(), "the new refresh token is on disk");
    assertNotEquals(seeded.accessToken(), rotated.accessToken());

    AtlassianAuth afterRestart = auth(Clock.systemUTC());
    assertEquals(sandbox.currentUser().accountId(), myAccountId(afterRestart)); // the saved access token works
    sandbox.expireAccessTokens();
    assertEquals(sandbox.currentUser().accountId(), myAccountId(afterRestart)); // and so does the saved refresh token

    assertEquals(2, sandbox.oauthStats().refreshes());
    assertEquals(0, sandbox.oauthStats().deadRefreshTokenReuses());
    assertEquals(0, sandbox.oauthStats().revokedFamilies());
    assertNotEquals(rotated.refreshToken(), store.read().orElseThrow().refreshToken());
  }

  @Test
  void aRefusedRefreshTokenTurnsIntoSignInInstructionsAndIsKeptMarkedUnusable() throws Exception {
    startStrictSandbox();
    StoredCredentials seeded = SignInTestKit.seedSignIn(sandbox, home(), SignInTestKit.plannedScopes());
    FileCredentialStore store = new FileCredentialStore(home());
    // Another copy of the sign-in spent the refresh token behind this server's back, twice: family revoked.
    ServerConfig config = ServerConfig.fromEnvironment(SignInTestKit.oauthEnvironment(sandbox, home(), 1));
    TokenEndpoint endpoint = new TokenEndpoint(config.authUrl(), config.oauthClient().orElseThrow(),
        Clock.systemUTC());
    endpoint.refresh(seeded.refreshToken());
    assertThrows(RefreshTokenRejectedException.class, () -> endpoint.refresh(seeded.refreshToken()));
    AtlassianAuth auth = auth(Clock.systemUTC());
    sandbox.expireAccessTokens();

    NotSignedInException e = assertThrows(NotSignedInException.class, () -> myAccountId(auth));

    assertTrue(e.getMessage().startsWith("Not signed in to Atlassian: Atlassian refused the stored refresh token "
        + "(invalid_grant)"), e.getMessage());
    assertTrue(e.getMessage().endsWith(SignInHints.HOW_TO_SIGN_IN), e.getMessage());
    StoredCredentials kept = store.read().orElseThrow();
    assertFalse(kept.usable());
    assertTrue(kept.unusable().orElseThrow().reason().contains("refused the stored refresh token"));

    long tokenRequests = sandbox.oauthStats().tokenRequests();
    assertThrows(NotSignedInException.class, () -> auth.access().clients());
    assertEquals(tokenRequests, sandbox.oauthStats().tokenRequests(), "a dead sign-in is not tried again");
    SignInStatus status = auth.status();
    assertFalse(status.signedIn());
    assertTrue(status.problem().orElseThrow().contains("refused the stored refresh token"), status.toString());
  }

  @Test
  void aChangedClientIdMakesTheStoredSignInUnusable() throws Exception {
    startStrictSandbox();
    SignInTestKit.seedSignIn(sandbox, home(), SignInTestKit.plannedScopes());
    Map<String, String> env = new HashMap<>(SignInTestKit.oauthEnvironment(sandbox, home(), SignInTestKit.freePort()));
    env.put(ServerConfig.CLIENT_ID, "another-app");

    NotSignedInException e = assertThrows(NotSignedInException.class, () -> auth(Clock.systemUTC(), env).access()
        .clients());

    assertTrue(e.getMessage().contains("another OAuth app (ATLASSIAN_CLIENT_ID changed)"), e.getMessage());
  }

  @Test
  void aScopeMismatchIsNotMistakenForAnExpiredToken() throws Exception {
    startStrictSandbox();
    // A sign-in without what /myself needs (read:jira-user, which the service desk's user search needs too).
    OAuthScopes planned = SignInTestKit.plannedScopes();
    OAuthScopes narrower = OAuthScopes.forOperations(SignInTestKit.serverOperations().stream()
        .filter(operation -> !planned.scopesOf(operation).contains("read:jira-user")).toList(),
        AtlassianOperations.load());
    assertFalse(narrower.scopes().contains("read:jira-user"), narrower.toString());
    SignInTestKit.seedSignIn(sandbox, home(), narrower);
    AtlassianAuth auth = auth(Clock.systemUTC());

    MissingScopeException e = assertThrows(MissingScopeException.class, () -> myAccountId(auth));

    assertEquals(401, e.statusCode());
    assertEquals(0, sandbox.oauthStats().refreshes(), "a new token would have the same scopes");
    assertTrue(auth.status().missingScopes().contains("read:jira-user"), auth.status().toString());
  }

  @Test
  void notSignedInAtAllSaysHowToSignIn() throws Exception {
    startStrictSandbox();
    AtlassianAuth auth = auth(Clock.systemUTC());

    NotSignedInException e = assertThrows(NotSignedInException.class, () -> auth.access().clients());

    assertEquals("Not signed in to Atlassian: no sign-in is stored in " + home().resolve("credentials.json") + ". "
        + SignInHints.HOW_TO_SIGN_IN, e.getMessage());
    assertTrue(e.getMessage().contains("authenticate_atlassian")
        && e.getMessage().contains("java -jar atlassian-mcp-server.jar login"));
    List<LoggedRequest> log = sandbox.requestLog();
    assertEquals(List.of(), log);
  }
}
