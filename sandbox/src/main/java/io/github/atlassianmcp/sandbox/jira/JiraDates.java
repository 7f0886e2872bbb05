package io.github.atlassianmcp.sandbox.jira;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Optional;

/**
 * Dates as Jira writes and reads them: {@code 2024-01-17T12:34:00.000+0000}. Jira accepts only this form for a
 * worklog's {@code started}; so does the sandbox.
 */
public final class JiraDates {

  private static final DateTimeFormatter FORMAT =
      DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSxx").withResolverStyle(ResolverStyle.STRICT);

  private JiraDates() {}

  public static String format(Instant instant) {
    return FORMAT.format(instant.atOffset(ZoneOffset.UTC));
  }

  public static String format(LocalDate date) {
    return date.toString();
  }

  /** Reads {@code yyyy-MM-dd'T'HH:mm:ss.SSSZ}; empty for any other form. */
  public static Optional<Instant> parse(String text) {
    try {
      return Optional.of(OffsetDateTime.parse(text, FORMAT).toInstant());
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }
}
