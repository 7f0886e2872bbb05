package io.github.atlassianmcp.sandbox.jql;

/**
 * A lexical token of JQL (and of CQL, which shares its syntax).
 *
 * @param text the text as written (the content, for a quoted string)
 * @param offset the 0-based offset in the query, for Jira's "(line 1, character N)"
 */
public record Token(Kind kind, String text, int offset) {

  /** Token kinds. Words are unquoted names, values and keywords; the parser tells keywords apart. */
  public enum Kind { WORD, STRING, OPERATOR, LPAREN, RPAREN, COMMA, AND, OR, NOT, EOF }

  public boolean isWord(String keyword) {
    return kind == Kind.WORD && text.equalsIgnoreCase(keyword);
  }
}
