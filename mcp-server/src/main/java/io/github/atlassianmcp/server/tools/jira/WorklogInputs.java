package io.github.atlassianmcp.server.tools.jira;

import io.github.atlassianmcp.client.AtlassianDateTimeAdapter;
import io.github.atlassianmcp.server.tools.ToolInputException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/** Reads the time spent and the start of a worklog the way people write them. */
final class WorklogInputs {

  /** Jira's duration form: weeks, days, hours, minutes, e.g. "1h 30m", "2d", "1.5h". */
  private static final Pattern TIME_SPENT = Pattern.compile("(\\d+(\\.\\d+)?\\s*[wdhm]\\s*)+");
  /** When only a date is given, work is taken to have started at the beginning of a working day. */
  private static final LocalTime DAY_START = LocalTime.of(9, 0);

  private final Clock clock;

  WorklogInputs(Clock clock) {
    this.clock = clock;
  }

  String timeSpent(String value) {
    String normalized = value.trim().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
    if (!TIME_SPENT.matcher(normalized).matches()) {
      throw new ToolInputException("time_spent must be a Jira duration like \"1h 30m\", \"45m\", \"2d\" or \"1w\""
          + " (w weeks, d days, h hours, m minutes), got \"" + value + "\".");
    }
    return normalized.replaceAll("(?<=[wdhm])(?=\\d)", " ");
  }

  /**
   * An ISO date-time with or without offset (without: this machine's time zone), or a date (9:00 that day);
   * now when absent. Never in the future.
   */
  OffsetDateTime started(Optional<String> value) {
    OffsetDateTime now = OffsetDateTime.now(clock).truncatedTo(ChronoUnit.SECONDS);
    if (value.isEmpty()) {
      return now;
    }
    String text = value.get().trim();
    OffsetDateTime started;
    try {
      started = AtlassianDateTimeAdapter.parse(text);
    } catch (DateTimeParseException withoutOffset) {
      try {
        started = LocalDateTime.parse(text).atZone(clock.getZone()).toOffsetDateTime();
      } catch (DateTimeParseException notADateTime) {
        try {
          started = LocalDate.parse(text).atTime(DAY_START).atZone(clock.getZone()).toOffsetDateTime();
        } catch (DateTimeParseException notADate) {
          throw new ToolInputException("started must be an ISO date-time like 2024-01-17T09:00:00+01:00 (or a date"
              + " like 2024-01-17), got \"" + text + "\".");
        }
      }
    }
    if (started.isAfter(now.plusMinutes(1))) {
      throw new ToolInputException("started is in the future (" + started + "); work can only be logged once done.");
    }
    return started;
  }
}
