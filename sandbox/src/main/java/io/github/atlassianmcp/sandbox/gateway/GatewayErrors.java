package io.github.atlassianmcp.sandbox.gateway;

import io.github.atlassianmcp.sandbox.http.HttpResponse;
import io.github.atlassianmcp.sandbox.http.Json;

/**
 * The API gateway's own answers (api.atlassian.com), given before a request reaches a product:
 * {@code {"code":401,"message":"Unauthorized"}}.
 */
final class GatewayErrors {

  private GatewayErrors() {}

  static HttpResponse unauthorized() {
    return error(401, "Unauthorized");
  }

  /**
   * A valid token without the scopes the operation needs. Atlassian's gateway answers this with 401, not 403,
   * and names the check that failed in X-Failure-Category; a client must not take it for an expired token.
   */
  static HttpResponse scopeMismatch() {
    return error(401, "Unauthorized; scope does not match")
        .withHeader("X-Failure-Category", "FAILURE_CLIENT_SCOPE_CHECK");
  }

  static HttpResponse notFound() {
    return error(404, "Not Found");
  }

  static HttpResponse error(int status, String message) {
    return HttpResponse.json(status, Json.object().put("code", status).put("message", message).build());
  }
}
