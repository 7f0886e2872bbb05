package io.github.atlassianmcp.sandbox.jql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class RelativeDatesTest {

  private static final Instant NOW = Instant.parse("2025-06-15T10:30:00Z");

  @Test
  void periodsCountBackOrForwardFromNow() {
    assertEquals(NOW.minus(Duration.ofDays(7)), parse("-7d"));
    assertEquals(NOW.minus(Duration.ofDays(16)), parse("-2w 2d"));
    assertEquals(NOW.plus(Duration.ofHours(4)), parse("4h"));
    assertEquals(NOW.minus(Duration.ofMinutes(90)), parse("-1h 30m"));
  }

  @Test
  void datesInJirasFormats() {
    assertEquals(Instant.parse("2025-01-17T00:00:00Z"), parse("2025-01-17"));
    assertEquals(Instant.parse("2025-01-17T00:00:00Z"), parse("2025/01/17"));
    assertEquals(Instant.parse("2025-01-17T12:34:00Z"), parse("2025-01-17 12:34"));
  }

  @Test
  void anythingElseIsUnreadable() {
    assertTrue(RelativeDates.parse("yesterday", NOW, ZoneOffset.UTC).isEmpty());
    assertTrue(RelativeDates.parse("2025-02-30", NOW, ZoneOffset.UTC).isEmpty());
    assertTrue(RelativeDates.parse("-7x", NOW, ZoneOffset.UTC).isEmpty());
  }

  private static Instant parse(String value) {
    return RelativeDates.parse(value, NOW, ZoneOffset.UTC).orElseThrow();
  }
}
