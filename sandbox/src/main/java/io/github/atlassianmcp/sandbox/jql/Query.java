package io.github.atlassianmcp.sandbox.jql;

import java.util.List;
import java.util.Optional;

/**
 * A parsed query: the where clause (absent for an unbounded query) and the ORDER BY terms.
 */
public record Query(Optional<Clause> where, List<SortTerm> orderBy) {

  public Query {
    orderBy = List.copyOf(orderBy);
  }

  /** One ORDER BY term. */
  public record SortTerm(String field, boolean descending, int offset) {}
}
