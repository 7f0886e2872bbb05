package io.github.atlassianmcp.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.atlassianmcp.client.jira.platform.api.MyselfApi;
import io.github.atlassianmcp.sandbox.AtlassianSandbox;
import io.github.atlassianmcp.testing.FreePort;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The library on its own, as an application uses it: no server, no environment variables. */
class AtlassianOAuthTest {

  private final AtlassianSandbox sandbox = AtlassianSandbox.builder().start();
  @TempDir
  Path home;

  @AfterEach
  void stop() {
    sandbox.close();
  }

  /** A browser that follows the authorization URL: the sandbox consents and redirects to the callback. */
  private static BrowserLauncher followingBrowser() {
    HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NORMAL).build();
    return url -> {
      http.sendAsync(HttpRequest.newBuilder(url).GET().build(), HttpResponse.BodyHandlers.discarding());
      return true;
    };
  }

  private AtlassianOAuth oauth(CredentialStore store) {
    return AtlassianOAuth.builder()
        .client(sandbox.oauthApp().clientId(), sandbox.oauthApp().clientSecret())
        .scopes(ScopeSet.forOperations("jira-platform.v3.json#getCurrentUser"))
        .authUrl(URI.create(sandbox.authUrl()))
        .apiUrl(URI.create(sandbox.apiUrl()))
        .site(URI.create(sandbox.siteUrl()))
        .redirectUri(URI.create("http://127.0.0.1:" + FreePort.loopback() + "/callback"))
        .store(store)
        .browser(followingBrowser())
        .build();
  }

  @Test
  void signsInStoresAndCallsTheSiteThroughTheGateway() {
    AtlassianOAuth oauth = oauth(new FileCredentialStore(home));
    assertFalse(oauth.status().signedIn());
    assertThrows(NotSignedInException.class, oauth::clients);

    SignInResult result = oauth.signIn(false, progress -> { });

    assertEquals(SignInResult.Outcome.SIGNED_IN, result.outcome());
    assertEquals(sandbox.cloudId(), oauth.credentials().site().cloudId());
    assertTrue(oauth.status().missingScopes().isEmpty());
    assertEquals(sandbox.currentUser().accountId(),
        new MyselfApi(oauth.clients().jiraPlatform()).getCurrentUser().execute().getAccountId());
    assertEquals(SignInResult.Outcome.ALREADY_SIGNED_IN, oauth.signIn(false, progress -> { }).outcome());

    assertTrue(oauth.logout());
    NotSignedInException gone = assertThrows(NotSignedInException.class, oauth::clients);
    assertTrue(gone.getMessage().endsWith(NotSignedInException.SIGN_IN_AGAIN), gone.getMessage());
  }

  @Test
  void scopesComeFromOperationsOrAreGiven() {
    assertTrue(ScopeSet.forOperations("jira-platform.v3.json#getCurrentUser").scopes().contains("read:jira-user"));
    assertTrue(ScopeSet.forOperations("createIssue").scopes().contains("write:jira-work"));
    IllegalArgumentException ambiguous = assertThrows(IllegalArgumentException.class,
        () -> ScopeSet.forOperations("getCurrentUser"));
    assertTrue(ambiguous.getMessage().contains("write it as spec#operationId"), ambiguous.getMessage());
    assertEquals(List.of("offline_access", "read:jira-work", "read:me"), ScopeSet.of("read:jira-work").scopes());
    IllegalArgumentException unknown = assertThrows(IllegalArgumentException.class,
        () -> ScopeSet.forOperations("noSuchOperation"));
    assertTrue(unknown.getMessage().contains("noSuchOperation is not an operation"), unknown.getMessage());
  }
}
