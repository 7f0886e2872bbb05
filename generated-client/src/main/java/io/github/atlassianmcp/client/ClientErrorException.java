package io.github.atlassianmcp.client;

/** An answer with a 4xx status: the request was wrong or not allowed. Its subclasses name the common ones. */
public class ClientErrorException extends AtlassianApiException {

  private static final long serialVersionUID = 1L;

  protected ClientErrorException(HttpExchange exchange) {
    super(exchange);
  }
}
