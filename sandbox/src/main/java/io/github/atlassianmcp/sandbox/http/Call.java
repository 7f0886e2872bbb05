package io.github.atlassianmcp.sandbox.http;

import java.util.Map;
import java.util.Optional;

/**
 * One authenticated product request, ready for a handler.
 *
 * @param request the request, its path being the site path
 * @param path the values of the route's path variables
 * @param caller who is calling
 * @param apiBase the base of every link in the answer: the site ({@code http://127.0.0.1:PORT}) or the gateway
 *     prefix ({@code http://127.0.0.1:PORT/ex/jira/CLOUD_ID}), as Atlassian answers with links on the host that
 *     was called
 * @param siteBase the base of links to the web UI ({@code http://127.0.0.1:PORT}): pages, portals and browse
 *     links are on the site even when the API was called through the gateway
 */
public record Call(HttpRequest request, Map<String, String> path, Caller caller, String apiBase, String siteBase) {

  public Call {
    path = Map.copyOf(path);
  }

  public String pathVariable(String name) {
    String value = path.get(name);
    if (value == null) {
      throw new IllegalStateException("The route has no path variable " + name);
    }
    return value;
  }

  public Optional<String> query(String name) {
    return request.queryParam(name);
  }

  /** A query parameter that must be a whole number of 0 or more, or this family's 400 naming it. */
  public int count(String name, int fallback) {
    String value = request.queryParam(name).orElse(null);
    if (value == null || value.isBlank()) {
      return fallback;
    }
    try {
      int number = Integer.parseInt(value.trim());
      if (number >= 0) {
        return number;
      }
    } catch (NumberFormatException e) {
      // answered below
    }
    throw error(400, "The '" + name + "' parameter must be a number of 0 or more, was '" + value + "'.");
  }

  /** The API family of the requested path, for error bodies. */
  public ApiFamily family() {
    return ApiFamily.forSitePath(request.path());
  }

  /** Ends the request with this family's error body. */
  public ApiException error(int status, String message) {
    return new ApiException(family().error(status, message));
  }
}
