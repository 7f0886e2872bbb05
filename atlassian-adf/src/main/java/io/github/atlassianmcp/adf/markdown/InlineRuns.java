package io.github.atlassianmcp.adf.markdown;

import java.util.ArrayList;
import java.util.List;

/**
 * Prepares runs for writing: one run per stretch of equally marked text, no stray breaks, autolinks, and no link
 * that {@link SafeLinks} refuses (the one place every link of every converter passes).
 */
final class InlineRuns {

  private InlineRuns() {}

  /**
   * Splits text at newlines into breaks, merges neighbouring text with the same marks, drops empty text and
   * breaks at either end, unlinks unsafe links, and turns a link whose text is its own address into an autolink.
   */
  static List<Inline> normalize(List<Inline> input) {
    TextMerger merger = new TextMerger();
    for (Inline original : input) {
      Inline run = withSafeLinksOnly(original);
      if (run instanceof Inline.Text text) {
        merger.add(text);
      } else if (!(run instanceof Inline.Markdown raw && raw.markdown().isEmpty())) {
        merger.add(run);
      }
    }
    List<Inline> runs = merger.finish();
    int first = 0;
    int end = runs.size();
    while (first < end && runs.get(first) instanceof Inline.Break) {
      first++;
    }
    while (end > first && runs.get(end - 1) instanceof Inline.Break) {
      end--;
    }
    List<Inline> trimmed = new ArrayList<>(runs.subList(first, end));
    for (int i = 0; i < trimmed.size(); i++) {
      trimmed.set(i, autolinked(trimmed, i));
    }
    return trimmed;
  }

  private static Inline withSafeLinksOnly(Inline run) {
    if (run.marks().stream().allMatch(mark -> mark.type() != Mark.Type.LINK || SafeLinks.allowed(mark.href()))) {
      return run;
    }
    List<Mark> safe = run.marks().stream()
        .filter(mark -> mark.type() != Mark.Type.LINK || SafeLinks.allowed(mark.href())).toList();
    return run instanceof Inline.Text text ? new Inline.Text(text.text(), safe)
        : new Inline.Markdown(((Inline.Markdown) run).markdown(), safe);
  }

  /** Collects runs, joining consecutive text with equal marks in one builder (linear, however many runs). */
  private static final class TextMerger {
    private final List<Inline> runs = new ArrayList<>();
    private final StringBuilder text = new StringBuilder();
    private List<Mark> textMarks;

    void add(Inline.Text run) {
      boolean code = run.marks().contains(Mark.CODE);
      String value = code ? run.text().replace('\n', ' ') : run.text();
      int start = 0;
      int newline;
      while (!code && (newline = value.indexOf('\n', start)) >= 0) {
        append(value, start, newline, run.marks());
        add(new Inline.Break());
        start = newline + 1;
      }
      append(value, start, value.length(), run.marks());
    }

    void add(Inline run) {
      flush();
      runs.add(run);
    }

    List<Inline> finish() {
      flush();
      return runs;
    }

    private void append(String value, int start, int end, List<Mark> marks) {
      if (start == end) {
        return;
      }
      boolean sameMarks = textMarks != null && textMarks.size() == marks.size() && textMarks.containsAll(marks);
      if (textMarks != null && !sameMarks) {
        flush();
      }
      textMarks = marks;
      text.append(value, start, end);
    }

    private void flush() {
      if (textMarks != null && text.length() > 0) {
        runs.add(new Inline.Text(text.toString(), textMarks));
      }
      text.setLength(0);
      textMarks = null;
    }
  }

  private static Inline autolinked(List<Inline> runs, int i) {
    if (!(runs.get(i) instanceof Inline.Text text) || text.marks().contains(Mark.CODE)) {
      return runs.get(i);
    }
    Mark link = text.marks().stream().filter(m -> m.type() == Mark.Type.LINK).findFirst().orElse(null);
    boolean alone = link != null && !(i > 0 && runs.get(i - 1).marks().contains(link))
        && !(i + 1 < runs.size() && runs.get(i + 1).marks().contains(link));
    if (!alone || !text.text().equals(link.href()) || !MarkdownText.isAutolink(link.href())) {
      return runs.get(i);
    }
    List<Mark> others = new ArrayList<>(text.marks());
    others.remove(link);
    return new Inline.Markdown("<" + link.href() + ">", others);
  }
}
