package io.github.atlassianmcp.sandbox.http;

/**
 * Ends the handling of a request with an error response built where the error was found. Carries the response,
 * never a secret; it has no stack trace because it is an answer, not a fault.
 */
public final class ApiException extends RuntimeException {

  private final transient HttpResponse response;

  public ApiException(HttpResponse response) {
    super("HTTP " + response.status(), null, false, false);
    this.response = response;
  }

  public HttpResponse response() {
    return response;
  }
}
