package io.github.atlassianmcp.auth;

import com.nimbusds.oauth2.sdk.AccessTokenResponse;
import com.nimbusds.oauth2.sdk.AuthorizationCode;
import com.nimbusds.oauth2.sdk.AuthorizationCodeGrant;
import com.nimbusds.oauth2.sdk.AuthorizationGrant;
import com.nimbusds.oauth2.sdk.ErrorObject;
import com.nimbusds.oauth2.sdk.OAuth2Error;
import com.nimbusds.oauth2.sdk.ParseException;
import com.nimbusds.oauth2.sdk.RefreshTokenGrant;
import com.nimbusds.oauth2.sdk.TokenErrorResponse;
import com.nimbusds.oauth2.sdk.TokenRequest;
import com.nimbusds.oauth2.sdk.TokenResponse;
import com.nimbusds.oauth2.sdk.auth.ClientSecretPost;
import com.nimbusds.oauth2.sdk.auth.Secret;
import com.nimbusds.oauth2.sdk.http.HTTPRequest;
import com.nimbusds.oauth2.sdk.http.HTTPResponse;
import com.nimbusds.oauth2.sdk.id.ClientID;
import com.nimbusds.oauth2.sdk.pkce.CodeVerifier;
import com.nimbusds.oauth2.sdk.token.AccessToken;
import com.nimbusds.oauth2.sdk.token.RefreshToken;
import java.io.IOException;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Atlassian's token endpoint ({@code {authUrl}/oauth/token}): exchanges an authorization code (with its
 * PKCE verifier) and spends refresh tokens, through Nimbus.
 *
 * <p>A token request is never retried here: if the answer to a refresh was lost, the old refresh token may already
 * be spent, and spending it again outside Atlassian's short leeway revokes the whole sign-in.
 */
public final class TokenEndpoint {

  /** Used when an answer carries no expires_in; a 401 still triggers a refresh if the token dies sooner. */
  private static final Duration ASSUMED_LIFETIME = Duration.ofHours(1);

  private final URI tokenUri;
  private final ClientSecretPost clientAuthentication;
  private final Clock clock;
  private final int connectTimeoutMillis;
  private final int readTimeoutMillis;

  public TokenEndpoint(URI authUrl, OAuthClient client, Clock clock, Duration connectTimeout, Duration readTimeout) {
    this.tokenUri = URI.create(Objects.requireNonNull(authUrl, "authUrl") + "/oauth/token");
    this.clientAuthentication = new ClientSecretPost(new ClientID(client.clientId()), new Secret(client.clientSecret()));
    this.clock = Objects.requireNonNull(clock, "clock");
    this.connectTimeoutMillis = Math.toIntExact(connectTimeout.toMillis());
    this.readTimeoutMillis = Math.toIntExact(readTimeout.toMillis());
  }

  /** With 10 s to connect and 30 s to answer. */
  public TokenEndpoint(URI authUrl, OAuthClient client, Clock clock) {
    this(authUrl, client, clock, Duration.ofSeconds(10), Duration.ofSeconds(30));
  }

  public URI tokenUri() {
    return tokenUri;
  }

  /** The authorization_code grant: the code from the callback, the redirect URI it was sent to, the PKCE verifier. */
  public IssuedTokens exchangeCode(String code, URI redirectUri, CodeVerifier verifier) throws IOException {
    AuthorizationGrant grant = new AuthorizationCodeGrant(new AuthorizationCode(code), redirectUri, verifier);
    return send(grant, "exchange the authorization code");
  }

  /**
   * The refresh_token grant.
   *
   * @throws RefreshTokenRejectedException when the refresh token is expired, revoked or spent
   */
  public IssuedTokens refresh(String refreshToken) throws IOException {
    return send(new RefreshTokenGrant(new RefreshToken(refreshToken)), "refresh the access token");
  }

  private IssuedTokens send(AuthorizationGrant grant, String purpose) throws IOException {
    HTTPRequest request = new TokenRequest(tokenUri, clientAuthentication, grant).toHTTPRequest();
    request.setConnectTimeout(connectTimeoutMillis);
    request.setReadTimeout(readTimeoutMillis);
    request.setFollowRedirects(false);
    Instant sentAt = clock.instant();
    HTTPResponse response;
    try {
      response = request.send();
    } catch (IOException e) {
      throw new TokenRequestException("Could not " + purpose + ": the Atlassian authorization server " + tokenUri
          + " did not answer (" + e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage())
          + "). Check the network and ATLASSIAN_AUTH_URL, then try again.");
    }
    TokenResponse parsed;
    try {
      parsed = TokenResponse.parse(response);
    } catch (ParseException e) {
      // Nimbus's message can quote the body, which may hold tokens: describe the answer instead.
      throw new TokenRequestException("Could not " + purpose + ": the Atlassian authorization server " + tokenUri
          + " answered HTTP " + response.getStatusCode() + " with a body that is not an OAuth token response"
          + Optional.ofNullable(response.getHeaderValue("Content-Type")).map(t -> " (" + t + ")").orElse("") + ".");
    }
    if (!parsed.indicatesSuccess()) {
      throw failure(parsed.toErrorResponse(), response.getStatusCode(), grant instanceof RefreshTokenGrant, purpose);
    }
    AccessTokenResponse success = parsed.toSuccessResponse();
    AccessToken accessToken = success.getTokens().getAccessToken();
    long lifetime = accessToken.getLifetime();
    Instant expiresAt = sentAt.plus(lifetime > 0 ? Duration.ofSeconds(lifetime) : ASSUMED_LIFETIME);
    List<String> scopes = accessToken.getScope() == null ? List.of() : accessToken.getScope().toStringList();
    Optional<String> refreshToken = Optional.ofNullable(success.getTokens().getRefreshToken())
        .map(RefreshToken::getValue);
    return new IssuedTokens(accessToken.getValue(), refreshToken, expiresAt, scopes);
  }

  private TokenRequestException failure(TokenErrorResponse error, int status, boolean refreshing, String purpose) {
    ErrorObject object = error.getErrorObject();
    String code = object == null || object.getCode() == null ? "HTTP " + status : object.getCode();
    String said = "the Atlassian authorization server answered " + code
        + (object != null && object.getDescription() != null ? " (" + brief(object.getDescription()) + ")" : "");
    // Atlassian documents 403 invalid_grant for a dead refresh token; 403 unauthorized_client ("refresh_token is
    // invalid") is seen too. Either way only a new sign-in helps, so 403 on a refresh counts as a refusal.
    if (refreshing && (OAuth2Error.INVALID_GRANT.getCode().equals(code) || status == 403)) {
      return new RefreshTokenRejectedException("Atlassian refused the stored refresh token (" + code
          + "): it expired, was revoked, or was already used.");
    }
    // 401 is how the token endpoint refuses the client itself (Atlassian says access_denied, RFC 6749 invalid_client)
    if (status == 401 || OAuth2Error.INVALID_CLIENT.getCode().equals(code)
        || OAuth2Error.UNAUTHORIZED_CLIENT.getCode().equals(code)) {
      return new TokenRequestException("Could not " + purpose + ": " + said
          + ". Check ATLASSIAN_CLIENT_ID and ATLASSIAN_CLIENT_SECRET against the app in the developer console.");
    }
    return new TokenRequestException("Could not " + purpose + ": " + said
        + (status >= 500 ? "; that is a problem on Atlassian's side, try again shortly." : "."));
  }

  /** An error description, shortened and on one line. */
  private static String brief(String text) {
    String oneLine = text.replaceAll("\\s+", " ").trim();
    return oneLine.length() > 200 ? oneLine.substring(0, 200) + "…" : oneLine;
  }
}
