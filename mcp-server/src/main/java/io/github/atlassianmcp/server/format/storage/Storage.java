package io.github.atlassianmcp.server.format.storage;

import io.github.atlassianmcp.adf.text.UntrustedText;
import java.util.Locale;
import org.jsoup.nodes.Element;

/** Reading helpers for Confluence storage elements (macros, their parameters and resource identifiers). */
final class Storage {

  private Storage() {}

  /** The lower-case name of a structured macro ({@code ac:name}). */
  static String macroName(Element macro) {
    return macro.attr("ac:name").strip().toLowerCase(Locale.ROOT);
  }

  static boolean isMacro(Element element) {
    return element.normalName().equals("ac:structured-macro") || element.normalName().equals("ac:macro");
  }

  /** The cleaned text of a macro parameter; {@code ""} when it is absent. */
  static String parameter(Element macro, String name) {
    for (Element child : macro.children()) {
      if (child.normalName().equals("ac:parameter") && child.attr("ac:name").equalsIgnoreCase(name)) {
        return UntrustedText.clean(child.text()).strip();
      }
    }
    return "";
  }

  /** The first direct child with this tag name, or null. */
  static Element child(Element parent, String tagName) {
    for (Element child : parent.children()) {
      if (child.normalName().equals(tagName)) {
        return child;
      }
    }
    return null;
  }

  /** The first direct child that is a resource identifier ({@code ri:page}, {@code ri:user}...), or null. */
  static Element resource(Element parent) {
    for (Element child : parent.children()) {
      if (child.normalName().startsWith("ri:")) {
        return child;
      }
    }
    return null;
  }

  /** A cleaned attribute value; {@code ""} when absent. */
  static String attr(Element element, String name) {
    return element == null ? "" : UntrustedText.clean(element.attr(name)).strip();
  }

  /** The text of a plain-text body (a CDATA section), as written. */
  static String plainTextBody(Element macro) {
    Element body = child(macro, "ac:plain-text-body");
    return body == null ? "" : UntrustedText.clean(body.wholeText());
  }
}
