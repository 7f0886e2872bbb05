package io.github.atlassianmcp.sandbox.faults;

import java.time.Duration;

/**
 * A planned failure: the next {@code times} requests whose path starts with {@code pathPrefix} answer
 * {@code status}, with a Retry-After header when {@code retryAfter} is given. Mutable count; guarded by
 * {@link Faults}.
 */
final class Fault {

  final String pathPrefix;
  final int status;
  final Duration retryAfter;
  int remaining;

  Fault(String pathPrefix, int times, int status, Duration retryAfter) {
    this.pathPrefix = pathPrefix;
    this.remaining = times;
    this.status = status;
    this.retryAfter = retryAfter;
  }
}
