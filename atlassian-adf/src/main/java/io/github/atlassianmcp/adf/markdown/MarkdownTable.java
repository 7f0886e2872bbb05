package io.github.atlassianmcp.adf.markdown;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Lays out table rows as a GFM table. Merged cells are spread over the grid (the first position keeps the
 * text, the others stay empty) so every column lines up. GFM needs a header row: the first row when all its
 * cells are headers, otherwise an empty one. Header cells elsewhere are written in bold.
 */
public final class MarkdownTable {

  /** At most this many columns are written; spans are clamped to it (a hostile colspan cannot blow up). */
  static final int MAX_COLUMNS = 64;

  /** How a column's text is aligned; {@code NONE} when the source does not say. */
  public enum Alignment { NONE, LEFT, CENTER, RIGHT }

  /**
   * One cell.
   *
   * @param markdown the cell's inline markdown on one line
   * @param alignment how its text is aligned; the first row's cells give their columns' alignment
   */
  public record Cell(String markdown, int colspan, int rowspan, boolean header, Alignment alignment) {

    public Cell {
      alignment = alignment == null ? Alignment.NONE : alignment;
    }

    public Cell(String markdown, int colspan, int rowspan, boolean header) {
      this(markdown, colspan, rowspan, header, Alignment.NONE);
    }
  }

  private final List<List<Cell>> rows = new ArrayList<>();

  /** The markdown of a cell's blocks on one line: the non-blank lines joined with {@code <br>}. */
  public static String oneLine(String blockMarkdown) {
    StringBuilder line = new StringBuilder();
    for (String part : blockMarkdown.split("\n")) {
      if (!part.isBlank()) {
        line.append(line.isEmpty() ? "" : "<br>").append(part.strip());
      }
    }
    return line.toString();
  }

  public void addRow(List<Cell> cells) {
    rows.add(List.copyOf(cells));
  }

  /** The table's lines; none when it has no cells. */
  public List<String> lines() {
    boolean headerRow = !rows.isEmpty() && !rows.get(0).isEmpty()
        && rows.get(0).stream().allMatch(Cell::header);
    List<List<String>> grid = layout(headerRow);
    int width = grid.stream().mapToInt(List::size).max().orElse(0);
    if (width == 0) {
      return List.of();
    }
    List<String> lines = new ArrayList<>(grid.size() + 2);
    int body = 0;
    if (headerRow) {
      lines.add(row(grid.get(0), width));
      body = 1;
    } else {
      lines.add(row(List.of(), width));
    }
    lines.add(delimiterRow(width));
    for (int r = body; r < grid.size(); r++) {
      lines.add(row(grid.get(r), width));
    }
    return lines;
  }

  /** {@code |---|:---:|---:|}: the alignment of each column, as its cell in the first row has it. */
  private String delimiterRow(int width) {
    StringBuilder line = new StringBuilder("|");
    int column = 0;
    for (Cell cell : rows.isEmpty() ? List.<Cell>of() : rows.get(0)) {
      if (column >= width) {
        break;
      }
      for (int k = 0; k < Math.max(1, cell.colspan()) && column < width; k++, column++) {
        line.append(switch (cell.colspan() > 1 ? Alignment.NONE : cell.alignment()) {
          case NONE -> "---|";
          case LEFT -> ":---|";
          case CENTER -> ":---:|";
          case RIGHT -> "---:|";
        });
      }
    }
    return line.append("---|".repeat(width - column)).toString();
  }

  private List<List<String>> layout(boolean headerRow) {
    // A cell spans at most as many columns as the fullest row has cells: a hostile colspan cannot widen the
    // table, while a title cell spanning a real table still does.
    int maxSpan = Math.min(MAX_COLUMNS, rows.stream().mapToInt(List::size).max().orElse(1));
    int[] rowsLeft = new int[MAX_COLUMNS];
    List<List<String>> grid = new ArrayList<>(rows.size());
    for (int r = 0; r < rows.size(); r++) {
      List<String> line = new ArrayList<>();
      int column = 0;
      for (Cell cell : rows.get(r)) {
        while (column < MAX_COLUMNS && rowsLeft[column] > 0) {
          rowsLeft[column]--;
          line.add("");
          column++;
        }
        if (column >= MAX_COLUMNS) {
          break;
        }
        int colspan = Math.max(1, Math.min(Math.min(cell.colspan(), maxSpan), MAX_COLUMNS - column));
        int rowspan = Math.max(1, Math.min(cell.rowspan(), rows.size() - r));
        line.add(text(cell, r == 0 && headerRow));
        for (int k = 0; k < colspan; k++) {
          if (k > 0) {
            line.add("");
          }
          rowsLeft[column + k] = rowspan - 1;
        }
        column += colspan;
      }
      int lastSpanned = lastSpannedColumn(rowsLeft, column);
      for (; column <= lastSpanned; column++) {
        rowsLeft[column] = Math.max(0, rowsLeft[column] - 1);
        line.add("");
      }
      grid.add(line);
    }
    return grid;
  }

  private static int lastSpannedColumn(int[] rowsLeft, int from) {
    for (int c = MAX_COLUMNS - 1; c >= from; c--) {
      if (rowsLeft[c] > 0) {
        return c;
      }
    }
    return from - 1;
  }

  private static String text(Cell cell, boolean inHeaderRow) {
    String markdown = cell.markdown().replace("\n", "<br>").strip();
    boolean bold = markdown.length() > 4 && markdown.startsWith("**") && markdown.endsWith("**");
    if (cell.header() && !inHeaderRow && !markdown.isEmpty() && !bold) {
      markdown = "**" + markdown + "**";
    }
    return MarkdownText.escapeCell(markdown);
  }

  private static String row(List<String> cells, int width) {
    String[] padded = new String[width];
    Arrays.fill(padded, "");
    for (int c = 0; c < cells.size() && c < width; c++) {
      padded[c] = cells.get(c);
    }
    StringBuilder line = new StringBuilder("|");
    for (String cell : padded) {
      line.append(cell.isEmpty() ? " |" : " " + cell + " |");
    }
    return line.toString();
  }
}
