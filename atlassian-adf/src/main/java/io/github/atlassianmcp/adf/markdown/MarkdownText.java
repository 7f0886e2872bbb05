package io.github.atlassianmcp.adf.markdown;

import java.util.regex.Pattern;

/**
 * Escaping for text written into markdown. It escapes what would change the meaning of the text and nothing
 * more, so the output stays readable for a model: {@code snake_case} and {@code 2 * 3} stay as they are,
 * {@code *not emphasis*} and {@code [not a link](x)} do not.
 */
public final class MarkdownText {

  private static final Pattern ORDERED_MARKER = Pattern.compile("^\\d{1,9}[.)](?:[ \\t]|$)");
  private static final Pattern SETEXT_UNDERLINE = Pattern.compile("^(?:=+|-+)[ \\t]*$");
  private static final Pattern AUTOLINK = Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]{1,31}:[^\\s<>]*$");
  private static final Pattern CLOSING_HASHES = Pattern.compile("(^|[ \\t])(#+)$");

  private MarkdownText() {}

  /**
   * Escapes plain text for use inside a paragraph or heading.
   *
   * @param inLinkText whether the text sits inside {@code [...]} of a link, where {@code ]} must be escaped
   */
  public static String escape(String text, boolean inLinkText) {
    StringBuilder out = null;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      char prev = i > 0 ? text.charAt(i - 1) : 0;
      char next = i + 1 < text.length() ? text.charAt(i + 1) : 0;
      if (needsEscape(c, prev, next, inLinkText, text, i)) {
        if (out == null) {
          out = new StringBuilder(text.length() + 16).append(text, 0, i);
        }
        out.append('\\');
      }
      if (out != null) {
        out.append(c);
      }
    }
    return out == null ? text : out.toString();
  }

  private static boolean needsEscape(char c, char prev, char next, boolean inLinkText, String text, int i) {
    return switch (c) {
      case '\\' -> next == 0 || isAsciiPunctuation(next);
      case '`', '[' -> true;
      case ']' -> inLinkText;
      // Between two spaces an asterisk cannot open or close emphasis; a run boundary counts as "not space".
      case '*' -> !(isSpace(prev) && isSpace(next));
      // Inside a word an underscore cannot open or close emphasis (snake_case stays readable).
      case '_' -> !(Character.isLetterOrDigit(prev) && Character.isLetterOrDigit(next));
      case '~' -> prev == '~' || next == '~';
      case '<' -> Character.isLetter(next) || next == '/' || next == '!' || next == '?';
      case '&' -> looksLikeEntity(text, i + 1);
      default -> false;
    };
  }

  /**
   * Escapes what would turn the start of a line into block syntax (heading, quote, list item, thematic break,
   * setext underline). The line must already be stripped of leading whitespace.
   */
  public static String escapeLineStart(String line) {
    if (line.isEmpty()) {
      return line;
    }
    char first = line.charAt(0);
    char second = line.length() > 1 ? line.charAt(1) : 0;
    if (first == '>' || ((first == '-' || first == '+' || first == '*') && isSpaceOrEnd(second))
        || (first == '#' && isAtxHeadingStart(line))
        || ((first == '-' || first == '=') && SETEXT_UNDERLINE.matcher(line).matches())) {
      return "\\" + line;
    }
    if (first >= '0' && first <= '9' && ORDERED_MARKER.matcher(line).find()) {
      int delimiter = 0;
      while (Character.isDigit(line.charAt(delimiter))) {
        delimiter++;
      }
      return line.substring(0, delimiter) + "\\" + line.substring(delimiter);
    }
    return line;
  }

  /** Escapes a trailing run of {@code #} that an ATX heading would otherwise swallow as its closing sequence. */
  public static String escapeHeadingEnd(String content) {
    var matcher = CLOSING_HASHES.matcher(content);
    if (!matcher.find()) {
      return content;
    }
    int start = matcher.start(2);
    return content.substring(0, start) + "\\" + content.substring(start);
  }

  /** Escapes the pipes of a table cell (GFM treats {@code \|} as a literal pipe, even inside code spans). */
  public static String escapeCell(String cell) {
    return cell.indexOf('|') < 0 ? cell : cell.replace("|", "\\|");
  }

  /** A code span holding {@code code} literally, with enough backticks around it. */
  public static String codeSpan(String code) {
    String oneLine = code.replace('\n', ' ');
    String ticks = "`".repeat(longestRun(oneLine, '`') + 1);
    boolean pad = oneLine.startsWith("`") || oneLine.endsWith("`")
        || (oneLine.startsWith(" ") && oneLine.endsWith(" ") && !oneLine.isBlank());
    String inner = pad ? " " + oneLine + " " : oneLine;
    return ticks + inner + ticks;
  }

  /** The backtick fence for a code block holding {@code code}: longer than any backtick run inside it. */
  public static String fence(String code) {
    return "`".repeat(Math.max(3, longestRun(code, '`') + 1));
  }

  /** A link destination that survives markdown parsing (spaces and angle brackets encoded). */
  public static String linkDestination(String href) {
    StringBuilder out = new StringBuilder(href.length());
    boolean parentheses = false;
    for (int i = 0; i < href.length(); i++) {
      char c = href.charAt(i);
      switch (c) {
        case ' ' -> out.append("%20");
        case '<' -> out.append("%3C");
        case '>' -> out.append("%3E");
        case '\n', '\r', '\t' -> { }
        default -> {
          parentheses |= c == '(' || c == ')';
          out.append(c);
        }
      }
    }
    return parentheses ? "<" + out + ">" : out.toString();
  }

  /** Whether {@code url} can be written as an autolink {@code <url>}. */
  public static boolean isAutolink(String url) {
    return AUTOLINK.matcher(url).matches();
  }

  private static boolean isAtxHeadingStart(String line) {
    int hashes = 0;
    while (hashes < line.length() && line.charAt(hashes) == '#') {
      hashes++;
    }
    return hashes <= 6 && (hashes == line.length() || isSpace(line.charAt(hashes)));
  }

  private static boolean looksLikeEntity(String text, int from) {
    int end = Math.min(text.length(), from + 32);
    for (int i = from; i < end; i++) {
      char c = text.charAt(i);
      if (c == ';') {
        return i > from;
      }
      if (!(Character.isLetterOrDigit(c) || (c == '#' && i == from))) {
        return false;
      }
    }
    return false;
  }

  private static int longestRun(String text, char c) {
    int longest = 0;
    int current = 0;
    for (int i = 0; i < text.length(); i++) {
      current = text.charAt(i) == c ? current + 1 : 0;
      longest = Math.max(longest, current);
    }
    return longest;
  }

  private static boolean isSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\u00A0';
  }

  private static boolean isSpaceOrEnd(char c) {
    return c == 0 || c == ' ' || c == '\t';
  }

  private static boolean isAsciiPunctuation(char c) {
    return (c >= '!' && c <= '/') || (c >= ':' && c <= '@') || (c >= '[' && c <= '`') || (c >= '{' && c <= '~');
  }
}
