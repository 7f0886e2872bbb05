package io.github.atlassianmcp.sandbox.jql;

import java.util.List;

/** The right-hand side of a clause. */
public sealed interface Operand {

  /** A single value; {@code quoted} when it was written in quotes. */
  record Value(String text, boolean quoted, int offset) implements Operand {}

  /** A parenthesised list, as after IN. */
  record ListOf(List<Operand> items) implements Operand {
    public ListOf {
      items = List.copyOf(items);
    }
  }

  /** A function such as {@code currentUser()} or {@code startOfDay(-1d)}. */
  record Function(String name, List<String> arguments, int offset) implements Operand {
    public Function {
      arguments = List.copyOf(arguments);
    }
  }

  /** EMPTY or NULL. */
  record Empty() implements Operand {}
}
