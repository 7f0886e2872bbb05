package io.github.atlassianmcp.server.transport;

import io.github.atlassianmcp.server.tools.ClosestNames;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The names a {@code tools/call} may use, and the closest of them to a name that is none: an agent that misspells
 * a tool (or remembers one from another server) learns what to call instead of only that it failed.
 *
 * @param known every tool of the server, disabled ones included (calling one explains why it is off)
 * @param listed the tools {@code tools/list} shows, the ones worth suggesting
 */
record ToolNames(Set<String> known, List<String> listed) {

  private static final int SUGGESTIONS = 3;

  ToolNames {
    known = Set.copyOf(known);
    listed = List.copyOf(listed);
  }

  boolean isKnown(String name) {
    return known.contains(name);
  }

  /** Up to three listed names, closest first: one containing the other, then by edit distance. */
  List<String> closestTo(String name) {
    String wanted = name.toLowerCase(Locale.ROOT);
    return listed.stream()
        .sorted(Comparator.comparingInt((String tool) -> contains(tool, wanted) ? 0 : 1)
            .thenComparingInt(tool -> distance(tool, wanted)))
        .limit(SUGGESTIONS)
        .toList();
  }

  private static boolean contains(String tool, String wanted) {
    return !wanted.isEmpty() && (tool.contains(wanted) || wanted.contains(tool));
  }

  private static int distance(String a, String b) {
    return ClosestNames.distance(a, b);
  }
}
