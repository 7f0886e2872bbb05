package io.github.atlassianmcp.server.atlassian;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Objects;
import okhttp3.Interceptor;
import okhttp3.Request;
import okhttp3.Response;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Repeats requests Atlassian answered 429 or 503, honouring Retry-After, within the {@link RetryPolicy}'s
 * bounds. The last answer is passed on unchanged when the budget is spent, so the error seam can report it.
 */
public final class RetryInterceptor implements Interceptor {

  private static final Logger LOG = LoggerFactory.getLogger(RetryInterceptor.class);

  /** A header added to the final response: how many times the request was repeated (for the error message). */
  public static final String RETRIES_HEADER = "X-Atlassian-Mcp-Retries";

  private final RetryPolicy policy;
  private final Sleeper sleeper;

  /** Waits; a seam so tests need not sleep. */
  @FunctionalInterface
  public interface Sleeper {
    void sleep(Duration duration) throws InterruptedException;
  }

  public RetryInterceptor(RetryPolicy policy) {
    this(policy, duration -> Thread.sleep(duration.toMillis()));
  }

  public RetryInterceptor(RetryPolicy policy, Sleeper sleeper) {
    this.policy = Objects.requireNonNull(policy, "policy");
    this.sleeper = Objects.requireNonNull(sleeper, "sleeper");
  }

  @Override
  public Response intercept(Chain chain) throws IOException {
    Request request = chain.request();
    Response response = chain.proceed(request);
    if (!policy.repeatable(request)) {
      return response;
    }
    Duration waited = Duration.ZERO;
    int attempt = 0;
    while (isRetryable(response.code()) && attempt < policy.maxRetries()) {
      attempt++;
      Duration delay = policy.delay(attempt, retryAfter(response));
      if (waited.plus(delay).compareTo(policy.totalBudget()) > 0) {
        break;
      }
      LOG.info("{} {} answered {}; retry {} of {} in {} ms", request.method(), request.url().encodedPath(),
          response.code(), attempt, policy.maxRetries(), delay.toMillis());
      response.close();
      try {
        sleeper.sleep(delay);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new InterruptedIOException("Interrupted while waiting to retry " + request.url().encodedPath());
      }
      waited = waited.plus(delay);
      response = chain.proceed(request);
    }
    return attempt == 0 ? response
        : response.newBuilder().header(RETRIES_HEADER, Integer.toString(attempt)).build();
  }

  private static boolean isRetryable(int status) {
    return status == 429 || status == 503;
  }

  /** Retry-After in seconds or as an HTTP date; null when absent or unreadable. */
  static Duration retryAfter(Response response) {
    String value = response.header("Retry-After");
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return Duration.ofSeconds(Math.max(0, Long.parseLong(value.trim())));
    } catch (NumberFormatException notSeconds) {
      try {
        Duration until = Duration.between(ZonedDateTime.now(),
            ZonedDateTime.parse(value.trim(), DateTimeFormatter.RFC_1123_DATE_TIME));
        return until.isNegative() ? Duration.ZERO : until;
      } catch (DateTimeParseException notADate) {
        return null;
      }
    }
  }
}
