package io.github.atlassianmcp.sandbox.confluence;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** Dates as Confluence writes them: ISO-8601 in UTC, always with milliseconds ({@code 2024-01-17T12:34:00.000Z}). */
final class ConfluenceDates {

  private static final DateTimeFormatter FORMAT =
      DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

  private ConfluenceDates() {}

  static String format(Instant instant) {
    return FORMAT.format(instant);
  }
}
