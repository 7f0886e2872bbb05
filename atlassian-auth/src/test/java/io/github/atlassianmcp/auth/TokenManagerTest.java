package io.github.atlassianmcp.auth;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.WireMockServer;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the token manager does when the token endpoint or the disk fails in the middle of a refresh. */
class TokenManagerTest {

  private static final String ROTATED = "{\"access_token\":\"at-2\",\"refresh_token\":\"rt-2\",\"token_type\":\"Bearer\","
      + "\"expires_in\":3600,\"scope\":\"read:jira-work offline_access\"}";

  @TempDir
  Path temp;

  private WireMockServer server;
  private FileCredentialStore store;
  private TokenManager tokens;

  @BeforeEach
  void start() {
    server = new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1"));
    server.start();
    store = new FileCredentialStore(temp.resolve("home"));
    store.write(new StoredCredentials("client-1", "at-1", Instant.now().minusSeconds(60), "rt-1",
        List.of("read:jira-work", "offline_access"), new AtlassianSite("cloud", "https://acme.atlassian.net", "Acme"),
        new AtlassianUser("acc", "Ada", "ada@example.com"), Instant.now().minusSeconds(7200), Optional.empty()));
    TokenEndpoint endpoint = new TokenEndpoint(URI.create(server.baseUrl()), new OAuthClient("client-1", "secret"),
        Clock.systemUTC());
    tokens = new TokenManager(store, endpoint, "client-1", Optional.empty(), Clock.systemUTC(), Duration.ofMinutes(2));
  }

  @AfterEach
  void stop() {
    server.stop();
  }

  private void tokenEndpointAnswers(int status, String body, int delayMillis) {
    server.stubFor(post(urlEqualTo("/oauth/token")).willReturn(aResponse().withStatus(status)
        .withHeader("Content-Type", "application/json").withBody(body).withFixedDelay(delayMillis)));
  }

  @Test
  void aTransientFailureKeepsTheSignInForTheNextTry() throws Exception {
    tokenEndpointAnswers(503, "{\"error\":\"temporarily_unavailable\"}", 0);

    TokenRequestException e = assertThrows(TokenRequestException.class, tokens::accessToken);

    assertTrue(e.getMessage().contains("temporarily_unavailable"), e.getMessage());
    StoredCredentials kept = store.read().orElseThrow();
    assertTrue(kept.usable());
    assertEquals("rt-1", kept.refreshToken());

    tokenEndpointAnswers(200, ROTATED, 0);
    assertEquals("at-2", tokens.accessToken());
    assertEquals("rt-2", store.read().orElseThrow().refreshToken());
  }

  /**
   * The disk refuses the rotated pair (full, or the file blocked): the old refresh token is spent, so the new pair is
   * the only live one. It is used from memory, every answer says it could not be saved, and each call saves it again
   * until the disk takes it; it is never refreshed twice.
   */
  @Test
  void aRotatedPairThatCannotBeSavedIsUsedFromMemoryAndSavedLater() throws Exception {
    tokenEndpointAnswers(200, ROTATED, 700);
    CompletableFuture<String> call = CompletableFuture.supplyAsync(() -> {
      try {
        return tokens.accessToken();
      } catch (java.io.IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    });
    Thread.sleep(300); // the refresh is on its way: now the file cannot be replaced
    Path file = store.file();
    Files.delete(file);
    Files.createDirectories(file.resolve("blocker"));

    assertEquals("at-2", call.get(10, TimeUnit.SECONDS));
    String notice = tokens.notice().orElseThrow();
    assertTrue(notice.startsWith("Note: the renewed Atlassian sign-in could not be saved (Cannot save the Atlassian"
        + " credentials file " + file), notice);
    assertFalse(notice.contains("rt-2") || notice.contains("at-2"), notice);
    assertEquals("at-2", tokens.accessToken(), "still unsaved: used from memory");
    assertTrue(tokens.tokensInUse().containsAll(List.of("at-2", "rt-2")));

    Files.delete(file.resolve("blocker"));
    Files.delete(file);
    assertEquals("at-2", tokens.accessToken());
    assertEquals("rt-2", store.read().orElseThrow().refreshToken(), "saved on the next call");
    assertTrue(tokens.notice().isEmpty());
    server.verify(1, postRequestedFor(urlEqualTo("/oauth/token")));
  }

  /** With tokens that live less than twice the margin, a fixed margin would refresh before every call. */
  @Test
  void theRefreshMarginIsAShareOfAShortTokenLifetime() throws Exception {
    tokenEndpointAnswers(200, ROTATED.replace("\"expires_in\":3600", "\"expires_in\":90"), 0);
    assertEquals("at-2", tokens.accessToken());
    assertEquals("at-2", tokens.accessToken());
    assertEquals("at-2", tokens.accessToken());
    server.verify(1, postRequestedFor(urlEqualTo("/oauth/token")));
  }
}
