package io.github.atlassianmcp.sandbox.jql;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Date values as JQL and CQL accept them: {@code yyyy-MM-dd}, {@code yyyy/MM/dd}, either with {@code HH:mm}, or a
 * period relative to now such as {@code -7d}, {@code -2w}, {@code 4w 2d}, {@code -1h 30m}.
 */
public final class RelativeDates {

  /** The tail of Jira's message for a date it cannot read. */
  public static final String VALID_FORMATS = "Valid formats include: 'yyyy/MM/dd HH:mm', 'yyyy-MM-dd HH:mm',"
      + " 'yyyy/MM/dd', 'yyyy-MM-dd', or a period format e.g. '-5d', '4w 2d'.";

  private static final Pattern PERIOD = Pattern.compile("([-+]?)\\s*((?:\\d+\\s*[yMwdhm]\\s*)+)");
  private static final Pattern PART = Pattern.compile("(\\d+)\\s*([yMwdhm])");
  private static final DateTimeFormatter[] DATE_TIMES = {
      DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm"), DateTimeFormatter.ofPattern("uuuu/MM/dd HH:mm")};
  private static final DateTimeFormatter[] DATES = {
      DateTimeFormatter.ofPattern("uuuu-MM-dd"), DateTimeFormatter.ofPattern("uuuu/MM/dd")};

  private RelativeDates() {}

  /** The instant a date value stands for, in the given zone, relative to {@code now}; empty when unreadable. */
  public static Optional<Instant> parse(String value, Instant now, ZoneId zone) {
    String trimmed = value.trim();
    Matcher period = PERIOD.matcher(trimmed);
    if (period.matches()) {
      Duration offset = period(period.group(2));
      return Optional.of(period.group(1).equals("-") ? now.minus(offset) : now.plus(offset));
    }
    for (DateTimeFormatter format : DATE_TIMES) {
      try {
        return Optional.of(LocalDateTime.parse(trimmed, format.withResolverStyle(ResolverStyle.STRICT))
            .atZone(zone).toInstant());
      } catch (DateTimeParseException e) {
        // try the next format
      }
    }
    for (DateTimeFormatter format : DATES) {
      try {
        return Optional.of(LocalDate.parse(trimmed, format.withResolverStyle(ResolverStyle.STRICT))
            .atStartOfDay(zone).toInstant());
      } catch (DateTimeParseException e) {
        // try the next format
      }
    }
    return Optional.empty();
  }

  /** A period such as {@code 4w 2d}; a month is 30 days and a year 365, as Jira counts them. */
  public static Optional<Duration> periodOf(String text) {
    Matcher matcher = PERIOD.matcher(text.trim());
    if (!matcher.matches()) {
      return Optional.empty();
    }
    Duration duration = period(matcher.group(2));
    return Optional.of(matcher.group(1).equals("-") ? duration.negated() : duration);
  }

  private static Duration period(String parts) {
    Duration total = Duration.ZERO;
    Matcher part = PART.matcher(parts);
    while (part.find()) {
      long amount = Long.parseLong(part.group(1));
      total = total.plus(switch (part.group(2)) {
        case "y" -> Duration.ofDays(365 * amount);
        case "M" -> Duration.ofDays(30 * amount);
        case "w" -> Duration.ofDays(7 * amount);
        case "d" -> Duration.ofDays(amount);
        case "h" -> Duration.ofHours(amount);
        default -> Duration.ofMinutes(amount);
      });
    }
    return total;
  }
}
