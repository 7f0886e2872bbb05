package io.github.atlassianmcp.client;

import com.google.gson.JsonParseException;
import com.google.gson.TypeAdapter;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import com.google.gson.stream.JsonWriter;
import java.io.IOException;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;

/**
 * Date-times as Atlassian writes them. Jira sends {@code 2024-01-17T12:34:00.000+1100} (no colon in the
 * offset), Confluence and JSM send ISO-8601 with a colon or {@code Z}; the generated default only parses the
 * latter. This adapter parses all of them, and writes Jira's own form {@code yyyy-MM-dd'T'HH:mm:ss.SSSZ},
 * which is the one form Jira accepts for fields such as a worklog's {@code started}.
 *
 * <p>Parsing and writing use different formatters on purpose: one lenient formatter with optional offset
 * sections would print every optional section when writing, producing broken dates.
 */
public final class AtlassianDateTimeAdapter extends TypeAdapter<OffsetDateTime> {

  /** ISO local date-time, then an offset in any of the forms {@code +11:00}, {@code +1100}, {@code +11}, {@code Z}. */
  static final DateTimeFormatter PARSER = new DateTimeFormatterBuilder()
      .parseCaseInsensitive()
      .append(DateTimeFormatter.ISO_LOCAL_DATE_TIME)
      .optionalStart().appendOffset("+HH:MM", "Z").optionalEnd()
      .optionalStart().appendOffset("+HHMM", "Z").optionalEnd()
      .optionalStart().appendOffset("+HH", "Z").optionalEnd()
      .toFormatter();

  /** Jira's canonical form, milliseconds and a colon-less numeric offset. */
  public static final DateTimeFormatter WRITER = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSZ");

  /** Parses any date-time form Atlassian sends. */
  public static OffsetDateTime parse(String text) {
    return OffsetDateTime.parse(text.trim(), PARSER);
  }

  /** Formats as Jira expects it, e.g. {@code 2024-01-17T12:34:00.000+1100}. */
  public static String format(OffsetDateTime dateTime) {
    return WRITER.format(dateTime);
  }

  @Override
  public void write(JsonWriter out, OffsetDateTime value) throws IOException {
    if (value == null) {
      out.nullValue();
    } else {
      out.value(format(value));
    }
  }

  @Override
  public OffsetDateTime read(JsonReader in) throws IOException {
    if (in.peek() == JsonToken.NULL) {
      in.nextNull();
      return null;
    }
    String text = in.nextString();
    try {
      return parse(text);
    } catch (DateTimeParseException e) {
      throw new JsonParseException("Not a date-time: \"" + text + "\" at " + in.getPath(), e);
    }
  }
}
