package io.github.atlassianmcp.sandbox.http;

import java.net.InetAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * One HTTP request as the sandbox sees it: method, decoded path, query parameters (a name may repeat), headers
 * by lower-case name, and the body. Immutable.
 */
public record HttpRequest(
    String method,
    String path,
    String rawQuery,
    Map<String, List<String>> query,
    Map<String, List<String>> headers,
    byte[] body,
    InetAddress remoteAddress) {

  public HttpRequest {
    method = method.toUpperCase(Locale.ROOT);
    query = copy(query);
    headers = copy(headers);
    body = body == null ? new byte[0] : body;
  }

  /** Builds a request from a URI and headers; header names are folded to lower case. */
  public static HttpRequest of(String method, URI uri, Map<String, List<String>> headers, byte[] body,
      InetAddress remoteAddress) {
    Map<String, List<String>> lower = new LinkedHashMap<>();
    headers.forEach((name, values) -> lower.computeIfAbsent(name.toLowerCase(Locale.ROOT), k -> new ArrayList<>())
        .addAll(values));
    String path = uri.getPath() == null || uri.getPath().isEmpty() ? "/" : uri.getPath();
    return new HttpRequest(method, path, uri.getRawQuery(), parseForm(uri.getRawQuery()), lower, body, remoteAddress);
  }

  /** Parses {@code a=1&b=2&a=3} (query strings and form bodies) into names with their values in order. */
  public static Map<String, List<String>> parseForm(String raw) {
    Map<String, List<String>> result = new LinkedHashMap<>();
    if (raw == null || raw.isEmpty()) {
      return result;
    }
    for (String pair : raw.split("&")) {
      if (pair.isEmpty()) {
        continue;
      }
      int eq = pair.indexOf('=');
      String name = decode(eq < 0 ? pair : pair.substring(0, eq));
      String value = eq < 0 ? "" : decode(pair.substring(eq + 1));
      result.computeIfAbsent(name, k -> new ArrayList<>()).add(value);
    }
    return result;
  }

  /** The same request at another path, as the gateway forwards it to the product. */
  public HttpRequest withPath(String newPath) {
    return new HttpRequest(method, newPath, rawQuery, query, headers, body, remoteAddress);
  }

  public Optional<String> queryParam(String name) {
    List<String> values = query.get(name);
    return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
  }

  public List<String> queryParams(String name) {
    return query.getOrDefault(name, List.of());
  }

  public Optional<String> header(String name) {
    List<String> values = headers.get(name.toLowerCase(Locale.ROOT));
    return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
  }

  /** The media type of the body without parameters, in lower case; empty when absent. */
  public String mediaType() {
    return header("content-type").map(value -> value.split(";", 2)[0].trim().toLowerCase(Locale.ROOT)).orElse("");
  }

  public String bodyText() {
    return new String(body, StandardCharsets.UTF_8);
  }

  private static String decode(String value) {
    return URLDecoder.decode(value, StandardCharsets.UTF_8);
  }

  private static Map<String, List<String>> copy(Map<String, List<String>> map) {
    Map<String, List<String>> copy = new LinkedHashMap<>();
    map.forEach((name, values) -> copy.put(name, List.copyOf(values)));
    return Collections.unmodifiableMap(copy);
  }
}
