package io.github.atlassianmcp.sandbox.oauth;

import io.github.atlassianmcp.sandbox.SandboxUser;
import java.time.Instant;
import java.util.Collection;
import java.util.List;

/**
 * What a valid access token grants: whose token it is and its scopes, in the order they were authorized.
 */
public record AccessGrant(SandboxUser user, List<String> scopes, Instant expiresAt) {

  public AccessGrant {
    scopes = List.copyOf(scopes);
  }

  public boolean hasAll(Collection<String> required) {
    return scopes.containsAll(required);
  }
}
