package io.github.atlassianmcp.server.format.storage;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits markdown at the lines that frame what reading shows as pairs: {@code {{expand Title}}} ...
 * {@code {{/expand}}}, and {@code {{layout two_equal}}}, {@code {{column}}} ... {@code {{/layout}}}. Such a line
 * counts only on its own, outside fenced code; a frame left open closes at the end, a stray closing line stays
 * text. What lies between frames is ordinary markdown, converted on its own.
 */
final class MarkdownSegments {

  private static final Pattern FRAME = Pattern.compile("\\{\\{(expand|layout|column|/expand|/layout)(?:\\s+(.*?))?}}");
  private static final Pattern FENCE = Pattern.compile("^ {0,3}(`{3,}|~{3,})");

  /** A part of the markdown: ordinary text, an expand with its title, a layout section with its columns. */
  sealed interface Segment {}

  record Text(String markdown) implements Segment {}

  record Expand(String title, List<Segment> body) implements Segment {}

  record Layout(String type, List<List<Segment>> columns) implements Segment {}

  private MarkdownSegments() {}

  static List<Segment> parse(String markdown) {
    Frame root = new Frame(null, null);
    Deque<Frame> open = new ArrayDeque<>();
    open.push(root);
    String fence = null;
    for (String line : markdown.split("\n", -1)) {
      if (fence != null) {
        if (closesFence(line.strip(), fence)) {
          fence = null;
        }
        open.peek().text(line);
        continue;
      }
      Matcher opening = FENCE.matcher(line);
      if (opening.find()) {
        fence = opening.group(1);
        open.peek().text(line);
        continue;
      }
      Matcher frame = FRAME.matcher(line.strip());
      if (!frame.matches() || !apply(frame.group(1), argument(frame.group(2)), open)) {
        open.peek().text(line);
      }
    }
    while (open.size() > 1) {
      open.pop().close();
    }
    return root.segments();
  }

  /** Opens or closes a frame; false when the line does not fit where it stands (then it is text). */
  private static boolean apply(String kind, String argument, Deque<Frame> open) {
    Frame current = open.peek();
    switch (kind) {
      case "expand", "layout" -> {
        Frame frame = new Frame(kind, argument);
        current.add(frame);
        open.push(frame);
        return true;
      }
      case "column" -> {
        if (!"layout".equals(current.kind)) {
          return false;
        }
        current.newColumn();
        return true;
      }
      default -> {
        if (!kind.substring(1).equals(current.kind)) {
          return false;
        }
        open.pop().close();
        return true;
      }
    }
  }

  /** A closing fence: only the opening fence's character, at least as many of them. */
  private static boolean closesFence(String stripped, String fence) {
    return stripped.length() >= fence.length() && stripped.chars().allMatch(c -> c == fence.charAt(0));
  }

  /** The argument of a frame as written in markdown: backslash escapes undone. */
  private static String argument(String raw) {
    return raw == null ? "" : raw.strip().replaceAll("\\\\(\\p{Punct})", "$1");
  }

  /** An open frame (or the document) collecting text and nested frames, column by column for a layout. */
  private static final class Frame {
    private final String kind;
    private final String argument;
    private final List<List<Object>> columns = new ArrayList<>();
    private StringBuilder text = new StringBuilder();
    private boolean columnSeen;
    private Segment closed;

    Frame(String kind, String argument) {
      this.kind = kind;
      this.argument = argument;
      columns.add(new ArrayList<>());
    }

    void text(String line) {
      text.append(line).append('\n');
    }

    void add(Frame nested) {
      flush();
      columns.get(columns.size() - 1).add(nested);
    }

    void newColumn() {
      flush();
      // The first {{column}} opens the first column, unless text before it already did.
      if (columnSeen || !columns.get(0).isEmpty()) {
        columns.add(new ArrayList<>());
      }
      columnSeen = true;
    }

    void close() {
      flush();
      List<List<Segment>> parts = new ArrayList<>();
      for (List<Object> column : columns) {
        parts.add(segments(column));
      }
      closed = kind.equals("expand") ? new Expand(argument, parts.get(0)) : new Layout(argument, parts);
    }

    List<Segment> segments() {
      flush();
      return segments(columns.get(0));
    }

    private void flush() {
      if (!text.toString().isBlank()) {
        columns.get(columns.size() - 1).add(new Text(text.toString()));
      }
      text = new StringBuilder();
    }

    private static List<Segment> segments(List<Object> parts) {
      List<Segment> segments = new ArrayList<>();
      for (Object part : parts) {
        segments.add(part instanceof Frame frame ? frame.closed : (Segment) part);
      }
      return segments;
    }
  }
}
