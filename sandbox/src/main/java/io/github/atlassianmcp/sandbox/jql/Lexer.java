package io.github.atlassianmcp.sandbox.jql;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Splits a JQL (or CQL) string into tokens, refusing Jira's reserved characters outside quotes. */
final class Lexer {

  /** Characters JQL reserves outside quotes. CQL reserves none of them: {@code space.key} is a CQL field. */
  static final String JQL_RESERVED = "+.;?*/%^$#@[]";
  private static final String WORD_END = " \t\r\n=!<>~(),&|\"'";

  private final String text;
  private final String reserved;
  private int pos;

  private Lexer(String text, String reserved) {
    this.text = text;
    this.reserved = reserved;
  }

  static List<Token> tokens(String text, String reserved) {
    return new Lexer(text, reserved).all();
  }

  private List<Token> all() {
    List<Token> tokens = new ArrayList<>();
    while (true) {
      skipWhitespace();
      if (pos >= text.length()) {
        tokens.add(new Token(Token.Kind.EOF, "", pos));
        return tokens;
      }
      tokens.add(next());
    }
  }

  private Token next() {
    int start = pos;
    char c = text.charAt(pos);
    switch (c) {
      case '(' -> {
        pos++;
        return new Token(Token.Kind.LPAREN, "(", start);
      }
      case ')' -> {
        pos++;
        return new Token(Token.Kind.RPAREN, ")", start);
      }
      case ',' -> {
        pos++;
        return new Token(Token.Kind.COMMA, ",", start);
      }
      case '"', '\'' -> {
        return quoted(c);
      }
      case '&' -> {
        pos += text.startsWith("&&", pos) ? 2 : 1;
        return new Token(Token.Kind.AND, text.substring(start, pos), start);
      }
      case '|' -> {
        pos += text.startsWith("||", pos) ? 2 : 1;
        return new Token(Token.Kind.OR, text.substring(start, pos), start);
      }
      case '=', '~' -> {
        pos++;
        return new Token(Token.Kind.OPERATOR, String.valueOf(c), start);
      }
      case '<', '>' -> {
        pos += text.startsWith("=", pos + 1) ? 2 : 1;
        return new Token(Token.Kind.OPERATOR, text.substring(start, pos), start);
      }
      case '!' -> {
        if (text.startsWith("!=", pos) || text.startsWith("!~", pos)) {
          pos += 2;
          return new Token(Token.Kind.OPERATOR, text.substring(start, pos), start);
        }
        pos++;
        return new Token(Token.Kind.NOT, "!", start);
      }
      default -> {
        return word();
      }
    }
  }

  private Token word() {
    int start = pos;
    while (pos < text.length() && WORD_END.indexOf(text.charAt(pos)) < 0) {
      char c = text.charAt(pos);
      if (c == '[' && text.substring(start, pos).equalsIgnoreCase("cf") && customFieldId(pos)) {
        // cf[10020] names a custom field by its ID: the one place JQL takes brackets outside quotes.
        pos = text.indexOf(']', pos) + 1;
        continue;
      }
      if (reserved.indexOf(c) >= 0) {
        throw new JqlSyntaxException(String.format(
            "Error in the JQL Query: The character '%c' is a reserved JQL character. You must enclose it in a"
                + " string or use the escape '\\u%04x' instead. %s", c, (int) c, Positions.of(text, pos)));
      }
      pos++;
    }
    String word = text.substring(start, pos);
    if (word.regionMatches(true, 0, "cf[", 0, 3)) {
      word = word.toLowerCase(Locale.ROOT);
    }
    if (word.equalsIgnoreCase("and")) {
      return new Token(Token.Kind.AND, word, start);
    }
    if (word.equalsIgnoreCase("or")) {
      return new Token(Token.Kind.OR, word, start);
    }
    if (word.equalsIgnoreCase("not")) {
      return new Token(Token.Kind.NOT, word, start);
    }
    return new Token(Token.Kind.WORD, word, start);
  }

  /** Whether {@code [} at {@code at} opens a custom field ID: digits, then {@code ]}. */
  private boolean customFieldId(int at) {
    int close = text.indexOf(']', at);
    return close > at + 1 && text.substring(at + 1, close).chars().allMatch(Character::isDigit);
  }

  private Token quoted(char quote) {
    int start = pos++;
    StringBuilder value = new StringBuilder();
    while (pos < text.length()) {
      char c = text.charAt(pos++);
      if (c == quote) {
        return new Token(Token.Kind.STRING, value.toString(), start);
      }
      if (c == '\\' && pos < text.length()) {
        char escaped = text.charAt(pos++);
        switch (escaped) {
          case 'n' -> value.append('\n');
          case 't' -> value.append('\t');
          case 'r' -> value.append('\r');
          case 'u' -> {
            if (pos + 4 <= text.length()) {
              value.append((char) Integer.parseInt(text.substring(pos, pos + 4), 16));
              pos += 4;
            }
          }
          default -> value.append(escaped);
        }
      } else {
        value.append(c);
      }
    }
    throw new JqlSyntaxException("Error in the JQL Query: The quoted string '" + value
        + "' has not been completed. " + Positions.of(text, start));
  }

  private void skipWhitespace() {
    while (pos < text.length() && Character.isWhitespace(text.charAt(pos))) {
      pos++;
    }
  }
}
