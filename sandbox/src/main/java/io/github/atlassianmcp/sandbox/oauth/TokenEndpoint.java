package io.github.atlassianmcp.sandbox.oauth;

import io.github.atlassianmcp.sandbox.OAuthApp;
import io.github.atlassianmcp.sandbox.TokenPair;
import io.github.atlassianmcp.sandbox.http.HttpRequest;
import io.github.atlassianmcp.sandbox.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

/**
 * {@code POST /oauth/token}, standing in for auth.atlassian.com's token endpoint: the authorization_code grant
 * (single-use code, same redirect_uri, PKCE verifier) and the refresh_token grant (rotation). Answers and errors
 * have Atlassian's shapes.
 */
final class TokenEndpoint {

  private final OAuthApp app;
  private final AuthorizationCodes codes;
  private final TokenStore tokens;

  TokenEndpoint(OAuthApp app, AuthorizationCodes codes, TokenStore tokens) {
    this.app = app;
    this.codes = codes;
    this.tokens = tokens;
  }

  HttpResponse handle(HttpRequest request) {
    tokens.countTokenRequest();
    try {
      TokenRequest token = TokenRequest.parse(request);
      authenticateClient(token);
      String grantType = token.require("grant_type");
      TokenPair pair = switch (grantType) {
        case "authorization_code" -> redeemCode(token);
        case "refresh_token" -> tokens.refresh(token.require("refresh_token"));
        default -> throw new OAuthError(403, "unsupported_grant_type", "Unsupported grant type: " + grantType);
      };
      return TokenResponse.of(pair);
    } catch (OAuthError error) {
      return error.response();
    }
  }

  private void authenticateClient(TokenRequest token) {
    if (token.clientId() == null || token.clientSecret() == null
        || !same(app.clientId(), token.clientId()) || !same(app.clientSecret(), token.clientSecret())) {
      throw OAuthError.badClient();
    }
  }

  private TokenPair redeemCode(TokenRequest token) {
    String value = token.require("code");
    String redirectUri = token.require("redirect_uri");
    AuthorizationCode code = codes.redeem(value).orElseThrow(OAuthError::invalidCode);
    if (!code.clientId().equals(token.clientId()) || !code.redirectUri().equals(redirectUri)) {
      throw OAuthError.invalidCode();
    }
    if (code.codeChallenge() != null) {
      String verifier = token.get("code_verifier").orElseThrow(() -> OAuthError.missing("code_verifier"));
      if (!Pkce.verifies(verifier, code.codeChallenge())) {
        throw new OAuthError(403, "invalid_grant", "Failed to verify code verifier");
      }
    }
    return tokens.issue(code.user(), code.scopes());
  }

  private static boolean same(String expected, String actual) {
    return MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8), actual.getBytes(StandardCharsets.UTF_8));
  }
}
