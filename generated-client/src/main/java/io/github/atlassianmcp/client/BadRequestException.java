package io.github.atlassianmcp.client;

/** HTTP 400: Atlassian rejected the request. {@link #errorMessages()} and {@link #fieldErrors()} say why (e.g. invalid JQL, a missing required field). */
public class BadRequestException extends ClientErrorException {

  private static final long serialVersionUID = 1L;

  protected BadRequestException(HttpExchange exchange) {
    super(exchange);
  }
}
