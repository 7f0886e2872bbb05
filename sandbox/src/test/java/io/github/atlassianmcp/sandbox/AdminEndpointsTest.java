package io.github.atlassianmcp.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class AdminEndpointsTest {

  private final TestHttp http = new TestHttp();

  @Test
  void faultsCanBePlannedOverHttp() {
    try (AtlassianSandbox sandbox = AtlassianSandbox.builder().start()) {
      TestHttp.Answer planned = http.postJson(sandbox.baseUrl() + "/__sandbox/faults",
          "{\"pathPrefix\":\"/me\",\"times\":1,\"status\":429,\"retryAfterSeconds\":7}");
      assertEquals(204, planned.status(), planned.toString());
      TestHttp.Answer limited = http.get(sandbox.apiUrl() + "/me");
      assertEquals(429, limited.status());
      assertEquals("7", limited.header("retry-after"));

      TestHttp.Answer bad = http.postJson(sandbox.baseUrl() + "/__sandbox/faults", "{\"times\":1}");
      assertEquals(400, bad.status());
      assertTrue(bad.body().contains("pathPrefix"), bad.body());
    }
  }

  @Test
  void tokensCanBeMintedAndExpiredOverHttp() {
    try (AtlassianSandbox sandbox = AtlassianSandbox.builder().start()) {
      TestHttp.Answer minted = http.postJson(sandbox.baseUrl() + "/__sandbox/tokens",
          "{\"scopes\":[\"read:me\",\"offline_access\"]}");
      assertEquals(200, minted.status(), minted.toString());
      String access = minted.json().getAsJsonObject().get("access_token").getAsString();
      assertTrue(minted.json().getAsJsonObject().has("refresh_token"));
      assertEquals(200, http.get(sandbox.apiUrl() + "/me", "Authorization", TestHttp.bearer(access)).status());
      assertEquals(204, http.postJson(sandbox.baseUrl() + "/__sandbox/tokens/expire", "").status());
      assertEquals(401, http.get(sandbox.apiUrl() + "/me", "Authorization", TestHttp.bearer(access)).status());
    }
  }

  @Test
  void theRequestLogHasNoSecretsAndTellsTheAuthKind() {
    try (AtlassianSandbox sandbox = AtlassianSandbox.builder().start()) {
      TokenPair pair = sandbox.issueTokens(Set.of("read:me", "offline_access"));
      http.get(sandbox.apiUrl() + "/me", "Authorization", TestHttp.bearer(pair.accessToken()));
      SandboxUser user = sandbox.currentUser();
      http.get(sandbox.siteUrl() + "/rest/api/3/myself?expand=groups", "Authorization",
          TestHttp.basic(user.email(), user.apiToken()));
      new OAuthDance(sandbox, http).refresh(pair.refreshToken());
      http.get(sandbox.authUrl() + "/authorize?client_id=x&code=secret-code&state=s");

      List<LoggedRequest> log = sandbox.requestLog();
      assertEquals(4, log.size());
      assertEquals(new LoggedRequest(log.get(0).time(), "GET", "/me", "", 200, AuthKind.BEARER), log.get(0));
      assertEquals(AuthKind.BASIC, log.get(1).auth());
      assertEquals("expand=groups", log.get(1).query());
      assertEquals("POST", log.get(2).method());
      assertEquals("client_id=x&code=REDACTED&state=s", log.get(3).query());

      TestHttp.Answer overHttp = http.get(sandbox.baseUrl() + "/__sandbox/requests");
      JsonArray entries = overHttp.json().getAsJsonArray();
      assertEquals(4, entries.size());
      JsonObject first = entries.get(0).getAsJsonObject();
      assertEquals("BEARER", first.get("auth").getAsString());
      for (String secret : List.of(pair.accessToken(), pair.refreshToken(), user.apiToken(),
          sandbox.oauthApp().clientSecret(), "secret-code")) {
        assertFalse(overHttp.body().contains(secret));
        assertFalse(log.toString().contains(secret));
      }
      JsonObject stats = http.get(sandbox.baseUrl() + "/__sandbox/oauth/stats").json().getAsJsonObject();
      assertEquals(1, stats.get("tokenRequests").getAsInt());
      assertEquals(1, stats.get("refreshes").getAsInt());
    }
  }

  @Test
  void anUnknownAdminPathListsTheRealOnes() {
    try (AtlassianSandbox sandbox = AtlassianSandbox.builder().start()) {
      TestHttp.Answer answer = http.get(sandbox.baseUrl() + "/__sandbox/nothing");
      assertEquals(404, answer.status());
      assertTrue(answer.body().contains("/__sandbox/faults"));
    }
  }
}
