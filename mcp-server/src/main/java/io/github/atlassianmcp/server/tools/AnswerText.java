package io.github.atlassianmcp.server.tools;

import io.github.atlassianmcp.adf.markdown.MarkdownText;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;

/** The pieces of a tool's compact markdown answer: table rows and cells, dates, truncation. */
public final class AnswerText {

  /** What an absent value shows in a table cell. */
  public static final String NONE = "—";

  private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm xxx");

  private AnswerText() {}

  /** A table cell: one line, pipes escaped, at most {@code max} characters. */
  public static String cell(String text, int max) {
    if (text == null || text.isBlank()) {
      return NONE;
    }
    String line = text.replaceAll("\\s+", " ").trim();
    return MarkdownText.escapeCell(truncate(line, max));
  }

  public static String cell(Optional<String> text, int max) {
    return cell(text.orElse(null), max);
  }

  public static String truncate(String text, int max) {
    return text.length() <= max ? text : text.substring(0, Math.max(0, max - 1)).stripTrailing() + "…";
  }

  public static String row(List<String> cells) {
    return "| " + String.join(" | ", cells) + " |";
  }

  public static String header(List<String> titles) {
    return row(titles) + "\n|" + "---|".repeat(titles.size());
  }

  public static String date(OffsetDateTime dateTime) {
    return dateTime.toLocalDate().toString();
  }

  public static String dateTime(OffsetDateTime dateTime) {
    return DATE_TIME.format(dateTime);
  }
}
