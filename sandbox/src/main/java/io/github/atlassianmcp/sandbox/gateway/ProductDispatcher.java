package io.github.atlassianmcp.sandbox.gateway;

import io.github.atlassianmcp.sandbox.http.ApiFamily;
import io.github.atlassianmcp.sandbox.http.Call;
import io.github.atlassianmcp.sandbox.http.Caller;
import io.github.atlassianmcp.sandbox.http.HttpRequest;
import io.github.atlassianmcp.sandbox.http.HttpResponse;
import io.github.atlassianmcp.sandbox.http.Router;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Hands an authenticated product request to its route. A path no route serves answers 405 when another method
 * would do, 501 naming the operation when an official spec describes it (the sandbox does not pretend it is
 * absent), and the product's 404 otherwise.
 */
public final class ProductDispatcher {

  private final Router routes;
  private final OperationIndex operations;

  public ProductDispatcher(Router routes, OperationIndex operations) {
    this.routes = routes;
    this.operations = operations;
  }

  /** Every route served, as {@code METHOD /path/{variable}}, for diagnostics and coverage checks. */
  public List<String> routes() {
    return routes.describe();
  }

  /** Serves {@code request}, whose path is already the site path. */
  public HttpResponse dispatch(HttpRequest request, Caller caller, String apiBase, String siteBase) {
    ApiFamily family = ApiFamily.forSitePath(request.path());
    Optional<Router.Match> match = routes.match(request.method(), request.path());
    boolean sendsBody = request.method().equals("POST") || request.method().equals("PUT");
    Set<String> consumes = match.map(found -> found.route().consumes()).orElse(Set.of("application/json"));
    if (sendsBody && request.body().length > 0 && !consumes.contains(request.mediaType())) {
      // As the products do: a body they would not parse is refused before anything else.
      return family.error(415, "Unsupported Media Type: send the body as " + String.join(" or ", consumes) + ".");
    }
    if (match.isPresent()) {
      Call call = new Call(request, match.get().variables(), caller, apiBase, siteBase);
      return match.get().route().handler().handle(call);
    }
    if (routes.hasPath(request.path())) {
      return family.error(405, "Method " + request.method() + " is not supported for " + request.path());
    }
    return operations.match(request.method(), request.path())
        .map(op -> family.error(501, "The Atlassian sandbox does not implement " + op.method() + " " + op.path()
            + " (" + op.operationId() + ")."))
        .orElseGet(() -> family.error(404, "No API at " + request.method() + " " + request.path()));
  }
}
