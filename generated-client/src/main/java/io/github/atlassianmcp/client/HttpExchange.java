package io.github.atlassianmcp.client;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A failed call as seen on the wire: what was asked and what, if anything, came back.
 *
 * @param method the HTTP method, e.g. {@code GET}
 * @param url the request URL
 * @param statusCode the HTTP status, or 0 when no answer came
 * @param headers the response headers (names as sent; cookies are left out)
 * @param body the response body as text, at most {@link #MAX_BODY} characters; empty when there was none
 */
public record HttpExchange(String method, String url, int statusCode, Map<String, List<String>> headers,
    String body) {

  /** The longest body kept for an exception: enough for any Atlassian error document. */
  public static final int MAX_BODY = 64 * 1024;

  /** Response headers that may carry session secrets; never kept. */
  private static final Set<String> SECRET_HEADERS = Set.of("set-cookie", "set-cookie2");

  public HttpExchange {
    method = Objects.requireNonNullElse(method, "");
    url = Objects.requireNonNullElse(url, "");
    body = body == null ? "" : body.length() > MAX_BODY ? body.substring(0, MAX_BODY) : body;
    Map<String, List<String>> kept = new LinkedHashMap<>();
    if (headers != null) {
      headers.forEach((name, values) -> {
        if (name != null && values != null && !SECRET_HEADERS.contains(name.toLowerCase(Locale.ROOT))) {
          kept.put(name, List.copyOf(values));
        }
      });
    }
    headers = Map.copyOf(kept);
  }

  /** A request that got no answer. */
  public static HttpExchange unanswered(String method, String url) {
    return new HttpExchange(method, url, 0, Map.of(), "");
  }

  /** A header's first value, case-insensitively. */
  public Optional<String> header(String name) {
    return headers.entrySet().stream()
        .filter(e -> e.getKey().equalsIgnoreCase(name) && !e.getValue().isEmpty())
        .map(e -> e.getValue().get(0))
        .findFirst();
  }

  /** The URL's path, without host or query: what messages show. */
  public String path() {
    String withoutQuery = url.replaceFirst("[?#].*$", "");
    int scheme = withoutQuery.indexOf("://");
    if (scheme < 0) {
      return withoutQuery;
    }
    int slash = withoutQuery.indexOf('/', scheme + 3);
    return slash < 0 ? "/" : withoutQuery.substring(slash);
  }
}
