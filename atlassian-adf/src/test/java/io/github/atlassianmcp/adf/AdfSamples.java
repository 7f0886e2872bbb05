package io.github.atlassianmcp.adf;

/** Small builders for ADF JSON in tests. */
final class AdfSamples {

  private AdfSamples() {}

  static String doc(String... blocks) {
    return "{\"version\":1,\"type\":\"doc\",\"content\":[" + String.join(",", blocks) + "]}";
  }

  static String paragraph(String... inlines) {
    return "{\"type\":\"paragraph\",\"content\":[" + String.join(",", inlines) + "]}";
  }

  static String text(String text) {
    return "{\"type\":\"text\",\"text\":\"" + text + "\"}";
  }

  /** A text node with marks given as JSON objects. */
  static String text(String text, String... marks) {
    return "{\"type\":\"text\",\"text\":\"" + text + "\",\"marks\":[" + String.join(",", marks) + "]}";
  }

  static String mark(String type) {
    return "{\"type\":\"" + type + "\"}";
  }

  static String listItem(String... blocks) {
    return "{\"type\":\"listItem\",\"content\":[" + String.join(",", blocks) + "]}";
  }

  static String bulletList(String... items) {
    return "{\"type\":\"bulletList\",\"content\":[" + String.join(",", items) + "]}";
  }
}
