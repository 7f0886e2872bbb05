package io.github.atlassianmcp.sandbox.oauth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import io.github.atlassianmcp.sandbox.AtlassianSandbox;
import io.github.atlassianmcp.sandbox.OAuthDance;
import io.github.atlassianmcp.sandbox.OAuthDance.Pkce;
import io.github.atlassianmcp.sandbox.TestHttp;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class AuthorizationCodeFlowTest {

  private static AtlassianSandbox sandbox;
  private static final TestHttp http = new TestHttp();
  private static OAuthDance dance;

  @BeforeAll
  static void start() {
    sandbox = AtlassianSandbox.builder().start();
    dance = new OAuthDance(sandbox, http);
  }

  @AfterAll
  static void stop() {
    sandbox.close();
  }

  @Test
  void theCodeFlowWithPkceYieldsTokensThatWorkOnTheGateway() {
    Pkce pkce = Pkce.fresh();
    String code = dance.code("read:jira-work read:jira-user read:me offline_access", pkce);
    TestHttp.Answer answer = dance.exchange(code, OAuthDance.REDIRECT, pkce.verifier());

    assertEquals(200, answer.status(), answer.toString());
    assertEquals("no-store", answer.header("cache-control"));
    JsonObject tokens = answer.json().getAsJsonObject();
    assertEquals("Bearer", tokens.get("token_type").getAsString());
    assertEquals(3600, tokens.get("expires_in").getAsInt());
    assertEquals("read:jira-work read:jira-user read:me offline_access", tokens.get("scope").getAsString());
    assertNotNull(tokens.get("refresh_token"));

    TestHttp.Answer me = http.get(sandbox.apiUrl() + "/me",
        "Authorization", TestHttp.bearer(tokens.get("access_token").getAsString()));
    assertEquals(200, me.status(), me.toString());
    assertEquals(sandbox.currentUser().accountId(), me.json().getAsJsonObject().get("account_id").getAsString());
  }

  @Test
  void withoutOfflineAccessThereIsNoRefreshToken() {
    Pkce pkce = Pkce.fresh();
    TestHttp.Answer answer = dance.exchange(dance.code("read:jira-work", pkce), OAuthDance.REDIRECT, pkce.verifier());
    assertEquals(200, answer.status(), answer.toString());
    assertNull(answer.json().getAsJsonObject().get("refresh_token"));
  }

  @Test
  void aJsonBodyAndHttpBasicClientAuthenticationAreAccepted() {
    Pkce pkce = Pkce.fresh();
    String code = dance.code("read:jira-work", pkce);
    String body = "{\"grant_type\":\"authorization_code\",\"code\":\"" + code + "\",\"redirect_uri\":\""
        + OAuthDance.REDIRECT + "\",\"code_verifier\":\"" + pkce.verifier() + "\"}";
    TestHttp.Answer answer = http.postJson(sandbox.authUrl() + "/oauth/token", body, "Authorization",
        TestHttp.basic(sandbox.oauthApp().clientId(), sandbox.oauthApp().clientSecret()));
    assertEquals(200, answer.status(), answer.toString());
  }

  @Test
  void aWrongVerifierIsRefused() {
    Pkce pkce = Pkce.fresh();
    String code = dance.code("read:jira-work", pkce);
    TestHttp.Answer answer = dance.exchange(code, OAuthDance.REDIRECT, Pkce.fresh().verifier());
    assertOAuthError(answer, 403, "invalid_grant", "Failed to verify code verifier");
  }

  @Test
  void aMissingVerifierIsRefusedWhenAChallengeWasSent() {
    String code = dance.code("read:jira-work", Pkce.fresh());
    assertOAuthError(dance.exchange(code, OAuthDance.REDIRECT, null), 400, "invalid_request",
        "Missing required parameter: code_verifier");
  }

  @Test
  void aCodeWorksOnce() {
    Pkce pkce = Pkce.fresh();
    String code = dance.code("read:jira-work", pkce);
    assertEquals(200, dance.exchange(code, OAuthDance.REDIRECT, pkce.verifier()).status());
    assertOAuthError(dance.exchange(code, OAuthDance.REDIRECT, pkce.verifier()), 403, "invalid_grant",
        "Invalid authorization code");
  }

  @Test
  void aFailedExchangeUsesTheCodeUp() {
    Pkce pkce = Pkce.fresh();
    String code = dance.code("read:jira-work", pkce);
    assertEquals(403, dance.exchange(code, OAuthDance.REDIRECT, "wrong-verifier-000000000000000000000000000").status());
    assertOAuthError(dance.exchange(code, OAuthDance.REDIRECT, pkce.verifier()), 403, "invalid_grant",
        "Invalid authorization code");
  }

  @Test
  void aRedirectUriOtherThanTheAuthorizedOneIsRefused() {
    Pkce pkce = Pkce.fresh();
    String code = dance.code("read:jira-work", pkce);
    assertOAuthError(dance.exchange(code, "http://127.0.0.1:47123/other", pkce.verifier()), 403, "invalid_grant",
        "Invalid authorization code");
  }

  @Test
  void anUnknownCodeIsRefused() {
    assertOAuthError(dance.exchange("no-such-code", OAuthDance.REDIRECT, "x"), 403, "invalid_grant",
        "Invalid authorization code");
  }

  @Test
  void aWrongClientSecretIsRefusedWith401() {
    Pkce pkce = Pkce.fresh();
    String code = dance.code("read:jira-work", pkce);
    TestHttp.Answer answer = http.postForm(sandbox.authUrl() + "/oauth/token", Map.of(
        "grant_type", "authorization_code", "client_id", sandbox.oauthApp().clientId(),
        "client_secret", "not-the-secret", "code", code, "redirect_uri", OAuthDance.REDIRECT,
        "code_verifier", pkce.verifier()));
    assertOAuthError(answer, 401, "access_denied", "Unauthorized");
    assertFalse(answer.body().contains(sandbox.oauthApp().clientSecret()));
  }

  @Test
  void anUnsupportedGrantTypeIsRefused() {
    TestHttp.Answer answer = http.postForm(sandbox.authUrl() + "/oauth/token", Map.of(
        "grant_type", "password", "client_id", sandbox.oauthApp().clientId(),
        "client_secret", sandbox.oauthApp().clientSecret()));
    assertOAuthError(answer, 403, "unsupported_grant_type", "Unsupported grant type: password");
  }

  @Test
  void anUnknownClientGetsAnErrorPageNotARedirect() {
    String url = dance.authorizeUrl("read:jira-work", "s", Pkce.fresh())
        .replace(TestHttp.enc(sandbox.oauthApp().clientId()), "someone-else");
    TestHttp.Answer answer = http.get(url);
    assertEquals(400, answer.status());
    assertNull(answer.header("location"));
    assertTrue(answer.body().contains("client_id"), answer.body());
  }

  @Test
  void aRedirectUriOffLoopbackGetsAnErrorPage() {
    String url = dance.authorizeUrl("read:jira-work", "s", Pkce.fresh())
        .replace(TestHttp.enc(OAuthDance.REDIRECT), TestHttp.enc("https://evil.example.com/cb"));
    TestHttp.Answer answer = http.get(url);
    assertEquals(400, answer.status());
    assertNull(answer.header("location"));
  }

  @Test
  void anUnknownScopeIsSentBackAsInvalidScope() {
    TestHttp.Answer answer = http.get(dance.authorizeUrl("read:jira-work write:everything", "s1", Pkce.fresh()));
    assertEquals(302, answer.status());
    Map<String, String> query = TestHttp.queryOf(answer.header("location"));
    assertEquals("invalid_scope", query.get("error"));
    assertEquals("s1", query.get("state"));
    assertTrue(query.get("error_description").contains("write:everything"));
  }

  @Test
  void theAudienceMustBeTheGateway() {
    String url = dance.authorizeUrl("read:jira-work", "s2", Pkce.fresh())
        .replace("audience=api.atlassian.com", "audience=example.com");
    Map<String, String> query = TestHttp.queryOf(http.get(url).header("location"));
    assertEquals("invalid_request", query.get("error"));
  }

  @Test
  void onlyTheS256ChallengeMethodIsAccepted() {
    String url = dance.authorizeUrl("read:jira-work", "s3", Pkce.fresh()).replace("method=S256", "method=plain");
    Map<String, String> query = TestHttp.queryOf(http.get(url).header("location"));
    assertEquals("invalid_request", query.get("error"));
  }

  private static void assertOAuthError(TestHttp.Answer answer, int status, String error, String description) {
    assertEquals(status, answer.status(), answer.toString());
    JsonObject body = answer.json().getAsJsonObject();
    assertEquals(error, body.get("error").getAsString(), answer.toString());
    assertEquals(description, body.get("error_description").getAsString(), answer.toString());
  }
}
