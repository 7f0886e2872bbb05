package io.github.atlassianmcp.client;

/** HTTP 401: the credentials were missing, wrong or expired (an OAuth token that a refresh did not renew, a revoked API token). */
public class UnauthorizedException extends ClientErrorException {

  private static final long serialVersionUID = 1L;

  protected UnauthorizedException(HttpExchange exchange) {
    super(exchange);
  }
}
