package io.github.atlassianmcp.sandbox.oauth;

import io.github.atlassianmcp.sandbox.SandboxUser;
import java.time.Instant;
import java.util.List;

/**
 * The refresh tokens that descend from one authorization. Reusing a rotated member outside the leeway revokes
 * the whole family, as Atlassian's rotating refresh tokens do. Mutable; guarded by the {@link TokenStore}.
 */
final class TokenFamily {

  final SandboxUser user;
  final List<String> scopes;
  final Instant createdAt;
  boolean revoked;

  TokenFamily(SandboxUser user, List<String> scopes, Instant createdAt) {
    this.user = user;
    this.scopes = List.copyOf(scopes);
    this.createdAt = createdAt;
  }
}
