package io.github.atlassianmcp.sandbox.gateway;

import io.github.atlassianmcp.sandbox.AuthKind;
import io.github.atlassianmcp.sandbox.SandboxUser;
import io.github.atlassianmcp.sandbox.http.ApiException;
import io.github.atlassianmcp.sandbox.http.ApiFamily;
import io.github.atlassianmcp.sandbox.http.Caller;
import io.github.atlassianmcp.sandbox.http.HttpRequest;
import io.github.atlassianmcp.sandbox.http.HttpResponse;
import io.github.atlassianmcp.sandbox.users.UserDirectory;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;
import java.util.Set;

/**
 * The site's (your-domain.atlassian.net) authentication: HTTP Basic with an account's email and API token. As on
 * Cloud, the site does not accept OAuth bearer tokens; those are for the gateway.
 */
public final class SiteAuthenticator {

  static final String JIRA_UNAUTHENTICATED = "Client must be authenticated to access this resource.";

  private final UserDirectory users;

  public SiteAuthenticator(UserDirectory users) {
    this.users = users;
  }

  /** The caller, or the product's 401. */
  public Caller authenticate(HttpRequest request) {
    return basicUser(request.header("authorization").orElse(null))
        .map(user -> new Caller(user, AuthKind.BASIC, Set.of()))
        .orElseThrow(() -> new ApiException(unauthenticated(request.path())));
  }

  private Optional<SandboxUser> basicUser(String header) {
    if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
      return Optional.empty();
    }
    String decoded;
    try {
      decoded = new String(Base64.getDecoder().decode(header.substring(6).trim()), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
    int colon = decoded.indexOf(':');
    if (colon < 0) {
      return Optional.empty();
    }
    return users.byCredentials(decoded.substring(0, colon), decoded.substring(colon + 1))
        .filter(SandboxUser::active);
  }

  private static HttpResponse unauthenticated(String sitePath) {
    ApiFamily family = ApiFamily.forSitePath(sitePath);
    if (family == ApiFamily.JIRA) {
      return HttpResponse.text(401, "text/plain;charset=UTF-8", JIRA_UNAUTHENTICATED);
    }
    return family.error(401, "This request requires authentication: use an Atlassian account email and API token.");
  }
}
