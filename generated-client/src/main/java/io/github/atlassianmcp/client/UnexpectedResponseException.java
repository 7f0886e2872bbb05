package io.github.atlassianmcp.client;

/**
 * Atlassian, or a proxy in between, answered with something that is not the JSON the operation returns: an HTML
 * page, truncated or malformed JSON, an empty body, {@code null}, or an array where an object was expected (and any
 * status outside 2xx, 4xx and 5xx). Usually a proxy, a captive portal or an outage page; trying again later may
 * help. {@link #statusCode()} and {@link #contentType()} say what came.
 */
public class UnexpectedResponseException extends AtlassianApiException {

  private static final long serialVersionUID = 1L;

  private final String reason;

  protected UnexpectedResponseException(HttpExchange exchange, String reason, Throwable cause) {
    super(exchange, request(exchange) + " answered HTTP " + exchange.statusCode()
        + exchange.header("Content-Type").map(type -> " (" + type + ")").orElse("")
        + " with something that is not the expected JSON: " + reason, cause);
    this.reason = reason;
  }

  /** The failure for an answer whose body is not what the operation returns. */
  public static UnexpectedResponseException of(HttpExchange exchange, String reason, Throwable cause) {
    return new UnexpectedResponseException(exchange, reason, cause);
  }

  /** What was wrong with the answer, e.g. "an HTML page" or "truncated or malformed JSON". */
  public String reason() {
    return reason;
  }
}
