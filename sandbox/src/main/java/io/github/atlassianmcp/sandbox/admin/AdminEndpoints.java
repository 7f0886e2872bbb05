package io.github.atlassianmcp.sandbox.admin;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import io.github.atlassianmcp.sandbox.LoggedRequest;
import io.github.atlassianmcp.sandbox.OAuthStats;
import io.github.atlassianmcp.sandbox.TokenPair;
import io.github.atlassianmcp.sandbox.faults.Faults;
import io.github.atlassianmcp.sandbox.http.HttpRequest;
import io.github.atlassianmcp.sandbox.http.HttpResponse;
import io.github.atlassianmcp.sandbox.http.Json;
import io.github.atlassianmcp.sandbox.http.RequestLog;
import io.github.atlassianmcp.sandbox.oauth.TokenResponse;
import io.github.atlassianmcp.sandbox.oauth.TokenStore;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * The sandbox's private control endpoints under {@value #PREFIX}, for tests written in any language: plan
 * failures, expire tokens, mint tokens, read the request log and the OAuth counters. Loopback callers only.
 */
public final class AdminEndpoints {

  public static final String PREFIX = "/__sandbox/";

  private final Faults faults;
  private final TokenStore tokens;
  private final RequestLog log;
  private final Function<Set<String>, TokenPair> minter;

  public AdminEndpoints(Faults faults, TokenStore tokens, RequestLog log, Function<Set<String>, TokenPair> minter) {
    this.faults = faults;
    this.tokens = tokens;
    this.log = log;
    this.minter = minter;
  }

  public Optional<HttpResponse> handle(HttpRequest request) {
    if (!request.path().startsWith(PREFIX)) {
      return Optional.empty();
    }
    if (request.remoteAddress() == null || !request.remoteAddress().isLoopbackAddress()) {
      return Optional.of(error(403, "The sandbox's admin endpoints answer loopback callers only"));
    }
    try {
      return Optional.of(route(request.method() + " " + request.path().substring(PREFIX.length() - 1), request));
    } catch (IllegalArgumentException e) {
      return Optional.of(error(400, e.getMessage()));
    }
  }

  private HttpResponse route(String route, HttpRequest request) {
    return switch (route) {
      case "POST /faults" -> planFault(body(request));
      case "DELETE /faults" -> {
        faults.clear();
        yield HttpResponse.noContent();
      }
      case "POST /tokens/expire" -> {
        tokens.expireAccessTokens();
        yield HttpResponse.noContent();
      }
      case "POST /tokens" -> mint(body(request));
      case "GET /requests" -> HttpResponse.json(200, Json.array(log.snapshot(), AdminEndpoints::render));
      case "DELETE /requests" -> {
        log.clear();
        yield HttpResponse.noContent();
      }
      case "GET /oauth/stats" -> stats(tokens.stats());
      default -> error(404, "No admin endpoint " + route + ". There are POST/DELETE /__sandbox/faults,"
          + " POST /__sandbox/tokens, POST /__sandbox/tokens/expire, GET/DELETE /__sandbox/requests and"
          + " GET /__sandbox/oauth/stats.");
    };
  }

  private HttpResponse planFault(JsonObject body) {
    String prefix = Json.string(body, "pathPrefix")
        .orElseThrow(() -> new IllegalArgumentException("pathPrefix (a string) is required"));
    int times = integer(body, "times", 1);
    int status = integer(body, "status", 503);
    Duration retryAfter = body.has("retryAfterSeconds")
        ? Duration.ofSeconds(integer(body, "retryAfterSeconds", 0)) : null;
    faults.failNext(prefix, times, status, retryAfter);
    return HttpResponse.noContent();
  }

  private HttpResponse mint(JsonObject body) {
    JsonElement scopes = body.get("scopes");
    if (scopes == null || !scopes.isJsonArray()) {
      throw new IllegalArgumentException("scopes (an array of strings) is required");
    }
    Set<String> requested = new LinkedHashSet<>();
    scopes.getAsJsonArray().forEach(scope -> requested.add(scope.getAsString()));
    return TokenResponse.of(minter.apply(requested));
  }

  private static HttpResponse stats(OAuthStats stats) {
    return HttpResponse.json(200, Json.object()
        .put("tokenRequests", stats.tokenRequests())
        .put("refreshes", stats.refreshes())
        .put("deadRefreshTokenReuses", stats.deadRefreshTokenReuses())
        .put("revokedFamilies", stats.revokedFamilies())
        .build());
  }

  private static JsonObject render(LoggedRequest entry) {
    return Json.object()
        .put("time", entry.time().toString())
        .put("method", entry.method())
        .put("path", entry.path())
        .put("query", entry.query())
        .put("status", entry.status())
        .put("auth", entry.auth().name())
        .build();
  }

  private static JsonObject body(HttpRequest request) {
    return Json.parse(request.bodyText())
        .filter(JsonElement::isJsonObject)
        .map(JsonElement::getAsJsonObject)
        .orElseThrow(() -> new IllegalArgumentException("The body must be a JSON object"));
  }

  private static int integer(JsonObject body, String name, int fallback) {
    JsonElement value = body.get(name);
    if (value == null) {
      return fallback;
    }
    try {
      return value.getAsInt();
    } catch (RuntimeException e) {
      throw new IllegalArgumentException(name + " must be an integer");
    }
  }

  private static HttpResponse error(int status, String message) {
    return HttpResponse.json(status, Json.object().put("error", message).build());
  }
}
