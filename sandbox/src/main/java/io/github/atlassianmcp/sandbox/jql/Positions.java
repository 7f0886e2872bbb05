package io.github.atlassianmcp.sandbox.jql;

/** Jira's "(line L, character C)" for an offset in a query, both counted from 1. */
final class Positions {

  private Positions() {}

  static String of(String text, int offset) {
    int line = 1;
    int lineStart = 0;
    for (int i = 0; i < offset && i < text.length(); i++) {
      if (text.charAt(i) == '\n') {
        line++;
        lineStart = i + 1;
      }
    }
    return "(line " + line + ", character " + (offset - lineStart + 1) + ")";
  }
}
