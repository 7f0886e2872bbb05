package io.github.atlassianmcp.server.transport;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.function.LongSupplier;

/**
 * The requests handed to the SDK that it has not answered yet, and the messages it has queued but not written.
 * When the client closes stdin right after its last request ({@code printf '...' | java -jar ...}), the SDK would
 * stop writing at once and those answers would be lost; the end of input is passed on once they are out.
 */
final class PendingAnswers {

  private static final long POLL_MILLIS = 20;

  private final Map<String, Integer> open = new HashMap<>();
  private long queued;

  /** A request with this id went to the SDK. */
  synchronized void requested(Object id) {
    open.merge(key(id), 1, Integer::sum);
  }

  /** The SDK queued a message for stdout: {@code answeredId} when it is a response, else null. */
  synchronized void queued(Object answeredId) {
    queued++;
    if (answeredId != null) {
      open.computeIfPresent(key(answeredId), (key, count) -> count > 1 ? count - 1 : null);
    }
  }

  synchronized int open() {
    return open.size();
  }

  /**
   * Waits until every request has been answered and every queued message written ({@code linesWritten} counts
   * the SDK's lines on stdout), or until {@code limit} has passed. Polls: this runs once, at the end of a session.
   *
   * @return whether everything was written
   */
  boolean awaitWritten(LongSupplier linesWritten, Duration limit) throws InterruptedException {
    long deadline = System.nanoTime() + limit.toNanos();
    while (!settled(linesWritten.getAsLong())) {
      if (System.nanoTime() - deadline > 0) {
        return false;
      }
      Thread.sleep(POLL_MILLIS);
    }
    return true;
  }

  private synchronized boolean settled(long linesWritten) {
    return open.isEmpty() && linesWritten >= queued;
  }

  /** 1 and "1" are different ids. */
  private static String key(Object id) {
    return (id instanceof String ? "s:" : "n:") + id;
  }
}
