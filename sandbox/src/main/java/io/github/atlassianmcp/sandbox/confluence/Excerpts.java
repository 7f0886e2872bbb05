package io.github.atlassianmcp.sandbox.confluence;

import io.github.atlassianmcp.sandbox.jql.TextMatch;
import java.util.ArrayList;
import java.util.List;

/**
 * Search excerpts as Confluence writes them: a snippet of plain text around the first match, with matches
 * wrapped in {@code @@@hl@@@...@@@endhl@@@} when highlighting.
 */
final class Excerpts {

  private static final int LENGTH = 180;

  private Excerpts() {}

  static String excerpt(String text, List<TextMatch> queries, boolean highlight) {
    String flat = text.replaceAll("\\s+", " ").strip();
    List<int[]> regions = regions(flat, queries);
    int start = regions.isEmpty() ? 0 : Math.max(0, regions.get(0)[0] - 40);
    int end = Math.min(flat.length(), start + LENGTH);
    String snippet = (start > 0 ? "..." : "") + mark(flat, start, end, regions, highlight)
        + (end < flat.length() ? "..." : "");
    return snippet;
  }

  static String title(String title, List<TextMatch> queries, boolean highlight) {
    return highlight ? mark(title, 0, title.length(), regions(title, queries), true) : title;
  }

  private static List<int[]> regions(String text, List<TextMatch> queries) {
    List<int[]> regions = new ArrayList<>();
    queries.forEach(query -> regions.addAll(query.regions(text)));
    regions.sort((a, b) -> Integer.compare(a[0], b[0]));
    return regions;
  }

  private static String mark(String text, int start, int end, List<int[]> regions, boolean highlight) {
    StringBuilder out = new StringBuilder();
    int position = start;
    for (int[] region : regions) {
      if (!highlight || region[0] < position || region[1] > end) {
        continue;
      }
      out.append(text, position, region[0]).append("@@@hl@@@").append(text, region[0], region[1])
          .append("@@@endhl@@@");
      position = region[1];
    }
    return out.append(text, position, end).toString();
  }
}
