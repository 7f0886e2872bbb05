package io.github.atlassianmcp.sandbox;

import java.util.Objects;

/**
 * The OAuth 2.0 (3LO) app registered on the sandbox's authorization server. Its redirect URIs are any loopback
 * {@code http} URL, as a desktop or CLI app registers them. {@code toString} leaves the secret out.
 */
public record OAuthApp(String clientId, String clientSecret) {

  public OAuthApp {
    Objects.requireNonNull(clientId, "clientId");
    Objects.requireNonNull(clientSecret, "clientSecret");
  }

  @Override
  public String toString() {
    return "OAuthApp[clientId=" + clientId + "]";
  }
}
