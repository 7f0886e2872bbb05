package io.github.atlassianmcp.server.format.storage;

import io.github.atlassianmcp.adf.text.UntrustedText;

/**
 * Text made safe for storage format, which Confluence parses as XML: the five special characters escaped, and
 * characters XML 1.0 forbids (and invisible ones a reader cannot see) removed, so every body written is
 * well-formed.
 */
final class StorageXml {

  private StorageXml() {}

  /** Text content. */
  static String text(String text) {
    String clean = allowed(text);
    StringBuilder out = new StringBuilder(clean.length() + 16);
    for (int i = 0; i < clean.length(); i++) {
      char c = clean.charAt(i);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        default -> out.append(c);
      }
    }
    return out.toString();
  }

  /** An attribute value, for use between double quotes. */
  static String attribute(String value) {
    return text(value).replace("\"", "&quot;");
  }

  /** A CDATA section holding {@code text} exactly; a {@code ]]>} inside is split across two sections. */
  static String cdata(String text) {
    return "<![CDATA[" + allowed(text).replace("]]>", "]]]]><![CDATA[>") + "]]>";
  }

  /** The text without characters XML 1.0 does not allow, and without invisible or control characters. */
  static String allowed(String text) {
    String clean = UntrustedText.clean(text);
    StringBuilder out = null;
    for (int i = 0; i < clean.length(); i++) {
      char c = clean.charAt(i);
      boolean ok = c == '\t' || c == '\n' || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD)
          || (Character.isHighSurrogate(c) && i + 1 < clean.length() && Character.isLowSurrogate(clean.charAt(i + 1)))
          || (Character.isLowSurrogate(c) && i > 0 && Character.isHighSurrogate(clean.charAt(i - 1)));
      if (!ok && out == null) {
        out = new StringBuilder(clean.length()).append(clean, 0, i);
      } else if (ok && out != null) {
        out.append(c);
      }
    }
    return out == null ? clean : out.toString();
  }
}
