package io.github.atlassianmcp.client.http;

import java.time.Clock;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * Reads a {@code Retry-After} header (RFC 9110, section 10.2.3): delta-seconds ({@code 120}) or an HTTP date
 * ({@code Wed, 21 Oct 2015 07:28:00 GMT}).
 */
public final class RetryAfter {

  /** Beyond this a number is garbage, not a wait (and would overflow a Duration). */
  private static final long MAX_SECONDS = Duration.ofDays(365).toSeconds();

  private RetryAfter() {}

  /**
   * The wait the header asks for: empty when the value is unreadable; {@link Duration#ZERO} when it is negative or
   * a date in the past (no usable wait: callers fall back to their own backoff).
   */
  public static Optional<Duration> parse(String value, Clock clock) {
    if (value == null || value.isBlank()) {
      return Optional.empty();
    }
    String text = value.trim();
    if (text.matches("[+-]?[0-9]{1,18}")) {
      long seconds = Long.parseLong(text);
      return Optional.of(Duration.ofSeconds(Math.max(0, Math.min(seconds, MAX_SECONDS))));
    }
    try {
      Duration until = Duration.between(clock.instant(),
          ZonedDateTime.parse(text, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant());
      return Optional.of(until.isNegative() ? Duration.ZERO : until);
    } catch (DateTimeParseException notADate) {
      return Optional.empty();
    }
  }
}
