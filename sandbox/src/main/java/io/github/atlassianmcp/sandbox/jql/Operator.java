package io.github.atlassianmcp.sandbox.jql;

import java.util.Arrays;
import java.util.Optional;

/** The JQL operators, with the spelling Jira uses in its messages. */
public enum Operator {
  EQUALS("="),
  NOT_EQUALS("!="),
  LIKE("~"),
  NOT_LIKE("!~"),
  LESS("<"),
  GREATER(">"),
  LESS_OR_EQUAL("<="),
  GREATER_OR_EQUAL(">="),
  IN("in"),
  NOT_IN("not in"),
  IS("is"),
  IS_NOT("is not");

  /** Jira's list of operators, as it appears in "Expecting operator" messages. */
  static final String VALID_OPERATORS =
      "'=', '!=', '<', '>', '<=', '>=', '~', '!~', 'IN', 'NOT IN', 'IS' and 'IS NOT'";

  private final String symbol;

  Operator(String symbol) {
    this.symbol = symbol;
  }

  public String symbol() {
    return symbol;
  }

  public boolean negated() {
    return this == NOT_EQUALS || this == NOT_LIKE || this == NOT_IN || this == IS_NOT;
  }

  static Optional<Operator> ofSymbol(String symbol) {
    return Arrays.stream(values()).filter(op -> op.symbol.equals(symbol)).findFirst();
  }
}
