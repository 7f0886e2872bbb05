package io.github.atlassianmcp.server.transport;

import java.math.BigInteger;
import java.util.List;
import java.util.Map;

/** JSON values as the SDK's mapper parses them (maps, lists, strings, numbers, booleans, null), in words. */
final class JsonTypes {

  private static final int LONGEST_QUOTE = 60;

  private JsonTypes() {}

  /** "an array", "a number with a fraction"...: what a value is, for a message that says what it should be. */
  static String describe(Object value) {
    if (value == null) {
      return "null";
    }
    if (value instanceof Map) {
      return "an object";
    }
    if (value instanceof List) {
      return "an array";
    }
    if (value instanceof String) {
      return "a string";
    }
    if (value instanceof Boolean) {
      return value + "";
    }
    if (value instanceof BigInteger) {
      return "an integer beyond 64 bits";
    }
    if (value instanceof Integer || value instanceof Long) {
      return "a number";
    }
    return "a number with a fraction";
  }

  /** Whether {@code id} can identify a request in MCP: a string or an integer that fits 64 bits. */
  static boolean isRequestId(Object id) {
    return id instanceof String || id instanceof Integer || id instanceof Long;
  }

  /** Text from the client to quote back in a message: control characters and quotes escaped, long text cut. */
  static String quote(String text) {
    String cut = text.codePointCount(0, text.length()) > LONGEST_QUOTE
        ? text.substring(0, text.offsetByCodePoints(0, LONGEST_QUOTE)) + "…" : text;
    StringBuilder out = new StringBuilder(cut.length());
    cut.codePoints().forEach(cp -> {
      if (cp == '"' || cp == '\\') {
        out.append('\\').appendCodePoint(cp);
      } else if (Character.isISOControl(cp) || Character.getType(cp) == Character.FORMAT
          || Character.getType(cp) == Character.SURROGATE) {
        out.append(String.format("\\u%04x", cp));
      } else {
        out.appendCodePoint(cp);
      }
    });
    return out.toString();
  }
}
