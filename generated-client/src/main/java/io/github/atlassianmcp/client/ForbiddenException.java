package io.github.atlassianmcp.client;

/** HTTP 403: the account may not do this (a missing permission in Jira or Confluence). */
public class ForbiddenException extends ClientErrorException {

  private static final long serialVersionUID = 1L;

  protected ForbiddenException(HttpExchange exchange) {
    super(exchange);
  }
}
