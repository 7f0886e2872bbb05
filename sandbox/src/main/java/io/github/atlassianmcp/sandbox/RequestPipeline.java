package io.github.atlassianmcp.sandbox;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import io.github.atlassianmcp.sandbox.admin.AdminEndpoints;
import io.github.atlassianmcp.sandbox.faults.Faults;
import io.github.atlassianmcp.sandbox.gateway.Gateway;
import io.github.atlassianmcp.sandbox.gateway.ProductDispatcher;
import io.github.atlassianmcp.sandbox.gateway.SiteAuthenticator;
import io.github.atlassianmcp.sandbox.http.ApiException;
import io.github.atlassianmcp.sandbox.http.HttpRequest;
import io.github.atlassianmcp.sandbox.http.HttpResponse;
import io.github.atlassianmcp.sandbox.http.RequestLog;
import io.github.atlassianmcp.sandbox.media.MediaHost;
import io.github.atlassianmcp.sandbox.oauth.AuthorizationServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;

/**
 * Every request's way through the sandbox: admin endpoints, injected faults, then the role the path belongs to
 * (authorization server, gateway, media host, site), then the log. An unexpected failure answers 500 and is reported on
 * stderr; it never kills the server.
 */
final class RequestPipeline implements HttpHandler {

  private final AdminEndpoints admin;
  private final Faults faults;
  private final AuthorizationServer authorizationServer;
  private final Gateway gateway;
  private final MediaHost media;
  private final SiteAuthenticator siteAuthenticator;
  private final ProductDispatcher products;
  private final RequestLog log;
  private final SiteAddress site;
  private final Clock clock;

  RequestPipeline(AdminEndpoints admin, Faults faults, AuthorizationServer authorizationServer, Gateway gateway,
      MediaHost media, SiteAuthenticator siteAuthenticator, ProductDispatcher products, RequestLog log,
      SiteAddress site, Clock clock) {
    this.admin = admin;
    this.faults = faults;
    this.authorizationServer = authorizationServer;
    this.gateway = gateway;
    this.media = media;
    this.siteAuthenticator = siteAuthenticator;
    this.products = products;
    this.log = log;
    this.site = site;
    this.clock = clock;
  }

  @Override
  public void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      HttpRequest request = read(exchange);
      HttpResponse response = answer(request);
      if (!request.path().startsWith(AdminEndpoints.PREFIX)) {
        log.record(clock.instant(), request, response.status());
      }
      write(exchange, request, response);
    }
  }

  HttpResponse answer(HttpRequest request) {
    try {
      Optional<HttpResponse> adminAnswer = admin.handle(request);
      if (adminAnswer.isPresent()) {
        return adminAnswer.get();
      }
      Optional<HttpResponse> fault = faults.take(request.path(), sitePath(request.path()));
      if (fault.isPresent()) {
        return fault.get();
      }
      return authorizationServer.handle(request)
          .or(() -> gateway.handle(request))
          .or(() -> media.handle(request))
          .orElseGet(() -> site(request));
    } catch (ApiException e) {
      return e.response();
    } catch (RuntimeException e) {
      System.err.println("[sandbox] " + request.method() + " " + request.path() + " failed: " + e);
      e.printStackTrace(System.err);
      return HttpResponse.text(500, "text/plain;charset=UTF-8",
          "The Atlassian sandbox failed to answer " + request.method() + " " + request.path() + " ("
              + e.getClass().getSimpleName() + "). This is a bug in the sandbox.");
    }
  }

  private HttpResponse site(HttpRequest request) {
    if (request.path().startsWith("/rest/") || request.path().startsWith("/wiki/")) {
      return products.dispatch(request, siteAuthenticator.authenticate(request), site.baseUrl(),
          site.baseUrl());
    }
    return HttpResponse.text(404, "text/plain;charset=UTF-8", "Nothing at " + request.path()
        + ". The sandbox serves /authorize, /oauth/token, /oauth/token/accessible-resources, /me, /ex/jira/"
        + site.cloudId() + "/rest/..., /ex/confluence/" + site.cloudId() + "/wiki/..., /rest/... and /wiki/...");
  }

  private static String sitePath(String path) {
    return path.replaceFirst("^/ex/(jira|confluence)/[^/]+(?=/)", "");
  }

  private static HttpRequest read(HttpExchange exchange) throws IOException {
    byte[] body;
    try (InputStream in = exchange.getRequestBody()) {
      body = in.readAllBytes();
    }
    return HttpRequest.of(exchange.getRequestMethod(), exchange.getRequestURI(), exchange.getRequestHeaders(), body,
        exchange.getRemoteAddress().getAddress());
  }

  private static void write(HttpExchange exchange, HttpRequest request, HttpResponse response) throws IOException {
    for (Map.Entry<String, String> header : response.headers().entrySet()) {
      exchange.getResponseHeaders().set(header.getKey(), header.getValue());
    }
    boolean noBody = response.body().length == 0 || request.method().equals("HEAD");
    exchange.sendResponseHeaders(response.status(), noBody ? -1 : response.body().length);
    if (!noBody) {
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(response.body());
      }
    }
  }
}
