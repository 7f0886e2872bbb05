package io.github.atlassianmcp.auth;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What the token endpoint answered to a code exchange or a refresh. The tokens are kept out of {@link #toString()}.
 *
 * @param accessToken the bearer token for the gateway
 * @param refreshToken the next refresh token (Atlassian rotates them), empty if the server sent none
 * @param expiresAt when the access token stops working
 * @param scopes the scopes granted, empty if the server did not say
 */
public record IssuedTokens(String accessToken, Optional<String> refreshToken, Instant expiresAt, List<String> scopes) {

  public IssuedTokens {
    Objects.requireNonNull(accessToken, "accessToken");
    Objects.requireNonNull(refreshToken, "refreshToken");
    Objects.requireNonNull(expiresAt, "expiresAt");
    scopes = List.copyOf(scopes);
  }

  @Override
  public String toString() {
    return "IssuedTokens[accessToken=(hidden), refreshToken=" + (refreshToken.isPresent() ? "(hidden)" : "none")
        + ", expiresAt=" + expiresAt + ", scopes=" + scopes + "]";
  }
}
