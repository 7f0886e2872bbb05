package io.github.atlassianmcp.server.auth;

import io.github.atlassianmcp.auth.NotSignedInException;
import io.github.atlassianmcp.auth.SignInStatus;
import io.github.atlassianmcp.client.AtlassianClients;

/**
 * What every tool asks for: the generated clients of the configured site, authenticated for the current mode, and
 * never a token. OAuth mode goes through the gateway ({@code ATLASSIAN_API_URL/ex/{product}/{cloudId}}) with a
 * bearer token that renews itself; API-token mode goes straight to {@code ATLASSIAN_SITE_URL} with Basic.
 */
public interface AtlassianAccess {

  /**
   * The clients for the signed-in site.
   *
   * @throws NotSignedInException when there is no usable sign-in; its message says how to sign in. Calls made
   *     with the clients throw it too if the sign-in dies on the way (a revoked refresh token).
   */
  AtlassianClients clients();

  /** Who is signed in where, with what; never a secret. Reads the current state, does not refresh. */
  SignInStatus status();
}
