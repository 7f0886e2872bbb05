package io.github.atlassianmcp.sandbox;

import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;

/**
 * Tokens the authorization server issued: an access token and, when {@code offline_access} was granted, a
 * refresh token. {@code toString} leaves both tokens out.
 */
public record TokenPair(String accessToken, String refreshToken, Duration expiresIn, Set<String> scopes) {

  public TokenPair {
    // Keeps the order the scopes were authorized in, which the token endpoint echoes.
    scopes = Collections.unmodifiableSet(new LinkedHashSet<>(scopes));
  }

  public Optional<String> refreshTokenIfGranted() {
    return Optional.ofNullable(refreshToken);
  }

  @Override
  public String toString() {
    return "TokenPair[expiresIn=" + expiresIn + ", scopes=" + scopes + ", refreshToken="
        + (refreshToken == null ? "none" : "present") + "]";
  }
}
