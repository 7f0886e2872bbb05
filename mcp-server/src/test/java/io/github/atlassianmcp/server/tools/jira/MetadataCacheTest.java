package io.github.atlassianmcp.server.tools.jira;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class MetadataCacheTest {

  /** A clock the test moves. */
  private static final class MovingClock extends Clock {
    private Instant now = Instant.parse("2025-01-01T10:00:00Z");

    @Override
    public ZoneOffset getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(java.time.ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now;
    }
  }

  @Test
  void aValueIsKeptForItsLifetimeThenReadAgain() {
    MovingClock clock = new MovingClock();
    MetadataCache cache = new MetadataCache(clock, Duration.ofMinutes(5));
    AtomicInteger loads = new AtomicInteger();

    assertEquals(1, (int) cache.get("site edit PROJ-1", loads::incrementAndGet));
    clock.now = clock.now.plus(Duration.ofMinutes(4));
    assertEquals(1, (int) cache.get("site edit PROJ-1", loads::incrementAndGet));
    clock.now = clock.now.plus(Duration.ofMinutes(2));
    assertEquals(2, (int) cache.get("site edit PROJ-1", loads::incrementAndGet));
    assertEquals(3, (int) cache.get("other site edit PROJ-1", loads::incrementAndGet), "keys do not share");
  }

  @Test
  void aForgottenOrFailedLoadIsReadAgain() {
    MetadataCache cache = new MetadataCache(new MovingClock(), Duration.ofMinutes(5));
    AtomicInteger loads = new AtomicInteger();
    cache.get("k", loads::incrementAndGet);
    cache.forget("k");
    assertEquals(2, (int) cache.get("k", loads::incrementAndGet));

    assertThrows(IllegalStateException.class, () -> cache.get("failing", () -> {
      throw new IllegalStateException("Jira is down");
    }));
    assertEquals(3, (int) cache.get("failing", loads::incrementAndGet));
  }
}
