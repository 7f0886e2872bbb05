package io.github.atlassianmcp.client;

import java.util.Locale;

/**
 * The OAuth token lacks a scope the operation needs. The API gateway answers it with 401 (sometimes 403)
 * "Unauthorized; scope does not match" and {@code X-Failure-Category: FAILURE_CLIENT_SCOPE_CHECK}: not an expired
 * sign-in (a refreshed token has the same scopes), but a grant to ask the user for.
 */
public class MissingScopeException extends ForbiddenException {

  private static final long serialVersionUID = 1L;

  protected MissingScopeException(HttpExchange exchange) {
    super(exchange);
  }

  static boolean isScopeCheck(HttpExchange exchange) {
    return exchange.header("X-Failure-Category").map(c -> c.toUpperCase(Locale.ROOT).contains("SCOPE")).orElse(false)
        || exchange.body().toLowerCase(Locale.ROOT).contains("scope does not match");
  }
}
