package io.github.atlassianmcp.server.tools.servicedesk;

import io.github.atlassianmcp.server.tools.ToolInputException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Finds what an agent names (a service desk, request type or queue) by its ID or one of its names. */
final class ByName {

  private ByName() {}

  /**
   * The option named by {@code wanted} (see {@link #find}).
   *
   * @param what what the options are, e.g. "queue"
   * @param where where they are, e.g. "SUP"
   * @param all what all of them are called, e.g. "Queues"
   * @throws ToolInputException naming every option with its ID, when none fits
   */
  static <T> T require(List<T> options, String wanted, Function<T, String> id, Function<T, String> name,
      String what, String where, String all) {
    return find(options, wanted, id, option -> List.of(name.apply(option)))
        .orElseThrow(() -> new ToolInputException("No " + what + " \"" + wanted.strip() + "\" on " + where + ". "
            + all + ": " + options.stream().map(option -> name.apply(option) + " (id " + id.apply(option) + ")")
            .collect(Collectors.joining(", ")) + "."));
  }

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
