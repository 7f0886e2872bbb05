package io.github.atlassianmcp.server.remote.connect;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;

/**
 * The linking pages' HTML: small, escaped, and sent with headers that keep them out of frames (clickjacking), out of
 * caches and referrers, and allow forms to post only here and on to Atlassian's consent page.
 */
final class Page {

  private Page() {}

  static void send(HttpServletResponse response, int status, String title, String bodyHtml, URI atlassianAuth)
      throws IOException {
    headers(response, atlassianAuth);
    response.setStatus(status);
    response.setContentType("text/html;charset=UTF-8");
    String html = "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>" + escape(title)
        + "</title><meta name=\"viewport\" content=\"width=device-width\"><style>body{font:16px system-ui,sans-serif;"
        + "max-width:36em;margin:3em auto;padding:0 1em}button{font-size:1em;padding:.5em 1.2em}</style></head><body>"
        + "<h1>" + escape(title) + "</h1>" + bodyHtml + "</body></html>";
    response.getOutputStream().write(html.getBytes(StandardCharsets.UTF_8));
  }

  /** A redirect (303: a POST's answer is followed with GET) with the same protective headers. */
  static void redirect(HttpServletResponse response, URI location, URI atlassianAuth) {
    headers(response, atlassianAuth);
    response.setStatus(303);
    response.setHeader("Location", location.toString());
  }

  static String escape(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (char c : text.toCharArray()) {
      switch (c) {
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '&' -> out.append("&amp;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> out.append(c);
      }
    }
    return out.toString();
  }

  private static void headers(HttpServletResponse response, URI atlassianAuth) {
    response.setHeader("X-Frame-Options", "DENY");
    response.setHeader("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'; form-action 'self' "
        + atlassianAuth.getScheme() + "://" + atlassianAuth.getRawAuthority() + "; frame-ancestors 'none';"
        + " base-uri 'none'");
    response.setHeader("Referrer-Policy", "no-referrer");
    response.setHeader("Cache-Control", "no-store");
    response.setHeader("X-Content-Type-Options", "nosniff");
  }
}
