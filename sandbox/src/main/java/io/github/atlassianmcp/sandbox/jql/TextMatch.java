package io.github.atlassianmcp.sandbox.jql;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Jira's text search ({@code ~}), approximated: every word of the query must start a word of the text, ignoring
 * case, so "fix" finds "fixes" as Jira's stemming would; {@code *} and {@code ?} are wildcards; a phrase in
 * inner quotes must appear as written.
 */
public final class TextMatch {

  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}*?]+");

  private final List<Pattern> terms = new ArrayList<>();
  private final List<String> phrases = new ArrayList<>();

  public TextMatch(String query) {
    String rest = query;
    var quoted = Pattern.compile("\"([^\"]+)\"").matcher(query);
    while (quoted.find()) {
      phrases.add(quoted.group(1).toLowerCase(Locale.ROOT));
    }
    rest = quoted.replaceAll(" ");
    var words = WORD.matcher(rest);
    while (words.find()) {
      String word = words.group().toLowerCase(Locale.ROOT);
      String regex = Pattern.quote(word).replace("*", "\\E\\p{L}*\\Q").replace("?", "\\E.\\Q");
      terms.add(Pattern.compile("(?<![\\p{L}\\p{N}])" + regex));
    }
  }

  /** Whether the query has anything to look for. */
  public boolean isEmpty() {
    return terms.isEmpty() && phrases.isEmpty();
  }

  /** How often the query's words occur in the text: a crude relevance score. */
  public int hits(String text) {
    if (text == null) {
      return 0;
    }
    String lower = text.toLowerCase(Locale.ROOT);
    int hits = 0;
    for (Pattern term : terms) {
      var matcher = term.matcher(lower);
      while (matcher.find()) {
        hits++;
      }
    }
    return hits;
  }

  /** The regions of the text the query's words match, as [start, end) pairs in order. */
  public List<int[]> regions(String text) {
    List<int[]> regions = new ArrayList<>();
    String lower = text.toLowerCase(Locale.ROOT);
    for (Pattern term : terms) {
      var matcher = Pattern.compile(term.pattern() + "[\\p{L}\\p{N}]*").matcher(lower);
      while (matcher.find()) {
        regions.add(new int[] {matcher.start(), matcher.end()});
      }
    }
    regions.sort((a, b) -> Integer.compare(a[0], b[0]));
    return regions;
  }

  public boolean matches(String text) {
    if (text == null || text.isEmpty()) {
      return false;
    }
    String lower = text.toLowerCase(Locale.ROOT);
    return phrases.stream().allMatch(lower::contains) && terms.stream().allMatch(term -> term.matcher(lower).find());
  }
}
