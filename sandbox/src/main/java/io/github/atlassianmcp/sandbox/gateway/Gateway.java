package io.github.atlassianmcp.sandbox.gateway;

import com.google.gson.JsonArray;
import io.github.atlassianmcp.sandbox.AuthKind;
import io.github.atlassianmcp.sandbox.SandboxUser;
import io.github.atlassianmcp.sandbox.SiteAddress;
import io.github.atlassianmcp.sandbox.http.ApiException;
import io.github.atlassianmcp.sandbox.http.Caller;
import io.github.atlassianmcp.sandbox.http.HttpRequest;
import io.github.atlassianmcp.sandbox.http.HttpResponse;
import io.github.atlassianmcp.sandbox.http.Json;
import io.github.atlassianmcp.sandbox.oauth.AccessGrant;
import io.github.atlassianmcp.sandbox.oauth.ScopeCatalog;
import io.github.atlassianmcp.sandbox.oauth.TokenStore;
import io.github.atlassianmcp.sandbox.users.Avatars;
import io.github.atlassianmcp.specs.ApiOperation;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The API gateway role (api.atlassian.com): accessible-resources, {@code /me}, and the product APIs under
 * {@code /ex/jira/{cloudId}} and {@code /ex/confluence/{cloudId}}. Only OAuth bearer tokens get in, and a token
 * must hold every Current scope the official spec lists for the operation.
 */
public final class Gateway {

  private static final String SITE_AVATAR =
      "https://site-admin-avatar-cdn.prod.public.atl-paas.net/avatars/240/rocket.png";

  private final SiteAddress site;
  private final TokenStore tokens;
  private final OperationIndex operations;
  private final ProductDispatcher products;

  public Gateway(SiteAddress site, TokenStore tokens, OperationIndex operations, ProductDispatcher products) {
    this.site = site;
    this.tokens = tokens;
    this.operations = operations;
    this.products = products;
  }

  /** Answers the request when it is for this role. */
  public Optional<HttpResponse> handle(HttpRequest request) {
    String path = request.path();
    if (path.equals("/oauth/token/accessible-resources")) {
      return Optional.of(get(request).orElseGet(() -> accessibleResources(grant(request))));
    }
    if (path.equals("/me")) {
      return Optional.of(get(request).orElseGet(() -> me(request)));
    }
    if (path.startsWith("/ex/")) {
      return Optional.of(product(request));
    }
    return Optional.empty();
  }

  private HttpResponse product(HttpRequest request) {
    String[] parts = request.path().split("/", 5);
    // "", "ex", product, cloudId, rest
    if (parts.length < 5 || !Set.of("jira", "confluence").contains(parts[2]) || !parts[3].equals(site.cloudId())) {
      return GatewayErrors.notFound();
    }
    String product = parts[2];
    String sitePath = "/" + parts[4];
    boolean productOwnsPath = product.equals("confluence") ? sitePath.startsWith("/wiki/") : sitePath.startsWith("/rest/");
    if (!productOwnsPath) {
      return GatewayErrors.notFound();
    }
    AccessGrant grant = grant(request);
    Optional<ApiOperation> operation = operations.match(request.method(), sitePath);
    if (operation.isPresent() && !grant.hasAll(operation.get().scopes())) {
      return GatewayErrors.scopeMismatch();
    }
    HttpRequest forwarded = request.withPath(sitePath);
    Caller caller = new Caller(grant.user(), AuthKind.BEARER, new HashSet<>(grant.scopes()));
    return products.dispatch(forwarded, caller, site.gatewayBase(product), site.baseUrl());
  }

  private HttpResponse accessibleResources(AccessGrant grant) {
    JsonArray resources = new JsonArray();
    for (String product : List.of("jira", "confluence")) {
      List<String> scopes = grant.scopes().stream()
          .filter(scope -> ScopeCatalog.product(scope).filter(product::equals).isPresent())
          .toList();
      if (!scopes.isEmpty()) {
        // One entry per product, all for the same site: Atlassian lists them separately.
        resources.add(Json.object()
            .put("id", site.cloudId())
            .put("url", site.baseUrl())
            .put("name", site.name())
            .put("scopes", Json.strings(scopes))
            .put("avatarUrl", SITE_AVATAR)
            .build());
      }
    }
    return HttpResponse.json(200, resources);
  }

  private HttpResponse me(HttpRequest request) {
    AccessGrant grant = grant(request);
    if (!grant.scopes().contains("read:me")) {
      return GatewayErrors.scopeMismatch();
    }
    SandboxUser user = grant.user();
    return HttpResponse.json(200, Json.object()
        .put("account_type", user.accountType())
        .put("account_id", user.accountId())
        .put("email", user.email())
        .put("email_verified", true)
        .put("name", user.displayName())
        .put("picture", Avatars.url(user, 128))
        .put("account_status", user.active() ? "active" : "inactive")
        .put("nickname", user.displayName().split("\\s+")[0])
        .put("zoneinfo", user.timeZone())
        .put("locale", "en-US")
        .put("extended_profile", Json.object().put("job_title", "Engineer").put("organization", site.name()))
        .build());
  }

  /** The grant of the request's bearer token, or the gateway's 401. */
  private AccessGrant grant(HttpRequest request) {
    String header = request.header("authorization").orElse("");
    if (!header.regionMatches(true, 0, "Bearer ", 0, 7)) {
      throw new ApiException(GatewayErrors.unauthorized());
    }
    return tokens.grantOf(header.substring(7).trim())
        .orElseThrow(() -> new ApiException(GatewayErrors.unauthorized()));
  }

  private static Optional<HttpResponse> get(HttpRequest request) {
    return request.method().equals("GET")
        ? Optional.empty()
        : Optional.of(GatewayErrors.error(405, "Method Not Allowed").withHeader("Allow", "GET"));
  }
}
