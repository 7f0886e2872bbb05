package io.github.atlassianmcp.server.tools;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/** The names closest to one nobody has: what an error offers for a misspelt tool, field or value. */
public final class ClosestNames {

  private static final int MAX_SUGGESTIONS = 5;
  /** Longer text is cut first: the names compared are short, and the distance is quadratic. */
  private static final int MAX_LENGTH = 100;

  private ClosestNames() {}

  /**
   * Up to five of {@code names} that look like {@code wanted} (ignoring case, spaces and punctuation): containing
   * it or contained in it, or a few edits away; closest first.
   */
  public static List<String> to(String wanted, List<String> names) {
    String needle = normal(wanted);
    if (needle.isEmpty()) {
      return List.of();
    }
    int allowed = Math.max(2, needle.length() / 3);
    return names.stream().distinct()
        .filter(name -> {
          String candidate = normal(name);
          return !candidate.isEmpty() && (candidate.contains(needle) || needle.contains(candidate)
              || distance(candidate, needle) <= allowed);
        })
        .sorted(Comparator.comparingInt(name -> distance(normal(name), needle)))
        .limit(MAX_SUGGESTIONS)
        .toList();
  }

  private static String normal(String name) {
    return name.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]", "");
  }

  /** Levenshtein distance, two rows. */
  public static int distance(String a, String b) {
    String shortA = a.length() > MAX_LENGTH ? a.substring(0, MAX_LENGTH) : a;
    String shortB = b.length() > MAX_LENGTH ? b.substring(0, MAX_LENGTH) : b;
    int[] previous = new int[shortB.length() + 1];
    int[] current = new int[shortB.length() + 1];
    for (int j = 0; j <= shortB.length(); j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= shortA.length(); i++) {
      current[0] = i;
      for (int j = 1; j <= shortB.length(); j++) {
        int substitution = previous[j - 1] + (shortA.charAt(i - 1) == shortB.charAt(j - 1) ? 0 : 1);
        current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
      }
      int[] swap = previous;
      previous = current;
      current = swap;
    }
    return previous[shortB.length()];
  }
}
