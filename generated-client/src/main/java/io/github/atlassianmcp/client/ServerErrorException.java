package io.github.atlassianmcp.client;

/** HTTP 5xx: Atlassian (or a proxy in front of it) failed. Trying again later may help; {@link #retryAfter()} says when if Atlassian did. */
public class ServerErrorException extends AtlassianApiException {

  private static final long serialVersionUID = 1L;

  protected ServerErrorException(HttpExchange exchange) {
    super(exchange);
  }
}
