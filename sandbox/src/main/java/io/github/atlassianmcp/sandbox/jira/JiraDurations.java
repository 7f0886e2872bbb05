package io.github.atlassianmcp.sandbox.jira;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Time tracking durations as Jira writes and reads them ("1w 2d 3h 30m"), with Jira's default working time:
 * a day is 8 hours and a week 5 days.
 */
public final class JiraDurations {

  private static final long MINUTE = 60;
  private static final long HOUR = 60 * MINUTE;
  private static final long DAY = 8 * HOUR;
  private static final long WEEK = 5 * DAY;
  private static final Pattern DURATION = Pattern.compile("\\s*(?:(\\d+)\\s*w)?\\s*(?:(\\d+)\\s*d)?\\s*"
      + "(?:(\\d+(?:\\.\\d+)?)\\s*h)?\\s*(?:(\\d+)\\s*m)?\\s*");

  private JiraDurations() {}

  public static String format(long seconds) {
    StringBuilder text = new StringBuilder();
    long rest = seconds;
    for (long[] unit : new long[][] {{WEEK, 'w'}, {DAY, 'd'}, {HOUR, 'h'}, {MINUTE, 'm'}}) {
      long amount = rest / unit[0];
      if (amount > 0) {
        text.append(text.length() > 0 ? " " : "").append(amount).append((char) unit[1]);
        rest -= amount * unit[0];
      }
    }
    return text.length() == 0 ? "0m" : text.toString();
  }

  /** Seconds in a duration such as "2h 30m" or "1d"; empty when it is not one. */
  public static Optional<Long> parse(String text) {
    Matcher matcher = DURATION.matcher(text);
    if (text.isBlank() || !matcher.matches()) {
      return Optional.empty();
    }
    long seconds = 0;
    if (matcher.group(1) != null) {
      seconds += Long.parseLong(matcher.group(1)) * WEEK;
    }
    if (matcher.group(2) != null) {
      seconds += Long.parseLong(matcher.group(2)) * DAY;
    }
    if (matcher.group(3) != null) {
      seconds += Math.round(Double.parseDouble(matcher.group(3)) * HOUR);
    }
    if (matcher.group(4) != null) {
      seconds += Long.parseLong(matcher.group(4)) * MINUTE;
    }
    return seconds > 0 ? Optional.of(seconds) : Optional.empty();
  }
}
