package io.github.atlassianmcp.sandbox.oauth;

import io.github.atlassianmcp.sandbox.OAuthApp;
import io.github.atlassianmcp.sandbox.SandboxUser;
import io.github.atlassianmcp.sandbox.http.HttpRequest;
import io.github.atlassianmcp.sandbox.http.HttpResponse;
import java.time.Clock;
import java.util.Optional;
import java.util.function.Supplier;

/** The authorization server role (auth.atlassian.com): {@code GET /authorize} and {@code POST /oauth/token}. */
public final class AuthorizationServer {

  private final AuthorizeEndpoint authorize;
  private final TokenEndpoint token;

  public AuthorizationServer(OAuthApp app, Supplier<SandboxUser> signedInUser, ScopeCatalog scopes, TokenStore tokens,
      RandomTokens random, Clock clock) {
    AuthorizationCodes codes = new AuthorizationCodes(random, clock);
    this.authorize = new AuthorizeEndpoint(app, signedInUser, scopes, codes);
    this.token = new TokenEndpoint(app, codes, tokens);
  }

  /** Answers the request when it is for this role. */
  public Optional<HttpResponse> handle(HttpRequest request) {
    if (request.path().equals("/authorize")) {
      return Optional.of(request.method().equals("GET")
          ? authorize.handle(request)
          : HttpResponse.text(405, "text/plain;charset=UTF-8", "Use GET /authorize").withHeader("Allow", "GET"));
    }
    if (request.path().equals("/oauth/token")) {
      return Optional.of(request.method().equals("POST")
          ? token.handle(request)
          : HttpResponse.text(405, "text/plain;charset=UTF-8", "Use POST /oauth/token").withHeader("Allow", "POST"));
    }
    return Optional.empty();
  }
}
