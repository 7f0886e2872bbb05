package io.github.atlassianmcp.sandbox.jql;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The date functions JQL and CQL share: {@code now()}, {@code startOfDay()}, {@code endOfDay()},
 * {@code startOfWeek()} ... {@code endOfYear()}, each with an optional offset such as {@code -1} (in the function's
 * unit) or {@code "+2w"}. Weeks start on Monday.
 */
public final class DateFunctions {

  private static final Set<String> NAMES = Set.of("now", "startofday", "endofday", "startofweek", "endofweek",
      "startofmonth", "endofmonth", "startofyear", "endofyear");

  private DateFunctions() {}

  public static boolean isDateFunction(String name) {
    return NAMES.contains(name.toLowerCase(Locale.ROOT));
  }

  /**
   * The instant a date function stands for; empty when its argument is not an offset.
   *
   * @throws IllegalArgumentException when the name is not a date function
   */
  public static Optional<Instant> evaluate(Operand.Function function, Instant now, ZoneId zone) {
    String name = function.name().toLowerCase(Locale.ROOT);
    if (!NAMES.contains(name)) {
      throw new IllegalArgumentException(function.name() + " is not a date function");
    }
    ChronoUnit unit = unit(name);
    long steps = 0;
    Duration offset = Duration.ZERO;
    if (!function.arguments().isEmpty()) {
      String argument = function.arguments().get(0).trim();
      if (argument.matches("[-+]?\\d+")) {
        steps = Long.parseLong(argument);
      } else {
        Optional<Duration> period = RelativeDates.periodOf(argument);
        if (period.isEmpty()) {
          return Optional.empty();
        }
        offset = period.get();
      }
    }
    if (name.equals("now")) {
      // now() takes a period ("-30d"); a bare number would have no unit.
      return steps != 0 ? Optional.empty() : Optional.of(now.plus(offset));
    }
    ZonedDateTime shifted = now.atZone(zone).plus(steps, unit);
    ZonedDateTime start = startOf(shifted, unit);
    ZonedDateTime boundary = name.startsWith("start") ? start : start.plus(1, unit).minusNanos(1_000_000);
    return Optional.of(boundary.toInstant().plus(offset));
  }

  private static ZonedDateTime startOf(ZonedDateTime time, ChronoUnit unit) {
    LocalDate day = time.toLocalDate();
    LocalDate first = switch (unit) {
      case WEEKS -> day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
      case MONTHS -> day.withDayOfMonth(1);
      case YEARS -> day.withDayOfYear(1);
      default -> day;
    };
    return first.atStartOfDay(time.getZone());
  }

  private static ChronoUnit unit(String name) {
    if (name.endsWith("week")) {
      return ChronoUnit.WEEKS;
    }
    if (name.endsWith("month")) {
      return ChronoUnit.MONTHS;
    }
    if (name.endsWith("year")) {
      return ChronoUnit.YEARS;
    }
    return ChronoUnit.DAYS;
  }
}
