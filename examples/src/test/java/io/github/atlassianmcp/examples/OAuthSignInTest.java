package io.github.atlassianmcp.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.atlassianmcp.auth.AtlassianOAuth;
import io.github.atlassianmcp.auth.BrowserLauncher;
import io.github.atlassianmcp.auth.FileCredentialStore;
import io.github.atlassianmcp.auth.SignInResult;
import io.github.atlassianmcp.sandbox.AtlassianSandbox;
import io.github.atlassianmcp.sandbox.SandboxUser;
import io.github.atlassianmcp.testing.FreePort;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * The OAuth example's sign-in and refresh against the sandbox's authorization server, which rotates refresh tokens
 * and revokes the sign-in when a spent one comes back, as Atlassian's does.
 */
class OAuthSignInTest {

  @RegisterExtension
  static final SandboxSite SITE = new SandboxSite();

  @TempDir
  Path home;

  /** The person at the browser: the sandbox consents on its own, so following the redirects is all there is. */
  private static BrowserLauncher followingBrowser() {
    HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NORMAL).build();
    return url -> {
      http.sendAsync(HttpRequest.newBuilder(url).GET().build(), HttpResponse.BodyHandlers.discarding());
      return true;
    };
  }

  /** What {@code OAuthSignIn.main} builds, pointed at the sandbox instead of Atlassian. */
  private AtlassianOAuth oauth() {
    AtlassianSandbox sandbox = SITE.sandbox();
    return AtlassianOAuth.builder()
        .client(sandbox.oauthApp().clientId(), sandbox.oauthApp().clientSecret())
        .scopes(OAuthSignIn.scopes())
        .site(URI.create(sandbox.siteUrl()))
        .authUrl(URI.create(sandbox.authUrl()))
        .apiUrl(URI.create(sandbox.apiUrl()))
        .redirectUri(URI.create("http://127.0.0.1:" + FreePort.loopback() + "/callback"))
        .store(new FileCredentialStore(home))
        .browser(followingBrowser())
        .build();
  }

  @Test
  void signsInThenConcurrentCallersInTwoProcessesRefreshOnceWithRotation() throws Exception {
    AtlassianOAuth first = oauth();
    assertEquals(SignInResult.Outcome.SIGNED_IN, first.signIn(false, line -> { }).outcome());
    SandboxUser me = SITE.sandbox().currentUser();
    assertEquals(me.displayName() + " <" + me.email() + ">", OAuthSignIn.whoAmI(first.clients()));

    // A second instance on the same folder stands for a second process: the file's lock is all they share.
    AtlassianOAuth second = oauth();
    assertEquals(SignInResult.Outcome.ALREADY_SIGNED_IN, second.signIn(false, line -> { }).outcome());
    String spentRefreshToken = first.credentials().refreshToken();
    long refreshes = SITE.sandbox().oauthStats().refreshes();

    SITE.sandbox().expireAccessTokens();
    ExecutorService pool = Executors.newFixedThreadPool(8);
    List<Callable<String>> calls = new ArrayList<>();
    for (int i = 0; i < 16; i++) {
      AtlassianOAuth oauth = i % 2 == 0 ? first : second;
      calls.add(() -> OAuthSignIn.whoAmI(oauth.clients()));
    }
    try {
      for (Future<String> answer : pool.invokeAll(calls)) {
        assertTrue(answer.get().startsWith(me.displayName()), answer.get());
      }
    } finally {
      pool.shutdownNow();
    }

    assertEquals(refreshes + 1, SITE.sandbox().oauthStats().refreshes(), "one refresh for 16 callers");
    assertEquals(0, SITE.sandbox().oauthStats().deadRefreshTokenReuses());
    assertEquals(0, SITE.sandbox().oauthStats().revokedFamilies());
    String rotated = new FileCredentialStore(home).read().orElseThrow().refreshToken();
    assertNotEquals(spentRefreshToken, rotated, "the new refresh token is saved before use");
    assertEquals(rotated, second.credentials().refreshToken());
  }
}
