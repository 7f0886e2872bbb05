package io.github.atlassianmcp.sandbox.faults;

import io.github.atlassianmcp.sandbox.http.ApiFamily;
import io.github.atlassianmcp.sandbox.http.HttpResponse;
import io.github.atlassianmcp.sandbox.http.StatusText;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;

/**
 * Failures injected by tests: the next N requests to a path answer 429 with Retry-After, 503, or any other
 * status, before authentication, as Atlassian's edge answers them. A prefix matches the requested path and the
 * site path behind a gateway prefix, so {@code /rest/api/3/search/jql} catches both ways in. Thread-safe.
 */
public final class Faults {

  private final List<Fault> planned = new ArrayList<>();

  /** Plans a failure; see {@link io.github.atlassianmcp.sandbox.AtlassianSandbox#faults()}. */
  public synchronized void failNext(String pathPrefix, int times, int status, Duration retryAfter) {
    if (pathPrefix == null || !pathPrefix.startsWith("/")) {
      throw new IllegalArgumentException("pathPrefix must start with '/', e.g. /rest/api/3/search/jql");
    }
    if (times < 1) {
      throw new IllegalArgumentException("times must be at least 1, was " + times);
    }
    if (status < 400 || status > 599) {
      throw new IllegalArgumentException("status must be an error status (400-599), was " + status);
    }
    if (retryAfter != null && retryAfter.isNegative()) {
      throw new IllegalArgumentException("retryAfter must not be negative");
    }
    planned.add(new Fault(pathPrefix, times, status, retryAfter));
  }

  /** Forgets every planned failure. */
  public synchronized void clear() {
    planned.clear();
  }

  /** The failure this request meets, if one is planned for its path; uses one of that fault's times. */
  public synchronized Optional<HttpResponse> take(String path, String sitePath) {
    Iterator<Fault> faults = planned.iterator();
    while (faults.hasNext()) {
      Fault fault = faults.next();
      if (path.startsWith(fault.pathPrefix) || sitePath.startsWith(fault.pathPrefix)) {
        if (--fault.remaining == 0) {
          faults.remove();
        }
        return Optional.of(answer(fault, sitePath));
      }
    }
    return Optional.empty();
  }

  private static HttpResponse answer(Fault fault, String sitePath) {
    String message = fault.status == 429 ? "Rate limit exceeded." : StatusText.of(fault.status);
    HttpResponse response = sitePath.startsWith("/rest/") || sitePath.startsWith("/wiki/")
        ? ApiFamily.forSitePath(sitePath).error(fault.status, message)
        : HttpResponse.text(fault.status, "text/plain;charset=UTF-8", message);
    if (fault.retryAfter != null) {
      // Retry-After in whole seconds, rounded up so a client never retries early.
      long seconds = (fault.retryAfter.toMillis() + 999) / 1000;
      response = response.withHeader("Retry-After", Long.toString(seconds));
    }
    return response;
  }
}
