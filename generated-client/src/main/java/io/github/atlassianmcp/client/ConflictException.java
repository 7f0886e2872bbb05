package io.github.atlassianmcp.client;

/** HTTP 409: the change conflicts with the current state, e.g. a Confluence page edited meanwhile (version conflict). Read it again and retry. */
public class ConflictException extends ClientErrorException {

  private static final long serialVersionUID = 1L;

  protected ConflictException(HttpExchange exchange) {
    super(exchange);
  }
}
