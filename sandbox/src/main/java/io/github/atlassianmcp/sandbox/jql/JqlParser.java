package io.github.atlassianmcp.sandbox.jql;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A recursive-descent parser for the JQL grammar (CQL shares it):
 *
 * <pre>
 * query    := [or] [ORDER BY sort (',' sort)*]
 * or       := and (OR and)*
 * and      := not (AND not)*
 * not      := NOT not | '(' or ')' | field operator operand
 * operand  := value | function '(' [value (',' value)*] ')' | '(' operand (',' operand)* ')' | EMPTY | NULL
 * </pre>
 *
 * Syntax errors carry the sentences Jira Cloud answers with, position included.
 */
public final class JqlParser {

  private final String text;
  private final List<Token> tokens;
  private int index;

  private JqlParser(String text, String reserved) {
    this.text = text;
    this.tokens = Lexer.tokens(text, reserved);
  }

  /** Parses a query, or throws {@link JqlSyntaxException} with Jira's message. */
  public static Query parse(String jql) {
    return new JqlParser(jql == null ? "" : jql, Lexer.JQL_RESERVED).query();
  }

  /** Parses CQL, whose grammar is JQL's without the reserved characters; the caller words the error. */
  public static Query parseCql(String cql) {
    return new JqlParser(cql == null ? "" : cql, "").query();
  }

  private Query query() {
    Optional<Clause> where = Optional.empty();
    if (peek().kind() != Token.Kind.EOF && !peek().isWord("order")) {
      where = Optional.of(or());
    }
    List<Query.SortTerm> orderBy = new ArrayList<>();
    if (peek().isWord("order")) {
      next();
      if (!peek().isWord("by")) {
        throw error(peek().kind() == Token.Kind.EOF
            ? "Error in the JQL Query: Expecting 'BY' before the end of the query."
            : "Error in the JQL Query: Expecting 'BY' but got '" + peek().text() + "'. " + at(peek()));
      }
      next();
      do {
        orderBy.add(sortTerm());
      } while (accept(Token.Kind.COMMA));
    }
    Token rest = peek();
    if (rest.kind() != Token.Kind.EOF) {
      throw error("Error in the JQL Query: Expecting either 'OR' or 'AND' but got '" + rest.text() + "'. " + at(rest));
    }
    return new Query(where, orderBy);
  }

  private Query.SortTerm sortTerm() {
    Token field = peek();
    if (field.kind() != Token.Kind.WORD && field.kind() != Token.Kind.STRING) {
      throw expectingField(field);
    }
    next();
    boolean descending = false;
    if (peek().isWord("asc")) {
      next();
    } else if (peek().isWord("desc")) {
      next();
      descending = true;
    }
    return new Query.SortTerm(field.text(), descending, field.offset());
  }

  private Clause or() {
    List<Clause> clauses = new ArrayList<>();
    clauses.add(and());
    while (accept(Token.Kind.OR)) {
      clauses.add(and());
    }
    return clauses.size() == 1 ? clauses.get(0) : new Clause.Or(clauses);
  }

  private Clause and() {
    List<Clause> clauses = new ArrayList<>();
    clauses.add(not());
    while (accept(Token.Kind.AND)) {
      clauses.add(not());
    }
    return clauses.size() == 1 ? clauses.get(0) : new Clause.And(clauses);
  }

  private Clause not() {
    if (accept(Token.Kind.NOT)) {
      return new Clause.Not(not());
    }
    if (accept(Token.Kind.LPAREN)) {
      Clause inner = or();
      expectClosing();
      return inner;
    }
    return terminal();
  }

  private Clause terminal() {
    Token field = peek();
    if (field.kind() != Token.Kind.WORD && field.kind() != Token.Kind.STRING) {
      throw expectingField(field);
    }
    next();
    Operator operator = operator();
    Operand operand = operand(operator);
    return new Clause.Terminal(field.text(), operator, operand, field.offset());
  }

  private Operator operator() {
    Token token = next();
    if (token.kind() == Token.Kind.OPERATOR) {
      return Operator.ofSymbol(token.text()).orElseThrow();
    }
    if (token.isWord("in")) {
      return Operator.IN;
    }
    if (token.kind() == Token.Kind.NOT && peek().isWord("in")) {
      next();
      return Operator.NOT_IN;
    }
    if (token.isWord("is")) {
      if (accept(Token.Kind.NOT)) {
        return Operator.IS_NOT;
      }
      return Operator.IS;
    }
    if (token.kind() == Token.Kind.EOF) {
      throw error("Error in the JQL Query: Expecting operator before the end of the query. The valid operators are "
          + Operator.VALID_OPERATORS + ".");
    }
    throw error("Error in the JQL Query: Expecting operator but got '" + token.text()
        + "'. The valid operators are " + Operator.VALID_OPERATORS + ". " + at(token));
  }

  private Operand operand(Operator operator) {
    Token token = peek();
    if (token.kind() == Token.Kind.LPAREN) {
      next();
      List<Operand> items = new ArrayList<>();
      do {
        items.add(operand(operator));
      } while (accept(Token.Kind.COMMA));
      expectClosing();
      return new Operand.ListOf(items);
    }
    if (token.kind() == Token.Kind.STRING) {
      next();
      return new Operand.Value(token.text(), true, token.offset());
    }
    if (token.kind() == Token.Kind.WORD && !isKeyword(token)) {
      next();
      if (token.isWord("empty") || token.isWord("null")) {
        return new Operand.Empty();
      }
      if (peek().kind() == Token.Kind.LPAREN) {
        return function(token);
      }
      return new Operand.Value(token.text(), false, token.offset());
    }
    if (token.kind() == Token.Kind.EOF) {
      throw error("Error in JQL Query: Expecting either a value, list or function before the end of the query.");
    }
    throw error("Error in JQL Query: Expecting either a value, list or function but got '" + token.text()
        + "'. You must surround '" + token.text() + "' in quotation marks to use it as a value. " + at(token));
  }

  private Operand function(Token name) {
    next();
    List<String> arguments = new ArrayList<>();
    if (!accept(Token.Kind.RPAREN)) {
      do {
        Token argument = next();
        if (argument.kind() != Token.Kind.WORD && argument.kind() != Token.Kind.STRING) {
          throw error(argument.kind() == Token.Kind.EOF
              ? "Error in the JQL Query: Expecting ')' before the end of the query."
              : "Error in the JQL Query: Expecting a function argument but got '" + argument.text() + "'. "
                  + at(argument));
        }
        arguments.add(argument.text());
      } while (accept(Token.Kind.COMMA));
      expectClosing();
    }
    return new Operand.Function(name.text(), arguments, name.offset());
  }

  private void expectClosing() {
    Token token = next();
    if (token.kind() == Token.Kind.RPAREN) {
      return;
    }
    throw error(token.kind() == Token.Kind.EOF
        ? "Error in the JQL Query: Expecting ')' before the end of the query."
        : "Error in the JQL Query: Expecting ')' but got '" + token.text() + "'. " + at(token));
  }

  private JqlSyntaxException expectingField(Token token) {
    return error(token.kind() == Token.Kind.EOF
        ? "Error in the JQL Query: Expecting a field name at the end of the query."
        : "Error in the JQL Query: Expecting a field name but got '" + token.text() + "'. " + at(token));
  }

  private static boolean isKeyword(Token token) {
    return token.isWord("order") || token.isWord("in") || token.isWord("is");
  }

  private boolean accept(Token.Kind kind) {
    if (peek().kind() == kind) {
      index++;
      return true;
    }
    return false;
  }

  private Token peek() {
    return tokens.get(index);
  }

  private Token next() {
    Token token = tokens.get(index);
    if (token.kind() != Token.Kind.EOF) {
      index++;
    }
    return token;
  }

  private String at(Token token) {
    return Positions.of(text, token.offset());
  }

  private static JqlSyntaxException error(String message) {
    return new JqlSyntaxException(message);
  }
}
