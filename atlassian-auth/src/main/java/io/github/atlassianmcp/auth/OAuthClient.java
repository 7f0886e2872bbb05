package io.github.atlassianmcp.auth;

import java.util.Objects;

/**
 * The OAuth 2.0 (3LO) app from the Atlassian developer console.
 *
 * @param clientId the app's client id, not a secret
 * @param clientSecret its secret, kept out of {@link #toString()}
 */
public record OAuthClient(String clientId, String clientSecret) {

  public OAuthClient {
    Objects.requireNonNull(clientId, "clientId");
    Objects.requireNonNull(clientSecret, "clientSecret");
  }

  @Override
  public String toString() {
    return "OAuthClient[clientId=" + clientId + ", clientSecret=(hidden)]";
  }
}
