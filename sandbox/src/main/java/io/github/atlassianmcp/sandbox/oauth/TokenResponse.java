package io.github.atlassianmcp.sandbox.oauth;

import io.github.atlassianmcp.sandbox.TokenPair;
import io.github.atlassianmcp.sandbox.http.HttpResponse;
import io.github.atlassianmcp.sandbox.http.Json;

/** The token endpoint's success answer, as Atlassian's: access_token, expires_in, token_type, refresh_token, scope. */
public final class TokenResponse {

  private TokenResponse() {}

  public static HttpResponse of(TokenPair pair) {
    Json.ObjectBuilder body = Json.object()
        .put("access_token", pair.accessToken())
        .put("expires_in", pair.expiresIn().toSeconds())
        .put("token_type", "Bearer");
    if (pair.refreshToken() != null) {
      body.put("refresh_token", pair.refreshToken());
    }
    body.put("scope", String.join(" ", pair.scopes()));
    return HttpResponse.json(200, body.build())
        .withHeader("Cache-Control", "no-store")
        .withHeader("Pragma", "no-cache");
  }
}
