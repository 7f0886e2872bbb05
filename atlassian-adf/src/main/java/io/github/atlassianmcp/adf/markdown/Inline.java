package io.github.atlassianmcp.adf.markdown;

import java.util.List;

/** One run of inline content, as the converters collect it before it is written as markdown. */
public sealed interface Inline {

  /** The marks that apply to this run. */
  List<Mark> marks();

  /** Plain text, escaped when written. */
  record Text(String text, List<Mark> marks) implements Inline {
    public Text {
      marks = List.copyOf(marks);
    }
  }

  /** Markdown we generated ourselves (a placeholder such as {@code [attachment: a.png]}), written as is. */
  record Markdown(String markdown, List<Mark> marks) implements Inline {
    public Markdown {
      marks = List.copyOf(marks);
    }
  }

  /** A hard line break. */
  record Break() implements Inline {
    @Override
    public List<Mark> marks() {
      return List.of();
    }
  }
}
