package io.github.atlassianmcp.client;

/** HTTP 404: the issue, page, project or request does not exist, or the account cannot see it (Atlassian answers both the same way). */
public class NotFoundException extends ClientErrorException {

  private static final long serialVersionUID = 1L;

  protected NotFoundException(HttpExchange exchange) {
    super(exchange);
  }
}
