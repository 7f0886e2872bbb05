package io.github.atlassianmcp.client.http;

import java.time.Duration;
import java.util.Objects;
import java.util.Set;
import okhttp3.Request;

/**
 * When a request that Atlassian answered 429 (rate limited) or 503 (unavailable) is sent again, and how long to
 * wait. Reads are always repeated; writes only where repeating cannot create a duplicate (PUT and DELETE, which
 * Atlassian's APIs make idempotent, and the searches sent as POST). A POST that creates something is never
 * repeated.
 *
 * @param maxRetries how many times one request is repeated at most
 * @param maxWait the longest single wait, whatever Retry-After asks for
 * @param totalBudget the longest total time spent waiting for one request
 * @param initialBackoff the first wait when Atlassian gives no usable Retry-After; doubled on every retry
 */
public record RetryPolicy(int maxRetries, Duration maxWait, Duration totalBudget, Duration initialBackoff) {

  /** Jira and Confluence answer searches to POST; they read, so repeating them is safe. */
  private static final Set<String> READS_SENT_AS_POST = Set.of(
      "/rest/api/3/search/jql",
      "/rest/api/3/search/approximate-count",
      "/rest/api/3/jql/parse");

  private static final Set<String> IDEMPOTENT_METHODS = Set.of("GET", "HEAD", "OPTIONS", "PUT", "DELETE");

  public RetryPolicy {
    if (maxRetries < 0) {
      throw new IllegalArgumentException("maxRetries must be >= 0");
    }
    Objects.requireNonNull(maxWait, "maxWait");
    Objects.requireNonNull(totalBudget, "totalBudget");
    Objects.requireNonNull(initialBackoff, "initialBackoff");
    if (maxWait.isNegative() || totalBudget.isNegative() || initialBackoff.isNegative()) {
      throw new IllegalArgumentException("durations must not be negative");
    }
  }

  /** Three retries, each wait at most 10 s, at most 30 s in all; 1 s, 2 s, 4 s without Retry-After. */
  public static RetryPolicy standard() {
    return new RetryPolicy(3, Duration.ofSeconds(10), Duration.ofSeconds(30), Duration.ofSeconds(1));
  }

  /** No retries: every 429 and 503 reaches the caller at once. */
  public static RetryPolicy never() {
    return new RetryPolicy(0, Duration.ZERO, Duration.ZERO, Duration.ZERO);
  }

  /** Whether sending this request twice cannot do something twice. */
  public boolean repeatable(Request request) {
    if (IDEMPOTENT_METHODS.contains(request.method())) {
      return true;
    }
    String path = request.url().encodedPath();
    return request.method().equals("POST") && READS_SENT_AS_POST.stream().anyMatch(path::endsWith);
  }

  /**
   * How long to wait before retry number {@code attempt} (1-based), given the server's Retry-After if any; never
   * longer than {@link #maxWait}. A Retry-After that is absent, unreadable, zero, negative or in the past gives the
   * exponential backoff instead, so a broken header cannot make the client hammer Atlassian.
   */
  public Duration delay(int attempt, Duration retryAfter) {
    boolean usable = retryAfter != null && retryAfter.compareTo(Duration.ZERO) > 0;
    Duration wanted = usable ? retryAfter : initialBackoff.multipliedBy(1L << Math.min(Math.max(attempt, 1) - 1, 16));
    return wanted.compareTo(maxWait) > 0 ? maxWait : wanted;
  }
}
