package io.github.atlassianmcp.sandbox.http;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The product routes of the site: method plus path template to handler. The most specific template wins. A route
 * takes JSON bodies unless it says which media types it consumes.
 */
public final class Router {

  private static final Set<String> JSON = Set.of("application/json");

  private final List<Route> routes = new ArrayList<>();

  /** A route with its handler and the media types of the bodies it takes. */
  public record Route(String method, PathTemplate template, Handler handler, Set<String> consumes) {}

  /** A route that matched, with the values of its path variables. */
  public record Match(Route route, Map<String, String> variables) {}

  public Router get(String template, Handler handler) {
    return add("GET", template, handler);
  }

  public Router post(String template, Handler handler) {
    return add("POST", template, handler);
  }

  public Router put(String template, Handler handler) {
    return add("PUT", template, handler);
  }

  public Router delete(String template, Handler handler) {
    return add("DELETE", template, handler);
  }

  public Router add(String method, String template, Handler handler) {
    return add(method, template, JSON, handler);
  }

  /** A route whose bodies are of other media types, such as {@code multipart/form-data}. */
  public Router add(String method, String template, Set<String> consumes, Handler handler) {
    routes.add(new Route(method, new PathTemplate(template), handler, Set.copyOf(consumes)));
    return this;
  }

  public Optional<Match> match(String method, String path) {
    return routes.stream()
        .filter(route -> route.method().equals(method))
        .sorted(Comparator.comparingInt(route -> route.template().variableCount()))
        .flatMap(route -> route.template().match(path).map(vars -> new Match(route, vars)).stream())
        .findFirst();
  }

  /** Every route as {@code METHOD template}, in registration order. */
  public List<String> describe() {
    return routes.stream().map(route -> route.method() + " " + route.template().template()).toList();
  }

  /** Whether some route has this path with another method (so the answer is 405, not 404). */
  public boolean hasPath(String path) {
    return routes.stream().anyMatch(route -> route.template().match(path).isPresent());
  }
}
