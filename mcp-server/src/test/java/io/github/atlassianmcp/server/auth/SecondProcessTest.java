package io.github.atlassianmcp.server.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.atlassianmcp.auth.FileCredentialStore;
import io.github.atlassianmcp.auth.SignInProgress;
import io.github.atlassianmcp.auth.StoredCredentials;
import io.github.atlassianmcp.client.jira.platform.api.MyselfApi;
import io.github.atlassianmcp.sandbox.AtlassianSandbox;
import io.github.atlassianmcp.server.config.ServerConfig;
import io.github.atlassianmcp.testing.ChildJvm;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A sign-in made by one process is used by another one, which may even rotate the tokens under the first. */
class SecondProcessTest {

  @TempDir
  Path temp;

  private AtlassianSandbox sandbox;

  @BeforeEach
  void start() {
    sandbox = AtlassianSandbox.builder().refreshTokenReuseLeeway(Duration.ZERO).start();
  }

  @AfterEach
  void stop() {
    sandbox.close();
  }

  @Test
  void aSecondProcessUsesTheStoredSignInAndTheFirstFollowsItsRotation() throws Exception {
    Path home = temp.resolve("home");
    Map<String, String> env = SignInTestKit.oauthEnvironment(sandbox, home, SignInTestKit.freePort());
    Map<String, String> withBrowser = new java.util.HashMap<>(env);
    withBrowser.put(ServerConfig.BROWSER,
        SignInTestKit.browserVariable(SignInTestKit.scriptedBrowser(temp), temp.resolve("page.html")));
    AtlassianAuth first = AtlassianAuth.builder(ServerConfig.fromEnvironment(withBrowser), SignInTestKit.http(),
        SignInTestKit.plannedScopes()).build();
    first.signIn(false, SignInProgress.ignored());
    assertEquals(sandbox.currentUser().accountId(),
        new MyselfApi(first.access().clients().jiraPlatform()).getCurrentUser().execute().getAccountId());
    assertEquals(1, sandbox.oauthStats().tokenRequests());

    sandbox.expireAccessTokens(); // the second process must refresh, rotating the pair the first one holds
    Path output = temp.resolve("child.log");
    Process child = ChildJvm.start(SignedInChild.class, env, output.toFile());
    assertTrue(child.waitFor(60, TimeUnit.SECONDS));
    String printed = Files.readString(output);

    assertEquals(0, child.exitValue(), printed);
    assertTrue(printed.contains("account " + sandbox.currentUser().accountId()), printed);
    assertTrue(printed.contains("Signed in to Atlassian (OAuth 2.0) as " + sandbox.currentUser().displayName()),
        printed);
    assertEquals(1, sandbox.oauthStats().refreshes(), "the second process refreshed once");
    assertEquals(2, sandbox.oauthStats().tokenRequests(), "and did not sign in again");
    StoredCredentials onDisk = new FileCredentialStore(home).read().orElseThrow();
    assertFalse(printed.contains(onDisk.accessToken()) || printed.contains(onDisk.refreshToken()), printed);

    // The first process still holds the old access token; its 401 leads it to the pair the child saved.
    assertEquals(sandbox.currentUser().accountId(),
        new MyselfApi(first.access().clients().jiraPlatform()).getCurrentUser().execute().getAccountId());
    assertEquals(1, sandbox.oauthStats().refreshes());
    assertEquals(0, sandbox.oauthStats().deadRefreshTokenReuses());
    assertEquals(0, sandbox.oauthStats().revokedFamilies());
  }
}
