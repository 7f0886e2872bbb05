package io.github.atlassianmcp.client.http;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.lang.System.Logger.Level;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import okhttp3.Interceptor;
import okhttp3.Request;
import okhttp3.Response;

/**
 * Repeats requests Atlassian answered 429 or 503, honouring Retry-After, within the {@link RetryPolicy}'s bounds.
 * The last answer is passed on when the budget is spent, with {@link #RETRIES_HEADER} saying how often it was
 * repeated, so the exception (and any message built from it) can tell.
 */
public final class RetryInterceptor implements Interceptor {

  private static final System.Logger LOG = System.getLogger(RetryInterceptor.class.getName());

  /** A header added to the final response: how many times the request was repeated. */
  public static final String RETRIES_HEADER = "X-Atlassian-Client-Retries";

  private final RetryPolicy policy;
  private final Sleeper sleeper;
  private final Clock clock;

  /** Waits; a seam so tests need not sleep. */
  @FunctionalInterface
  public interface Sleeper {
    void sleep(Duration duration) throws InterruptedException;
  }

  public RetryInterceptor(RetryPolicy policy) {
    this(policy, duration -> Thread.sleep(duration.toMillis()), Clock.systemUTC());
  }

  public RetryInterceptor(RetryPolicy policy, Sleeper sleeper, Clock clock) {
    this.policy = Objects.requireNonNull(policy, "policy");
    this.sleeper = Objects.requireNonNull(sleeper, "sleeper");
    this.clock = Objects.requireNonNull(clock, "clock");
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
      Duration delay = policy.delay(attempt, RetryAfter.parse(response.header("Retry-After"), clock).orElse(null));
      if (waited.plus(delay).compareTo(policy.totalBudget()) > 0) {
        attempt--;
        break;
      }
      int status = response.code();
      LOG.log(Level.DEBUG, () -> request.method() + " " + request.url().encodedPath() + " answered " + status
          + "; retrying in " + delay.toMillis() + " ms");
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
}
