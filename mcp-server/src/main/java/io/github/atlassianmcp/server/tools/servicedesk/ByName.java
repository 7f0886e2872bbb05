package io.github.atlassianmcp.server.tools.servicedesk;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

/** Finds what an agent names (a service desk, request type or queue) by its ID or one of its names. */
final class ByName {

  private ByName() {}

  /**
   * The option whose ID is {@code wanted}, else the one with a name equal to it (ignoring case), else the only one
   * whose name contains it; empty when none fits or several contain it.
   */
  static <T> Optional<T> find(List<T> options, String wanted, Function<T, String> id,
      Function<T, List<String>> names) {
    String text = wanted.strip();
    String lower = text.toLowerCase(Locale.ROOT);
    Optional<T> exact = options.stream().filter(option -> id.apply(option).equals(text)).findFirst()
        .or(() -> options.stream().filter(option -> names.apply(option).stream()
            .anyMatch(name -> name.equalsIgnoreCase(text))).findFirst());
    if (exact.isPresent() || lower.isEmpty()) {
      return exact;
    }
    List<T> containing = options.stream().filter(option -> names.apply(option).stream()
        .anyMatch(name -> name.toLowerCase(Locale.ROOT).contains(lower))).toList();
    return containing.size() == 1 ? Optional.of(containing.get(0)) : Optional.empty();
  }
}
