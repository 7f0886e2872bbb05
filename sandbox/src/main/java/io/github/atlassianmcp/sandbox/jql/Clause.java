package io.github.atlassianmcp.sandbox.jql;

import java.util.List;

/** The where part of a query, as a tree. */
public sealed interface Clause {

  record And(List<Clause> clauses) implements Clause {
    public And {
      clauses = List.copyOf(clauses);
    }
  }

  record Or(List<Clause> clauses) implements Clause {
    public Or {
      clauses = List.copyOf(clauses);
    }
  }

  record Not(Clause clause) implements Clause {}

  /** {@code field operator operand}, e.g. {@code assignee = currentUser()}. */
  record Terminal(String field, Operator operator, Operand operand, int offset) implements Clause {}
}
