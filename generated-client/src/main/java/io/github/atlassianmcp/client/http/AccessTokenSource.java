package io.github.atlassianmcp.client.http;

import java.io.IOException;
import java.util.Objects;

/**
 * Where the clients get OAuth 2.0 (3LO) access tokens for the API gateway. An implementation owns the token's
 * life: it refreshes before expiry and, when Atlassian still rejects a token, once more on demand. The
 * {@code atlassian-auth} module implements it with rotation-safe, single-flight refresh and a credential store.
 *
 * <p>Implementations must be thread-safe: every call of every client asks, from whichever thread runs it.
 */
public interface AccessTokenSource {

  /**
   * A token to send now, refreshed first if it is about to expire.
   *
   * @throws IOException when no token can be had right now (the authorization server is unreachable); the call
   *     fails with a {@link io.github.atlassianmcp.client.TransportException}
   */
  String accessToken() throws IOException;

  /**
   * A token to retry with after Atlassian answered 401 to {@code rejected}: one another caller already obtained, or
   * a freshly refreshed one. Returning {@code rejected} itself means there is no better token; the 401 then reaches
   * the caller as an {@link io.github.atlassianmcp.client.UnauthorizedException}.
   */
  default String accessTokenAfterRejection(String rejected) throws IOException {
    return rejected;
  }

  /** A fixed token, e.g. from another OAuth library; it is never refreshed. */
  static AccessTokenSource of(String accessToken) {
    Objects.requireNonNull(accessToken, "accessToken");
    return () -> accessToken;
  }
}
