package io.github.atlassianmcp.sandbox.oauth;

import io.github.atlassianmcp.sandbox.http.HttpResponse;
import io.github.atlassianmcp.sandbox.http.Json;

/**
 * An error of the authorization server, answered as Atlassian's (Auth0-based) token endpoint does:
 * {@code {"error": ..., "error_description": ...}}.
 */
final class OAuthError extends RuntimeException {

  private final int status;
  private final String error;
  private final String description;

  OAuthError(int status, String error, String description) {
    super(error + ": " + description, null, false, false);
    this.status = status;
    this.error = error;
    this.description = description;
  }

  static OAuthError invalidRequest(String description) {
    return new OAuthError(400, "invalid_request", description);
  }

  static OAuthError missing(String parameter) {
    return invalidRequest("Missing required parameter: " + parameter);
  }

  /** What Atlassian answers for a bad, used or expired code, or a redirect_uri unlike the one authorized. */
  static OAuthError invalidCode() {
    return new OAuthError(403, "invalid_grant", "Invalid authorization code");
  }

  /** What Atlassian documents for a refresh token that is unknown, expired, rotated or revoked. */
  static OAuthError invalidRefreshToken() {
    return new OAuthError(403, "invalid_grant", "Unknown or invalid refresh token.");
  }

  static OAuthError badClient() {
    return new OAuthError(401, "access_denied", "Unauthorized");
  }

  HttpResponse response() {
    return HttpResponse.json(status, Json.object().put("error", error).put("error_description", description).build())
        .withHeader("Cache-Control", "no-store");
  }
}
