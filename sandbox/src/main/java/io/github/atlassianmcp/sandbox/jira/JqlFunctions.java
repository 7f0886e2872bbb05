package io.github.atlassianmcp.sandbox.jira;

import io.github.atlassianmcp.sandbox.jql.Operand;
import io.github.atlassianmcp.sandbox.jql.RelativeDates;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The JQL functions the sandbox knows: {@code currentUser()} for user fields, and {@code now()},
 * {@code startOfDay()}, {@code endOfDay()}, {@code startOfWeek()}, ... {@code endOfYear()} for dates, each
 * date function taking an optional offset such as {@code -1} or {@code "+2w"}.
 */
final class JqlFunctions {

  private static final Set<String> DATE_FUNCTIONS = Set.of("now", "startofday", "endofday", "startofweek",
      "endofweek", "startofmonth", "endofmonth", "startofyear", "endofyear");

  private final QueryContext context;

  JqlFunctions(QueryContext context) {
    this.context = context;
  }

  /** The account ID a function stands for on a user field. */
  Optional<String> userValue(Operand.Function function, String field, boolean userField, List<String> errors) {
    String name = function.name().toLowerCase(Locale.ROOT);
    if (name.equals("currentuser") && userField) {
      return Optional.of(context.caller().accountId());
    }
    errors.add(known(name)
        ? "A value provided by the function '" + function.name() + "' is invalid for the field '" + field + "'."
        : "Unable to find JQL function '" + function.name() + "()'.");
    return Optional.empty();
  }

  /** The instant a date function stands for. */
  Optional<Instant> dateValue(Operand.Function function, String field, List<String> errors) {
    String name = function.name().toLowerCase(Locale.ROOT);
    if (!DATE_FUNCTIONS.contains(name)) {
      errors.add(known(name)
          ? "A value provided by the function '" + function.name() + "' is invalid for the field '" + field + "'."
          : "Unable to find JQL function '" + function.name() + "()'.");
      return Optional.empty();
    }
    if (name.equals("now")) {
      return Optional.of(context.now());
    }
    ChronoUnit unit = unit(name);
    Optional<Duration> offset = Optional.of(Duration.ZERO);
    long steps = 0;
    if (!function.arguments().isEmpty()) {
      String argument = function.arguments().get(0).trim();
      if (argument.matches("[-+]?\\d+")) {
        steps = Long.parseLong(argument);
      } else {
        offset = RelativeDates.periodOf(argument);
      }
    }
    if (offset.isEmpty()) {
      errors.add("The function '" + function.name() + "' does not accept the argument '"
          + function.arguments().get(0) + "'. Use an offset such as -1 or \"-2w\".");
      return Optional.empty();
    }
    ZonedDateTime now = context.now().atZone(context.zone()).plus(steps, unit);
    boolean start = name.startsWith("start");
    ZonedDateTime boundary = start ? startOf(now, unit) : startOf(now, unit).plus(1, unit).minusNanos(1_000_000);
    return Optional.of(boundary.toInstant().plus(offset.get()));
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

  private static boolean known(String name) {
    return name.equals("currentuser") || DATE_FUNCTIONS.contains(name);
  }
}
