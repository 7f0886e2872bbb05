package io.github.atlassianmcp.sandbox.jql;

import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;

/** Folds a clause tree into one predicate: AND, OR and NOT here, each terminal by the caller's rule. */
public final class Clauses {

  private Clauses() {}

  public static <T> Predicate<T> toPredicate(Clause clause, Function<Clause.Terminal, Predicate<T>> terminal) {
    if (clause instanceof Clause.And and) {
      List<Predicate<T>> parts = and.clauses().stream().map(part -> toPredicate(part, terminal)).toList();
      return item -> parts.stream().allMatch(part -> part.test(item));
    }
    if (clause instanceof Clause.Or or) {
      List<Predicate<T>> parts = or.clauses().stream().map(part -> toPredicate(part, terminal)).toList();
      return item -> parts.stream().anyMatch(part -> part.test(item));
    }
    if (clause instanceof Clause.Not not) {
      return toPredicate(not.clause(), terminal).negate();
    }
    return terminal.apply((Clause.Terminal) clause);
  }
}
