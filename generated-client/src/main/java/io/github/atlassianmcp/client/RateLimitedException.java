package io.github.atlassianmcp.client;

/**
 * HTTP 429: Atlassian is rate limiting this account or app. {@link #retryAfter()} says how long it asked to wait;
 * {@link #retries()} how often the client already retried (see {@code AtlassianClients.Builder#retries}).
 */
public class RateLimitedException extends ClientErrorException {

  private static final long serialVersionUID = 1L;

  protected RateLimitedException(HttpExchange exchange) {
    super(exchange);
  }
}
