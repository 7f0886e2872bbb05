package io.github.atlassianmcp.sandbox.jira;

import io.github.atlassianmcp.sandbox.jql.DateFunctions;
import io.github.atlassianmcp.sandbox.jql.Operand;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The JQL functions the sandbox knows, with Jira's messages when one is unknown or used on the wrong field:
 * {@code currentUser()} for user fields, the {@link DateFunctions} for dates, and {@code openSprints()},
 * {@code closedSprints()} and {@code futureSprints()} for the Sprint field.
 */
final class JqlFunctions {

  private static final Set<String> SPRINT_FUNCTIONS = Set.of("opensprints", "closedsprints", "futuresprints");

  private final QueryContext context;

  JqlFunctions(QueryContext context) {
    this.context = context;
  }

  /** The account ID a function stands for on a user field. */
  Optional<String> userValue(Operand.Function function, String field, boolean userField, List<String> errors) {
    String name = function.name().toLowerCase(Locale.ROOT);
    if (name.equals("currentuser") && userField) {
      return Optional.of(context.caller().accountId());
    }
    errors.add(misused(function, field));
    return Optional.empty();
  }

  /** The sprint IDs {@code openSprints()}, {@code closedSprints()} or {@code futureSprints()} stand for. */
  List<String> sprintValues(Operand.Function function, String field, List<String> errors) {
    Optional<Predicate<Sprint>> which = switch (function.name().toLowerCase(Locale.ROOT)) {
      case "opensprints" -> Optional.of(Sprint::open);
      case "closedsprints" -> Optional.of(sprint -> !sprint.open());
      case "futuresprints" -> Optional.of(sprint -> sprint.state() == SprintState.FUTURE);
      default -> Optional.empty();
    };
    if (which.isEmpty()) {
      errors.add(misused(function, field));
      return List.of();
    }
    return context.store().sprints().stream().filter(which.get()).map(sprint -> Long.toString(sprint.id()))
        .toList();
  }

  /** The instant a date function stands for. */
  Optional<Instant> dateValue(Operand.Function function, String field, List<String> errors) {
    if (!DateFunctions.isDateFunction(function.name())) {
      errors.add(misused(function, field));
      return Optional.empty();
    }
    Optional<Instant> value = DateFunctions.evaluate(function, context.now(), context.zone());
    if (value.isEmpty()) {
      errors.add("The function '" + function.name() + "' does not accept the argument '"
          + function.arguments().get(0) + "'. Use an offset such as -1 or \"-2w\".");
    }
    return value;
  }

  private static String misused(Operand.Function function, String field) {
    boolean known = function.name().equalsIgnoreCase("currentUser") || DateFunctions.isDateFunction(function.name())
        || SPRINT_FUNCTIONS.contains(function.name().toLowerCase(Locale.ROOT));
    return known
        ? "A value provided by the function '" + function.name() + "' is invalid for the field '" + field + "'."
        : "Unable to find JQL function '" + function.name() + "()'.";
  }
}
