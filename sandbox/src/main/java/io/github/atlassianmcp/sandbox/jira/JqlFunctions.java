package io.github.atlassianmcp.sandbox.jira;

import io.github.atlassianmcp.sandbox.jql.DateFunctions;
import io.github.atlassianmcp.sandbox.jql.Operand;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The JQL functions the sandbox knows, with Jira's messages when one is unknown or used on the wrong field:
 * {@code currentUser()} for user fields, and the {@link DateFunctions} for dates.
 */
final class JqlFunctions {

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
    boolean known = function.name().equalsIgnoreCase("currentUser") || DateFunctions.isDateFunction(function.name());
    return known
        ? "A value provided by the function '" + function.name() + "' is invalid for the field '" + field + "'."
        : "Unable to find JQL function '" + function.name() + "()'.";
  }
}
