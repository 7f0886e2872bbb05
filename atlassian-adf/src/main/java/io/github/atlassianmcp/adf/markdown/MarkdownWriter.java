package io.github.atlassianmcp.adf.markdown;

import java.util.ArrayList;
import java.util.List;

/**
 * Writes markdown blocks: paragraphs, headings, code blocks, rules and raw lines, nested in quotes and list
 * items. It owns the line prefixes ({@code > }, list markers and their indentation) and the spacing between
 * blocks, so the output never has trailing spaces or runs of blank lines, and list items stay tight.
 * Not thread-safe: one writer per conversion.
 */
public final class MarkdownWriter {

  private final StringBuilder out = new StringBuilder();
  private final List<Container> containers = new ArrayList<>();
  private String lead;
  private boolean lastLineBlank = true;

  public MarkdownWriter() {
    containers.add(new Container("", "", false, false));
  }

  /**
   * Sets markdown (such as {@code **Info:**}) that starts the next paragraph; when the next block is not a
   * paragraph, or the current container closes first, it becomes a line of its own.
   */
  public void lead(String markdown) {
    flushLead();
    lead = markdown;
  }

  /** A paragraph of inline markdown; its lines are separated by hard breaks. Blank text writes nothing. */
  public void paragraph(String inlineMarkdown) {
    List<String> lines = new ArrayList<>();
    for (String line : inlineMarkdown.split("\n", -1)) {
      String stripped = line.strip();
      if (!stripped.isEmpty()) {
        lines.add(MarkdownText.escapeLineStart(stripped));
      }
    }
    if (lines.isEmpty()) {
      return;
    }
    if (lead != null) {
      lines.set(0, lead + " " + lines.get(0));
      lead = null;
    }
    startBlock(false);
    lines.forEach(this::line);
  }

  /** An ATX heading; its level is clamped to 1..6. */
  public void heading(int level, String inlineMarkdown) {
    String content = MarkdownText.escapeHeadingEnd(inlineMarkdown.replace('\n', ' ').strip());
    startBlock(false);
    line("#".repeat(Math.max(1, Math.min(6, level))) + (content.isEmpty() ? "" : " " + content));
  }

  /** A fenced code block; {@code language} may be null or blank. */
  public void codeBlock(String language, String code) {
    String body = code.replace("\r\n", "\n").replace('\r', '\n').stripTrailing();
    String fence = MarkdownText.fence(body);
    startBlock(true);
    line(fence + infoString(language));
    if (!body.isBlank()) {
      for (String codeLine : body.split("\n", -1)) {
        line(codeLine);
      }
    }
    line(fence);
  }

  /** A thematic break. */
  public void rule() {
    startBlock(false);
    line("---");
  }

  /** Lines written as they are (a table, for instance), as one block. */
  public void lines(List<String> lines) {
    if (lines.isEmpty()) {
      return;
    }
    startBlock(false);
    lines.forEach(this::line);
  }

  /**
   * Starts a block that the caller writes through containers (a list). In a list item a block that can
   * interrupt a paragraph (a bullet list or an ordered list from 1 whose first item is not empty, a code
   * fence) follows without a blank line.
   */
  public void startBlock(boolean interruptsParagraph) {
    flushLead();
    Container current = current();
    if (current.hasContent && !(current.tight && interruptsParagraph)) {
      blankLine();
    }
    current.lastList = 0;
  }

  /**
   * Starts a list and gives the marker character its items use: {@code -} or {@code .} normally, {@code *}
   * or {@code )} right after a list of the same kind, which would otherwise run on into it.
   *
   * @param ordered whether the items are numbered
   * @param interruptsParagraph see {@link #startBlock(boolean)}
   */
  public char startList(boolean ordered, boolean interruptsParagraph) {
    Container current = current();
    char previous = current.lastList;
    startBlock(interruptsParagraph);
    char marker;
    if (ordered) {
      marker = previous == '.' ? ')' : '.';
    } else {
      marker = previous == '-' ? '*' : '-';
    }
    current.lastList = marker;
    return marker;
  }

  /** Opens a block quote; close it with {@link #close()}. */
  public void openQuote() {
    startBlock(false);
    containers.add(new Container("> ", "> ", false, false));
  }

  /**
   * Opens one list item with its marker ({@code "- "}, {@code "3. "}, {@code "- [x] "}). Its further lines are
   * indented by the width of the list marker proper, up to its first space (a task's checkbox is content).
   */
  public void openListItem(String marker) {
    int indent = marker.indexOf(' ') + 1;
    containers.add(new Container(marker, " ".repeat(indent > 0 ? indent : marker.length()), true, true));
  }

  /** Closes the innermost quote or list item. */
  public void close() {
    if (containers.size() == 1) {
      throw new IllegalStateException("No open container to close");
    }
    flushLead();
    Container closing = current();
    if (closing.listItem && !closing.firstUsed) {
      line("");
    }
    containers.remove(containers.size() - 1);
  }

  /** The markdown written so far, without a final newline. */
  public String result() {
    int end = out.length();
    while (end > 0 && out.charAt(end - 1) == '\n') {
      end--;
    }
    return out.substring(0, end);
  }

  private void flushLead() {
    if (lead != null) {
      String pending = lead;
      lead = null;
      startBlock(false);
      line(pending);
    }
  }

  private void blankLine() {
    if (lastLineBlank) {
      return;
    }
    StringBuilder line = new StringBuilder();
    for (Container container : containers) {
      line.append(container.firstUsed ? container.rest : container.first);
    }
    appendStripped(line);
    lastLineBlank = true;
  }

  private void line(String text) {
    StringBuilder line = new StringBuilder();
    for (Container container : containers) {
      line.append(container.firstUsed ? container.rest : container.first);
      container.firstUsed = true;
      container.hasContent = true;
    }
    line.append(text);
    appendStripped(line);
    lastLineBlank = false;
  }

  private void appendStripped(StringBuilder line) {
    int end = line.length();
    while (end > 0 && Character.isWhitespace(line.charAt(end - 1))) {
      end--;
    }
    out.append(line, 0, end).append('\n');
  }

  private Container current() {
    return containers.get(containers.size() - 1);
  }

  private static String infoString(String language) {
    if (language == null) {
      return "";
    }
    StringBuilder info = new StringBuilder();
    for (int i = 0; i < language.length(); i++) {
      char c = language.charAt(i);
      if (!Character.isWhitespace(c) && c != '`' && c != '~') {
        info.append(c);
      }
    }
    return info.toString();
  }

  private static final class Container {
    private final String first;
    private final String rest;
    private final boolean tight;
    private final boolean listItem;
    private boolean firstUsed;
    private boolean hasContent;
    /** The marker character of the list written last in this container, if that was its last block. */
    private char lastList;

    private Container(String first, String rest, boolean tight, boolean listItem) {
      this.first = first;
      this.rest = rest;
      this.tight = tight;
      this.listItem = listItem;
      this.firstUsed = first.equals(rest);
    }
  }
}
