package io.github.atlassianmcp.adf.text;

/** Untrusted plain text made compact: cleaned, no trailing spaces, no runs of blank lines, no blank edges. */
public final class PlainText {

  private PlainText() {}

  public static String compact(String text) {
    String clean = UntrustedText.clean(text);
    StringBuilder out = new StringBuilder(clean.length());
    boolean blankPending = false;
    int start = 0;
    while (start <= clean.length()) {
      int end = clean.indexOf('\n', start);
      if (end < 0) {
        end = clean.length();
      }
      String line = clean.substring(start, end).stripTrailing();
      if (line.isEmpty()) {
        blankPending = !out.isEmpty();
      } else {
        if (!out.isEmpty()) {
          out.append(blankPending ? "\n\n" : "\n");
        }
        out.append(line);
        blankPending = false;
      }
      start = end + 1;
    }
    return out.toString();
  }
}
