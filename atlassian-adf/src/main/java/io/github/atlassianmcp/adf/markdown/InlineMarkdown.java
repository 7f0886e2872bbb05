package io.github.atlassianmcp.adf.markdown;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Writes runs of inline content as markdown. Marks that continue over several runs are opened once and closed
 * once, the longest-running outermost; whitespace at the edge of a marked run moves outside the delimiters
 * ({@code **bold** text}, never {@code **bold **text}).
 */
public final class InlineMarkdown {

  /** How a hard line break is written, by where the inline content ends up. */
  public enum Breaks {
    /** In a paragraph: a backslash at the end of the line. */
    HARD("\\\n"),
    /** On a line that cannot break, such as a heading. */
    SPACE(" "),
    /** In a table cell. */
    HTML("<br>");

    private final String markdown;

    Breaks(String markdown) {
      this.markdown = markdown;
    }
  }

  private InlineMarkdown() {}

  public static String render(List<Inline> input, Breaks breaks) {
    return new Writer(InlineRuns.normalize(input), breaks).write();
  }

  /** Writes one list of runs; holds the delimiters open at each point. */
  private static final class Writer {
    private final List<Inline> runs;
    private final Breaks breaks;
    private final StringBuilder out = new StringBuilder();
    private final List<Mark> open = new ArrayList<>();
    /** Markdown that goes after the next closing delimiters: spaces and punctuation kept outside marks. */
    private String pending = "";
    private boolean lineStart = true;
    /** A hard break is written only once content follows it: none at the start or end of a paragraph. */
    private boolean breakPending;

    /** For each run, how many content runs from it on carry each of its marks (breaks do not count). */
    private final List<Map<Mark, Integer>> spans;
    /** For each run, the index of the next run that is not a break, or -1. */
    private final int[] nextContent;

    Writer(List<Inline> runs, Breaks breaks) {
      this.runs = runs;
      this.breaks = breaks;
      // One backward pass, so choosing the nesting order stays linear however often marks reopen.
      this.spans = new ArrayList<>(Collections.nCopies(runs.size(), Map.of()));
      this.nextContent = new int[runs.size()];
      int next = -1;
      for (int i = runs.size() - 1; i >= 0; i--) {
        nextContent[i] = next;
        Inline run = runs.get(i);
        if (run instanceof Inline.Break) {
          continue;
        }
        Map<Mark, Integer> following = next < 0 ? Map.of() : spans.get(next);
        Map<Mark, Integer> own = new HashMap<>();
        for (Mark mark : run.marks()) {
          own.put(mark, 1 + following.getOrDefault(mark, 0));
        }
        spans.set(i, own);
        next = i;
      }
    }

    String write() {
      for (int i = 0; i < runs.size(); i++) {
        Inline run = runs.get(i);
        if (run instanceof Inline.Break) {
          lineBreak(i);
        } else if (run instanceof Inline.Text text && !run.marks().contains(Mark.CODE)) {
          text(i, text.text());
        } else {
          atom(i, run);
        }
      }
      closeAllBut(Set.of());
      return out.toString();
    }

    private void lineBreak(int i) {
      if (out.isEmpty()) {
        return;
      }
      // A closing delimiter at the start of the next line would not close anything.
      pending = "";
      closeAllBut(nextContent[i] < 0 ? Set.of() : marksOf(runs.get(nextContent[i])));
      breakPending = true;
      lineStart = true;
    }

    private void flushBreak() {
      if (breakPending) {
        out.append(breaks.markdown);
        breakPending = false;
      }
    }

    /** A code span or our own markdown: written as it is, inside its marks. */
    private void atom(int i, Inline run) {
      String markdown = run instanceof Inline.Text text ? MarkdownText.codeSpan(text.text())
          : ((Inline.Markdown) run).markdown();
      flushBreak();
      Set<Mark> wanted = marksOf(run);
      // An atom starts and ends with punctuation (`code`, [x], <url>); where a delimiter next to it would
      // not work, the emphasis leaves the atom out rather than break.
      if (isPunctuation(markdown.codePointAt(0)) && isWordChar(lastOutput())) {
        wanted.removeIf(m -> isEmphasis(m) && !open.contains(m));
      }
      if (isPunctuation(markdown.codePointBefore(markdown.length())) && closesEmphasisBeforeWord(i, wanted)) {
        Inline next = runs.get(i + 1);
        wanted.removeIf(m -> isEmphasis(m) && !next.marks().contains(m));
      }
      closeAllBut(keepable(wanted));
      openAll(wanted, i);
      out.append(markdown);
      lineStart = false;
    }

    private void text(int i, String value) {
      int start = 0;
      while (start < value.length() && isSpace(value.charAt(start))) {
        start++;
      }
      if (start == value.length()) {
        pending = lineStart ? "" : pending + value;
        return;
      }
      int end = value.length();
      while (isSpace(value.charAt(end - 1))) {
        end--;
      }
      flushBreak();
      Set<Mark> wanted = marksOf(runs.get(i));
      closeAllBut(keepable(wanted));
      if (!lineStart) {
        out.append(value, 0, start);
      }
      lineStart = false;
      String core = value.substring(start, end);
      String trail = value.substring(end);
      boolean opensEmphasis = wanted.stream().anyMatch(m -> !open.contains(m) && isEmphasis(m));
      // "a**(b)**" is not bold in markdown: an opening delimiter between a letter and punctuation does not
      // open. Punctuation at the edge moves outside the delimiters instead ("a(**b**)").
      if (opensEmphasis && isWordChar(lastOutput()) && isPunctuation(core.codePointAt(0))) {
        int cut = leadingPunctuation(core);
        out.append(escape(core.substring(0, cut)));
        core = core.substring(cut);
      }
      String movedTail = "";
      if (!core.isEmpty() && trail.isEmpty() && closesEmphasisBeforeWord(i, wanted)
          && isPunctuation(core.codePointBefore(core.length()))) {
        int cut = trailingPunctuation(core);
        movedTail = escape(core.substring(cut));
        core = core.substring(0, cut);
      }
      if (core.isEmpty()) {
        pending = movedTail + trail;
        return;
      }
      openAll(wanted, i);
      out.append(escape(core));
      pending = movedTail + trail;
    }

    /** Closes the open marks from the first one not in {@code keep}, then writes what was pending. */
    private void closeAllBut(Set<Mark> keep) {
      int kept = 0;
      while (kept < open.size() && keep.contains(open.get(kept))) {
        kept++;
      }
      for (int k = open.size() - 1; k >= kept; k--) {
        out.append(closer(open.remove(k)));
      }
      out.append(pending);
      pending = "";
    }

    /**
     * The open marks that may stay open for a run wanting {@code wanted}. A link is always the outermost
     * mark, so a new link closes the emphasis around it (to reopen it inside): {@code **a [b](u)**c} would
     * leave the closing delimiter between {@code )} and a letter, where it closes nothing.
     */
    private Set<Mark> keepable(Set<Mark> wanted) {
      boolean opensLink = wanted.stream().anyMatch(m -> m.type() == Mark.Type.LINK && !open.contains(m));
      return opensLink ? Set.of() : wanted;
    }

    /** Opens the wanted marks not open yet: a link first, then the longest-running outermost. */
    private void openAll(Set<Mark> wanted, int from) {
      List<Mark> opening = new ArrayList<>(wanted);
      opening.removeAll(open);
      Map<Mark, Integer> span = spans.get(from);
      opening.sort(Comparator.comparing((Mark m) -> m.type() != Mark.Type.LINK)
          .thenComparingInt(m -> -span.getOrDefault(m, 0))
          .thenComparing(m -> m.type().ordinal()));
      for (Mark mark : opening) {
        out.append(opener(mark));
        open.add(mark);
      }
    }

    /** Whether an emphasis mark open after run {@code i} closes right before a word character. */
    private boolean closesEmphasisBeforeWord(int i, Set<Mark> wanted) {
      Inline next = i + 1 < runs.size() ? runs.get(i + 1) : null;
      if (next == null || next instanceof Inline.Break) {
        return false;
      }
      boolean closes = wanted.stream().anyMatch(m -> isEmphasis(m) && !next.marks().contains(m));
      String text = next instanceof Inline.Text t ? (next.marks().contains(Mark.CODE) ? "`" : t.text())
          : ((Inline.Markdown) next).markdown();
      return closes && isWordChar(text.codePointAt(0));
    }

    private int lastOutput() {
      return out.isEmpty() ? ' ' : out.codePointBefore(out.length());
    }

    private String escape(String text) {
      return MarkdownText.escape(text, open.stream().anyMatch(m -> m.type() == Mark.Type.LINK));
    }

    private static Set<Mark> marksOf(Inline run) {
      Set<Mark> marks = new LinkedHashSet<>(run.marks());
      marks.remove(Mark.CODE);
      return marks;
    }
  }

  /** Marks whose delimiters follow markdown's flanking rules. */
  private static boolean isEmphasis(Mark mark) {
    return mark.type() == Mark.Type.STRONG || mark.type() == Mark.Type.EM || mark.type() == Mark.Type.STRIKE;
  }

  private static int leadingPunctuation(String text) {
    int i = 0;
    while (i < text.length() && isPunctuation(text.codePointAt(i))) {
      i += Character.charCount(text.codePointAt(i));
    }
    return i;
  }

  private static int trailingPunctuation(String text) {
    int i = text.length();
    while (i > 0 && isPunctuation(text.codePointBefore(i))) {
      i -= Character.charCount(text.codePointBefore(i));
    }
    return i;
  }

  /** Punctuation as CommonMark's flanking rules define it: Unicode punctuation and symbols. */
  private static boolean isPunctuation(int cp) {
    if (cp < 128) {
      return (cp >= '!' && cp <= '/') || (cp >= ':' && cp <= '@') || (cp >= '[' && cp <= '`')
          || (cp >= '{' && cp <= '~');
    }
    return switch (Character.getType(cp)) {
      case Character.CONNECTOR_PUNCTUATION, Character.DASH_PUNCTUATION, Character.START_PUNCTUATION,
          Character.END_PUNCTUATION, Character.INITIAL_QUOTE_PUNCTUATION, Character.FINAL_QUOTE_PUNCTUATION,
          Character.OTHER_PUNCTUATION, Character.MATH_SYMBOL, Character.CURRENCY_SYMBOL,
          Character.MODIFIER_SYMBOL, Character.OTHER_SYMBOL -> true;
      default -> false;
    };
  }

  /** Neither whitespace nor punctuation: a character next to which a misplaced delimiter stops working. */
  private static boolean isWordChar(int cp) {
    return !Character.isWhitespace(cp) && !Character.isSpaceChar(cp) && !isPunctuation(cp);
  }

  private static String opener(Mark mark) {
    return switch (mark.type()) {
      case LINK -> "[";
      case STRONG -> "**";
      case EM -> "*";
      case STRIKE -> "~~";
      case SUP -> "<sup>";
      case SUB -> "<sub>";
      case CODE -> "";
    };
  }

  private static String closer(Mark mark) {
    return switch (mark.type()) {
      case LINK -> "](" + MarkdownText.linkDestination(mark.href()) + ")";
      case STRONG -> "**";
      case EM -> "*";
      case STRIKE -> "~~";
      case SUP -> "</sup>";
      case SUB -> "</sub>";
      case CODE -> "";
    };
  }

  private static boolean isSpace(char c) {
    return c == ' ' || c == '\t' || c == '\u00A0';
  }
}
