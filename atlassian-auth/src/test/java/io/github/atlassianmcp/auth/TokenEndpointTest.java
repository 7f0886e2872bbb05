package io.github.atlassianmcp.auth;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.WireMockServer;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The token endpoint's answers that the sandbox does not give: odd error shapes, non-JSON, silence. */
class TokenEndpointTest {

  private static final String SECRET = "client-secret-value-123";
  private static final Instant NOW = Instant.parse("2030-01-01T00:00:00Z");

  private WireMockServer server;
  private TokenEndpoint endpoint;

  @BeforeEach
  void start() {
    server = new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1"));
    server.start();
    endpoint = new TokenEndpoint(URI.create(server.baseUrl()), new OAuthClient("client-1", SECRET),
        Clock.fixed(NOW, ZoneOffset.UTC), Duration.ofSeconds(2), Duration.ofSeconds(2));
  }

  @AfterEach
  void stop() {
    server.stop();
  }

  private void answer(int status, String contentType, String body) {
    server.stubFor(post(urlEqualTo("/oauth/token"))
        .willReturn(aResponse().withStatus(status).withHeader("Content-Type", contentType).withBody(body)));
  }

  @Test
  void aRefreshSendsTheClientAndTheTokenAndReadsTheRotatedPair() throws Exception {
    answer(200, "application/json", "{\"access_token\":\"at-2\",\"refresh_token\":\"rt-2\",\"token_type\":\"Bearer\","
        + "\"expires_in\":3600,\"scope\":\"read:jira-work offline_access\"}");

    IssuedTokens tokens = endpoint.refresh("rt-1");

    assertEquals(new IssuedTokens("at-2", Optional.of("rt-2"), NOW.plusSeconds(3600),
        List.of("read:jira-work", "offline_access")), tokens);
    server.verify(postRequestedFor(urlEqualTo("/oauth/token"))
        .withRequestBody(containing("grant_type=refresh_token"))
        .withRequestBody(containing("refresh_token=rt-1"))
        .withRequestBody(containing("client_id=client-1")));
  }

  @Test
  void a403OnARefreshIsARefusalWhateverItsErrorCode() {
    answer(403, "application/json", "{\"error\":\"unauthorized_client\",\"error_description\":\"refresh_token is invalid\"}");
    assertInstanceOf(RefreshTokenRejectedException.class, assertThrows(TokenRequestException.class,
        () -> endpoint.refresh("rt-1")));
    answer(400, "application/json", "{\"error\":\"invalid_grant\",\"error_description\":\"Unknown or invalid refresh token.\"}");
    assertInstanceOf(RefreshTokenRejectedException.class, assertThrows(TokenRequestException.class,
        () -> endpoint.refresh("rt-1")));
  }

  @Test
  void a401IsAboutTheAppsCredentials() {
    answer(401, "application/json", "{\"error\":\"access_denied\",\"error_description\":\"Unauthorized\"}");

    TokenRequestException e = assertThrows(TokenRequestException.class, () -> endpoint.refresh("rt-1"));

    assertFalse(e instanceof RefreshTokenRejectedException, "the refresh token may be fine");
    assertTrue(e.getMessage().contains("Check ATLASSIAN_CLIENT_ID and ATLASSIAN_CLIENT_SECRET"), e.getMessage());
    assertFalse(e.getMessage().contains(SECRET));
  }

  @Test
  void anAnswerThatIsNoTokenResponseIsDescribedNotQuoted() {
    answer(503, "text/html", "<html>maintenance rt-1</html>");
    TokenRequestException e = assertThrows(TokenRequestException.class, () -> endpoint.refresh("rt-1"));
    assertEquals("Could not refresh the access token: the Atlassian authorization server answered HTTP 503; that is a "
        + "problem on Atlassian's side, try again shortly.", e.getMessage());
    assertFalse(e instanceof RefreshTokenRejectedException, "a transient failure keeps the sign-in");

    answer(200, "application/json", "{\"access_token\":\"leaky-token\"}"); // no token_type
    e = assertThrows(TokenRequestException.class, () -> endpoint.refresh("rt-1"));
    assertFalse(e.getMessage().contains("leaky-token"), e.getMessage());
  }

  @Test
  void anUnreachableServerSaysSoAndIsNotARefusal() {
    server.stop();
    TokenRequestException e = assertThrows(TokenRequestException.class, () -> endpoint.refresh("rt-1"));
    assertFalse(e instanceof RefreshTokenRejectedException);
    assertTrue(e.getMessage().startsWith("Could not refresh the access token: the Atlassian authorization server "),
        e.getMessage());
    assertTrue(e.getMessage().contains("did not answer (ConnectException"), e.getMessage());
  }
}
