package io.github.atlassianmcp.sandbox.oauth;

import java.util.Collection;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The scopes the sandbox's OAuth app is configured with: every scope of the official specs plus the identity
 * scopes. Atlassian refuses to authorize a scope the app was not configured with; so does the sandbox.
 */
public final class ScopeCatalog {

  /** Scopes that belong to no product API. */
  public static final Set<String> IDENTITY_SCOPES = Set.of("offline_access", "read:me", "read:account");

  private final Set<String> known;

  public ScopeCatalog(Collection<String> productScopes) {
    Set<String> all = new TreeSet<>(productScopes);
    all.addAll(IDENTITY_SCOPES);
    this.known = Set.copyOf(all);
  }

  public boolean isKnown(String scope) {
    return known.contains(scope);
  }

  public Set<String> all() {
    return known;
  }

  /** The gateway product a scope grants access to ({@code jira} or {@code confluence}); empty for identity scopes. */
  public static Optional<String> product(String scope) {
    String lower = scope.toLowerCase(Locale.ROOT);
    if (lower.contains("confluence")) {
      return Optional.of("confluence");
    }
    if (lower.contains("jira") || lower.contains("servicedesk")) {
      return Optional.of("jira");
    }
    return Optional.empty();
  }
}
