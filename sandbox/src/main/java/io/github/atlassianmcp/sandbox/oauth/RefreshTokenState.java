package io.github.atlassianmcp.sandbox.oauth;

import java.time.Instant;

/** One refresh token: its family, when it was issued and, once used, when it was rotated. Guarded by the store. */
final class RefreshTokenState {

  final TokenFamily family;
  final Instant issuedAt;
  Instant rotatedAt;

  RefreshTokenState(TokenFamily family, Instant issuedAt) {
    this.family = family;
    this.issuedAt = issuedAt;
  }

  boolean rotated() {
    return rotatedAt != null;
  }
}
