package io.github.atlassianmcp.server.remote;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import io.github.atlassianmcp.sandbox.AtlassianSandbox;
import io.github.atlassianmcp.sandbox.OAuthStats;
import io.github.atlassianmcp.sandbox.SandboxUser;
import io.github.atlassianmcp.server.remote.store.TokenCipher;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The team deployment end to end, with real parts only: two replicas of {@code serve --http} on their own ports
 * sharing one PostgreSQL, the stand-in OpenID Connect provider, and the sandbox as Atlassian (whose authorization
 * server revokes a token family when a spent refresh token is reused, as Atlassian does: leeway zero here).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TeamServerTest {

  private static final Set<String> READ_WRITE = Set.of("openid", "atlassian:write");
  private static final Map<String, Object> SEARCH = Map.of("jql", "project = PROJ ORDER BY key ASC",
      "max_results", 3);

  private AtlassianSandbox sandbox;
  private StandInOidcProvider provider;
  private PostgresServer postgres;
  private TeamServer team;
  private final McpHttpClient client = new McpHttpClient();

  @BeforeAll
  void start() throws Exception {
    sandbox = AtlassianSandbox.builder().refreshTokenReuseLeeway(Duration.ZERO).start();
    provider = new StandInOidcProvider();
    postgres = PostgresServer.start();
    team = new TeamServer(sandbox, provider, postgres.jdbcUrl(), postgres.user(), 2);
  }

  @AfterAll
  void stop() throws Exception {
    if (team != null) {
      team.close();
    }
    if (postgres != null) {
      postgres.close();
    }
    if (provider != null) {
      provider.close();
    }
    if (sandbox != null) {
      sandbox.close();
    }
  }

  @Test
  void withoutATokenTheAnswerIs401PointingAtTheMetadata() throws Exception {
    McpHttpClient.Answer answer = client.callTool(team.port(1), null, "jira_search", SEARCH);
    assertEquals(401, answer.status());
    String challenge = answer.headers().firstValue("WWW-Authenticate").orElseThrow();
    String metadataUrl = team.publicUrl() + "/.well-known/oauth-protected-resource/mcp";
    assertEquals("Bearer resource_metadata=\"" + metadataUrl + "\"", challenge);

    HttpResponse<String> metadata = new ScriptedBrowser().get(URI.create(metadataUrl));
    assertEquals(200, metadata.statusCode());
    JsonObject document = new com.google.gson.Gson().fromJson(metadata.body(), JsonObject.class);
    assertEquals(team.resource(), document.get("resource").getAsString());
    assertEquals(provider.issuer(), document.getAsJsonArray("authorization_servers").get(0).getAsString());
  }

  @Test
  void aTokenForAnotherAudienceAForgedOrAnExpiredOneIsRefused() throws Exception {
    for (String token : List.of(
        provider.accessToken("alice", "https://other-server.example/mcp", READ_WRITE, Duration.ofMinutes(5)),
        provider.forgedAccessToken("alice", team.resource()),
        provider.accessToken("alice", team.resource(), READ_WRITE, Duration.ofSeconds(-120)))) {
      McpHttpClient.Answer answer = client.callTool(team.port(0), token, "jira_search", SEARCH);
      assertEquals(401, answer.status());
      String challenge = answer.headers().firstValue("WWW-Authenticate").orElseThrow();
      assertTrue(challenge.startsWith("Bearer error=\"invalid_token\""), challenge);
      assertTrue(challenge.contains("resource_metadata=\""), challenge);
    }
  }

  @Test
  void aWriteToolWithoutTheWriteScopeIs403InsufficientScope() throws Exception {
    String readOnly = provider.accessToken("reader", team.resource(), Set.of("openid"), Duration.ofMinutes(5));
    McpHttpClient.Answer answer = client.callTool(team.port(0), readOnly, "jira_add_comment",
        Map.of("issue_key", "PROJ-1", "comment", "hello"));
    assertEquals(403, answer.status());
    String challenge = answer.headers().firstValue("WWW-Authenticate").orElseThrow();
    assertTrue(challenge.contains("error=\"insufficient_scope\"") && challenge.contains("scope=\"atlassian:write\""),
        challenge);
    // Reading needs no write scope: the reader is asked to link an account, not refused.
    assertEquals(-32042, client.callTool(team.port(0), readOnly, "jira_search", SEARCH).error().get("code")
        .getAsInt());
  }

  @Test
  void linkingStartsOnOneReplicaAndCompletesOnTheOther() throws Exception {
    String token = token("carol");
    McpHttpClient.Answer first = client.callTool(team.port(0), token, "jira_search", SEARCH);
    URI link = elicitedUrl(first);
    assertTrue(first.error().get("message").getAsString().contains(link.toString()),
        "the link is in the error text too, for clients without URL elicitation");

    provider.signInBrowserAs("carol");
    // Start on replica 0, land every callback on replica 1, post the form to replica 0.
    ScriptedBrowser browser = new ScriptedBrowser();
    HttpResponse<String> done = browser.link(link, alternating(), team.publicUrl());
    assertEquals(200, done.statusCode(), done.body());
    assertTrue(done.body().contains("Atlassian account linked"), done.body());
    assertEquals("DENY", done.headers().firstValue("X-Frame-Options").orElseThrow());
    assertTrue(done.headers().firstValue("Content-Security-Policy").orElseThrow().contains("frame-ancestors 'none'"));

    for (int replica = 0; replica < team.replicas(); replica++) {
      McpHttpClient.Answer answer = client.callTool(team.port(replica), token, "jira_search", SEARCH);
      assertFalse(answer.isError(), answer.text());
      assertTrue(answer.text().contains("PROJ-1"), answer.text());
    }
  }

  @Test
  void aLinkOpenedByAnotherPersonLinksNothing() throws Exception {
    URI link = elicitedUrl(client.callTool(team.port(0), token("dave"), "jira_search", SEARCH));
    provider.signInBrowserAs("mallory");
    HttpResponse<String> page = new ScriptedBrowser().link(link, alternating(), team.publicUrl());
    assertEquals(403, page.statusCode());
    assertTrue(page.body().contains("made for another person"), page.body());
    assertEquals(-32042, client.callTool(team.port(1), token("dave"), "jira_search", SEARCH).error().get("code")
        .getAsInt());
  }

  @Test
  void aCallbackReplayedInAnotherBrowserDoesNothing() throws Exception {
    URI link = elicitedUrl(client.callTool(team.port(0), token("erin"), "jira_search", SEARCH));
    provider.signInBrowserAs("erin");
    ScriptedBrowser victim = new ScriptedBrowser();
    HttpResponse<String> toProvider = victim.get(link);
    HttpResponse<String> fromProvider = victim.get(ScriptedBrowser.location(toProvider));
    // Another browser (no cookie of this flow) presents the callback: refused, and the state is spent.
    HttpResponse<String> attacker = new ScriptedBrowser().get(ScriptedBrowser.location(fromProvider));
    assertEquals(400, attacker.statusCode());
    assertEquals(400, victim.get(ScriptedBrowser.location(fromProvider)).statusCode());
  }

  @Test
  void twentyConcurrentCallsOverBothReplicasWithAnExpiredTokenRefreshOnceAndRevokeNothing() throws Exception {
    String token = linked("frank", sandbox.currentUser());
    String refreshBefore = storedRefreshToken("frank");
    sandbox.expireAccessTokens();
    OAuthStats before = sandbox.oauthStats();

    ExecutorService callers = Executors.newFixedThreadPool(20);
    try {
      List<Future<McpHttpClient.Answer>> answers = new ArrayList<>();
      for (int i = 0; i < 20; i++) {
        int replica = i % team.replicas();
        answers.add(callers.submit(() -> client.callTool(team.port(replica), token, "jira_search", SEARCH)));
      }
      for (Future<McpHttpClient.Answer> answer : answers) {
        McpHttpClient.Answer result = answer.get();
        assertEquals(200, result.status());
        assertFalse(result.isError(), result.text());
        assertTrue(result.text().contains("PROJ-1"), result.text());
      }
    } finally {
      callers.shutdownNow();
    }
    OAuthStats after = sandbox.oauthStats();
    assertEquals(1, after.refreshes() - before.refreshes(), "exactly one refresh for 20 calls on two replicas");
    assertEquals(0, after.deadRefreshTokenReuses() - before.deadRefreshTokenReuses());
    assertEquals(0, after.revokedFamilies() - before.revokedFamilies());
    assertNotEquals(refreshBefore, storedRefreshToken("frank"), "the rotated refresh token was saved");

    // What the single refresh avoided: spending the old refresh token again revokes the whole family, as Atlassian
    // does. The user then has to link again, and is told so.
    assertEquals(403, sandboxRefresh(refreshBefore));
    assertEquals(1, sandbox.oauthStats().revokedFamilies() - before.revokedFamilies());
    sandbox.expireAccessTokens();
    McpHttpClient.Answer afterRevocation = client.callTool(team.port(1), token, "jira_search", SEARCH);
    assertEquals(-32042, afterRevocation.status() == 200 && afterRevocation.error() != null
        ? afterRevocation.error().get("code").getAsInt() : 0, String.valueOf(afterRevocation.body()));
  }

  @Test
  void twoUsersNeverSeeEachOthersAccount() throws Exception {
    SandboxUser alice = sandbox.currentUser();
    SandboxUser other = sandbox.users().stream().filter(u -> !u.equals(alice) && u.active()
        && "atlassian".equals(u.accountType())).findFirst().orElseThrow();
    String grace = linked("grace", alice);
    String heidi = linked("heidi", other);
    String graceSays = client.callTool(team.port(0), grace, "authenticate_atlassian", Map.of()).text();
    String heidiSays = client.callTool(team.port(0), heidi, "authenticate_atlassian", Map.of()).text();
    assertTrue(graceSays.contains(alice.displayName()) && !graceSays.contains(other.displayName()), graceSays);
    assertTrue(heidiSays.contains(other.displayName()) && !heidiSays.contains(alice.displayName()), heidiSays);
    // Jira answers each as themselves.
    String graceMine = client.callTool(team.port(1), grace, "jira_search",
        Map.of("jql", "assignee = currentUser()", "max_results", 50)).text();
    String heidiMine = client.callTool(team.port(1), heidi, "jira_search",
        Map.of("jql", "assignee = currentUser()", "max_results", 50)).text();
    assertNotEquals(graceMine, heidiMine);
    // Someone who linked nothing gets the link, never another user's data.
    McpHttpClient.Answer ivan = client.callTool(team.port(1), token("ivan"), "jira_search", SEARCH);
    assertEquals(-32042, ivan.error().get("code").getAsInt());
    // A ciphertext moved into another user's row does not decrypt: the subject is the associated data.
    TokenCipher cipher = TokenCipher.fromKeysetJson(team.keyset());
    byte[] graceAccess = column("grace", "access_token");
    assertThrows(GeneralSecurityException.class, () -> cipher.decrypt(graceAccess, "heidi", "access_token"));
  }

  @Test
  void restartingBothReplicasLosesNoLinkedAccount() throws Exception {
    String token = linked("judy", sandbox.currentUser());
    team.stopReplicas();
    team.start();
    for (int replica = 0; replica < team.replicas(); replica++) {
      McpHttpClient.Answer answer = client.callTool(team.port(replica), token, "jira_search", SEARCH);
      assertFalse(answer.isError(), answer.text());
      assertTrue(answer.text().contains("PROJ-1"), answer.text());
    }
  }

  @Test
  void tokensInTheDatabaseAreUnreadableWithoutTheKey() throws Exception {
    linked("kim", sandbox.currentUser());
    TokenCipher right = TokenCipher.fromKeysetJson(team.keyset());
    String access = right.decrypt(column("kim", "access_token"), "kim", "access_token");
    String refresh = right.decrypt(column("kim", "refresh_token"), "kim", "refresh_token");
    for (String columnName : List.of("access_token", "refresh_token")) {
      String raw = new String(column("kim", columnName), StandardCharsets.ISO_8859_1);
      assertFalse(raw.contains(access) || raw.contains(refresh), "a token is stored in clear");
      TokenCipher wrong = TokenCipher.fromKeysetJson(TokenCipher.newKeysetJson());
      assertThrows(GeneralSecurityException.class, () -> wrong.decrypt(column("kim", columnName), "kim", columnName));
    }
  }

  // --- helpers

  private String token(String subject) throws Exception {
    return provider.accessToken(subject, team.resource(), READ_WRITE, Duration.ofMinutes(10));
  }

  /** A user who linked {@code atlassianUser}'s account through the pages; their MCP token. */
  private String linked(String subject, SandboxUser atlassianUser) throws Exception {
    String token = token(subject);
    URI link = elicitedUrl(client.callTool(team.port(1), token, "jira_search", SEARCH));
    provider.signInBrowserAs(subject);
    sandbox.signInBrowserAs(atlassianUser);
    try {
      HttpResponse<String> done = new ScriptedBrowser().link(link, alternating(), team.publicUrl());
      assertEquals(200, done.statusCode(), done.body());
    } finally {
      sandbox.signInBrowserAs(sandbox.currentUser());
    }
    return token;
  }

  /** Each request on our server to the other replica than the last one. */
  private java.util.function.UnaryOperator<URI> alternating() {
    int[] next = {0};
    return url -> {
      if (!url.toString().startsWith(team.publicUrl())) {
        return url;
      }
      int replica = next[0]++ % team.replicas();
      return URI.create("http://127.0.0.1:" + team.port(replica) + url.toString().substring(team.publicUrl()
          .length()));
    };
  }

  private static URI elicitedUrl(McpHttpClient.Answer answer) {
    assertEquals(200, answer.status());
    JsonObject error = answer.error();
    assertEquals(-32042, error.get("code").getAsInt(), String.valueOf(answer.body()));
    JsonObject elicitation = error.getAsJsonObject("data").getAsJsonArray("elicitations").get(0).getAsJsonObject();
    assertEquals("url", elicitation.get("mode").getAsString());
    return URI.create(elicitation.get("url").getAsString());
  }

  private byte[] column(String subject, String column) throws Exception {
    try (Connection connection = DriverManager.getConnection(postgres.jdbcUrl(), postgres.user(), "");
        PreparedStatement select = connection.prepareStatement(
            "SELECT " + column + " FROM atlassian_sign_in WHERE subject = ?")) {
      select.setString(1, subject);
      try (ResultSet row = select.executeQuery()) {
        assertTrue(row.next(), "no row for " + subject);
        return row.getBytes(1);
      }
    }
  }

  private String storedRefreshToken(String subject) throws Exception {
    return TokenCipher.fromKeysetJson(team.keyset()).decrypt(column(subject, "refresh_token"), subject,
        "refresh_token");
  }

  private int sandboxRefresh(String refreshToken) throws Exception {
    String form = "grant_type=refresh_token&refresh_token=" + refreshToken + "&client_id="
        + sandbox.oauthApp().clientId() + "&client_secret=" + sandbox.oauthApp().clientSecret();
    return java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(
        URI.create(sandbox.authUrl() + "/oauth/token")).header("Content-Type", "application/x-www-form-urlencoded")
        .POST(java.net.http.HttpRequest.BodyPublishers.ofString(form)).build(),
        HttpResponse.BodyHandlers.discarding()).statusCode();
  }
}
