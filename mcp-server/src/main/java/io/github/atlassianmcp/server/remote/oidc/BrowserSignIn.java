package io.github.atlassianmcp.server.remote.oidc;

import com.nimbusds.jwt.JWT;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.oauth2.sdk.AuthorizationCode;
import com.nimbusds.oauth2.sdk.AuthorizationCodeGrant;
import com.nimbusds.oauth2.sdk.ResponseType;
import com.nimbusds.oauth2.sdk.Scope;
import com.nimbusds.oauth2.sdk.TokenRequest;
import com.nimbusds.oauth2.sdk.TokenResponse;
import com.nimbusds.oauth2.sdk.auth.ClientAuthentication;
import com.nimbusds.oauth2.sdk.auth.ClientSecretBasic;
import com.nimbusds.oauth2.sdk.auth.Secret;
import com.nimbusds.oauth2.sdk.http.HTTPRequest;
import com.nimbusds.oauth2.sdk.id.ClientID;
import com.nimbusds.oauth2.sdk.id.Issuer;
import com.nimbusds.oauth2.sdk.id.State;
import com.nimbusds.oauth2.sdk.pkce.CodeChallengeMethod;
import com.nimbusds.oauth2.sdk.pkce.CodeVerifier;
import com.nimbusds.openid.connect.sdk.AuthenticationRequest;
import com.nimbusds.openid.connect.sdk.Nonce;
import com.nimbusds.openid.connect.sdk.OIDCTokenResponse;
import com.nimbusds.openid.connect.sdk.OIDCTokenResponseParser;
import com.nimbusds.openid.connect.sdk.validators.IDTokenValidator;
import java.net.MalformedURLException;
import java.net.URI;
import java.util.Objects;
import java.util.Optional;

/**
 * Signs a browser in with the team's OpenID Connect provider (authorization code with PKCE and a nonce), so that
 * the /connect page knows whose Atlassian account it is linking: the ID token's subject is compared with the
 * subject of the MCP token that asked for the link.
 */
public final class BrowserSignIn {

  /** Who signed in: the subject, and a name to greet them with. */
  public record SignedIn(String subject, String displayName) {}

  private final OidcProvider provider;
  private final ClientID clientId;
  private final Optional<Secret> secret;
  private final URI redirectUri;
  private final IDTokenValidator idTokens;

  public BrowserSignIn(OidcProvider provider, String clientId, Optional<String> clientSecret, URI redirectUri) {
    this.provider = Objects.requireNonNull(provider, "provider");
    this.clientId = new ClientID(clientId);
    this.secret = clientSecret.map(Secret::new);
    this.redirectUri = Objects.requireNonNull(redirectUri, "redirectUri");
    try {
      this.idTokens = new IDTokenValidator(new Issuer(provider.issuer().toString()), this.clientId,
          provider.idTokenAlgorithms().get(0), provider.jwksUri().toURL());
    } catch (MalformedURLException e) {
      throw new IllegalArgumentException("The provider's jwks_uri is not a URL: " + provider.jwksUri());
    }
  }

  /** The provider's sign-in page for this state, nonce and PKCE verifier. */
  public URI authorizationUrl(State state, Nonce nonce, CodeVerifier verifier) {
    return new AuthenticationRequest.Builder(new ResponseType(ResponseType.Value.CODE), new Scope("openid", "profile",
        "email"), clientId, redirectUri)
        .endpointURI(provider.authorizationEndpoint())
        .state(state)
        .nonce(nonce)
        .codeChallenge(verifier, CodeChallengeMethod.S256)
        .build()
        .toURI();
  }

  /**
   * Exchanges the code and checks the ID token (signature, issuer, audience, expiry, nonce).
   *
   * @throws IllegalStateException with a sentence for the page when any of it fails
   */
  public SignedIn finish(String code, CodeVerifier verifier, Nonce nonce) {
    AuthorizationCodeGrant grant = new AuthorizationCodeGrant(new AuthorizationCode(code), redirectUri, verifier);
    TokenRequest request = secret.isPresent()
        ? new TokenRequest(provider.tokenEndpoint(), (ClientAuthentication) new ClientSecretBasic(clientId,
            secret.get()), grant, null)
        : new TokenRequest(provider.tokenEndpoint(), clientId, grant, null);
    HTTPRequest http = request.toHTTPRequest();
    http.setConnectTimeout(10_000);
    http.setReadTimeout(30_000);
    JWT idToken;
    try {
      TokenResponse response = OIDCTokenResponseParser.parse(http.send());
      if (!response.indicatesSuccess()) {
        throw new IllegalStateException("The sign-in provider refused the sign-in ("
            + response.toErrorResponse().getErrorObject().getCode() + "). Start again from the link.");
      }
      idToken = ((OIDCTokenResponse) response.toSuccessResponse()).getOIDCTokens().getIDToken();
    } catch (IllegalStateException e) {
      throw e;
    } catch (Exception e) {
      throw new IllegalStateException("The sign-in provider could not be reached or answered unexpectedly ("
          + e.getClass().getSimpleName() + "). Start again from the link.");
    }
    JWTClaimsSet claims;
    try {
      claims = JWTClaimsSet.parse(idTokens.validate(idToken, nonce).toJSONObject());
    } catch (Exception e) {
      throw new IllegalStateException("The sign-in provider's ID token was not valid (" + e.getMessage()
          + "). Start again from the link.");
    }
    String name = Optional.ofNullable((String) claims.getClaim("email"))
        .or(() -> Optional.ofNullable((String) claims.getClaim("name")))
        .or(() -> Optional.ofNullable((String) claims.getClaim("preferred_username")))
        .orElse(claims.getSubject());
    return new SignedIn(claims.getSubject(), name);
  }
}
