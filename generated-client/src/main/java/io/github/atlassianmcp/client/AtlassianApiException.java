package io.github.atlassianmcp.client;

import io.github.atlassianmcp.client.http.RetryAfter;
import io.github.atlassianmcp.client.http.RetryInterceptor;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A call to Jira, Confluence or Jira Service Management that failed: the one exception family every generated
 * client throws. Catch a subclass for one kind of failure ({@link NotFoundException}, {@link RateLimitedException},
 * {@link TransportException}, ...) or this class for all.
 *
 * <p>Unchecked, like the exceptions of the AWS and Google Cloud SDKs: a failed call is rarely handled at the call
 * site, calls are made from lambdas and streams (the {@linkplain io.github.atlassianmcp.client.paging.Paginator
 * paginators} among them), and a checked exception would force a {@code throws} on every caller for nothing.
 *
 * <p>{@link #getMessage()} is one short line (method, path, status, Atlassian's own message); it never contains
 * the response body, headers or credentials. The details are accessors.
 */
public class AtlassianApiException extends RuntimeException {

  private static final long serialVersionUID = 1L;
  private static final int MAX_DETAIL_IN_MESSAGE = 300;

  private final transient HttpExchange exchange;
  private final transient AtlassianErrorBody errors;

  /** For failures with nothing on the wire to show (the generator's leftovers). */
  protected AtlassianApiException(String message) {
    super(message);
    this.exchange = HttpExchange.unanswered("", "");
    this.errors = AtlassianErrorBody.EMPTY;
  }

  protected AtlassianApiException(HttpExchange exchange, String message, Throwable cause) {
    super(message, cause);
    this.exchange = Objects.requireNonNull(exchange, "exchange");
    this.errors = AtlassianErrorBody.parse(exchange.body());
  }

  /** An answered call: the status and headers choose the subclass, the message names Atlassian's own words. */
  protected AtlassianApiException(HttpExchange exchange) {
    this(exchange, AtlassianErrorBody.parse(exchange.body()));
  }

  private AtlassianApiException(HttpExchange exchange, AtlassianErrorBody errors) {
    super(statusLine(exchange, errors));
    this.exchange = Objects.requireNonNull(exchange, "exchange");
    this.errors = errors;
  }

  /**
   * The exception for an answer with a status that is not 2xx: {@link BadRequestException} for 400,
   * {@link UnauthorizedException} for 401, {@link ForbiddenException} for 403, {@link MissingScopeException} for
   * the gateway's "scope does not match" (401 or 403), {@link NotFoundException} for 404, {@link ConflictException}
   * for 409, {@link RateLimitedException} for 429, another {@link ClientErrorException} for other 4xx,
   * {@link ServerErrorException} for 5xx, and {@link UnexpectedResponseException} for anything else.
   */
  public static AtlassianApiException forResponse(HttpExchange exchange) {
    int status = exchange.statusCode();
    if ((status == 401 || status == 403) && MissingScopeException.isScopeCheck(exchange)) {
      return new MissingScopeException(exchange);
    }
    return switch (status) {
      case 400 -> new BadRequestException(exchange);
      case 401 -> new UnauthorizedException(exchange);
      case 403 -> new ForbiddenException(exchange);
      case 404 -> new NotFoundException(exchange);
      case 409 -> new ConflictException(exchange);
      case 429 -> new RateLimitedException(exchange);
      default -> status >= 400 && status < 500 ? new ClientErrorException(exchange)
          : status >= 500 && status < 600 ? new ServerErrorException(exchange)
          : new UnexpectedResponseException(exchange, "an answer with HTTP " + status, null);
    };
  }

  /** The HTTP status, or 0 when no answer came ({@link TransportException}). */
  public int statusCode() {
    return exchange.statusCode();
  }

  /** The request's method, e.g. {@code GET}; empty when unknown. */
  public String method() {
    return exchange.method();
  }

  /** The request's URL; empty when unknown. */
  public String url() {
    return exchange.url();
  }

  /** The response headers, without cookies; empty when no answer came. */
  public Map<String, List<String>> responseHeaders() {
    return exchange.headers();
  }

  /** A response header's first value, case-insensitively. */
  public Optional<String> header(String name) {
    return exchange.header(name);
  }

  /** The response's Content-Type, if it had one. */
  public Optional<String> contentType() {
    return exchange.header("Content-Type");
  }

  /** The response body as text (at most {@link HttpExchange#MAX_BODY} characters); empty when there was none. */
  public String responseBody() {
    return exchange.body();
  }

  /**
   * Atlassian's messages from the error body, whichever product wrote it: Jira's {@code errorMessages}, Confluence's
   * {@code errors[].title/detail} and {@code message}, JSM's {@code errorMessage}, the gateway's {@code message}.
   */
  public List<String> errorMessages() {
    return errors.messages();
  }

  /** Jira's per-field errors ({@code errors}: field id to message), e.g. {@code summary -> "You must specify..."}. */
  public Map<String, String> fieldErrors() {
    return errors.fieldErrors();
  }

  /**
   * How long Atlassian asked to wait before trying again (the {@code Retry-After} header, in seconds or as an HTTP
   * date); empty when absent, unreadable, or not in the future.
   */
  public Optional<Duration> retryAfter() {
    return exchange.header("Retry-After").flatMap(value -> RetryAfter.parse(value, java.time.Clock.systemUTC()))
        .filter(wait -> !wait.isZero());
  }

  /** How many times the client repeated the request before giving up (see {@link RetryInterceptor}). */
  public int retries() {
    return exchange.header(RetryInterceptor.RETRIES_HEADER).map(value -> {
      try {
        return Integer.parseInt(value.trim());
      } catch (NumberFormatException e) {
        return 0;
      }
    }).orElse(0);
  }

  /** The whole exchange, for logging or inspection. */
  public HttpExchange exchange() {
    return exchange;
  }

  /** Atlassian's messages and field errors in one line, e.g. for a user; empty when the body said nothing. */
  public String errorSummary() {
    return errors.summary();
  }

  /** "METHOD /path", what every message starts with. */
  static String request(HttpExchange exchange) {
    return (exchange.method() + " " + exchange.path()).trim();
  }

  private static String statusLine(HttpExchange exchange, AtlassianErrorBody errors) {
    StringBuilder message = new StringBuilder(request(exchange)).append(" answered HTTP ")
        .append(exchange.statusCode());
    exchange.header(RetryInterceptor.RETRIES_HEADER).ifPresent(n -> message.append(" after ").append(n)
        .append(n.equals("1") ? " retry" : " retries"));
    String detail = errors.summary();
    if (!detail.isEmpty()) {
      message.append(": ").append(detail.length() <= MAX_DETAIL_IN_MESSAGE ? detail
          : detail.substring(0, MAX_DETAIL_IN_MESSAGE) + "…");
    }
    return message.toString();
  }
}
