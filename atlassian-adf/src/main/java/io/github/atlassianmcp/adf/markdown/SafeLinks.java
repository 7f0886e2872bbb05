package io.github.atlassianmcp.adf.markdown;

import java.util.Locale;
import java.util.Set;

/**
 * Which link destinations from Atlassian content may become markdown links: web and mail addresses, and
 * references without a scheme (relative paths, anchors). Anything else ({@code javascript:}, {@code data:},
 * {@code vbscript:}, {@code file:}, an application's own scheme) would be a live link in whatever renders the
 * agent's markdown, put there by whoever wrote the page; its text stays, the link goes.
 */
public final class SafeLinks {

  private static final Set<String> SCHEMES = Set.of("http", "https", "mailto");

  private SafeLinks() {}

  /** Whether {@code href} may be written as a link (or an image's source). */
  public static boolean allowed(String href) {
    if (href == null) {
      return false;
    }
    // As a browser reads it: control characters and spaces at either end, tabs and line breaks anywhere, ignored.
    StringBuilder url = new StringBuilder(Math.min(href.length(), 64));
    for (int i = 0; i < href.length(); i++) {
      char c = href.charAt(i);
      if (c != '\t' && c != '\n' && c != '\r' && !(url.length() == 0 && c <= ' ')) {
        url.append(c);
      }
    }
    int colon = url.indexOf(":");
    if (colon < 0) {
      return true;
    }
    String scheme = url.substring(0, colon);
    if (!scheme.matches("[A-Za-z][A-Za-z0-9+.-]*")) {
      // The colon is in a path, query or fragment ("/a:b", "?t=1:2"): a relative reference.
      return true;
    }
    return SCHEMES.contains(scheme.toLowerCase(Locale.ROOT));
  }
}
