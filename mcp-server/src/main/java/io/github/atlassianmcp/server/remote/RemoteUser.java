package io.github.atlassianmcp.server.remote;

import java.util.Objects;
import java.util.Set;

/**
 * Who calls, as the team's OpenID Connect provider vouched in the bearer token: its subject, and the scopes the
 * token carries. Every Atlassian grant, cache entry and log line of remote mode is keyed by the subject.
 */
public record RemoteUser(String subject, Set<String> scopes) {

  /** The key of the user in the MCP transport context of a request. */
  public static final String CONTEXT_KEY = "atlassian-mcp.user";

  public RemoteUser {
    Objects.requireNonNull(subject, "subject");
    scopes = Set.copyOf(scopes);
  }

  public boolean has(String scope) {
    return scopes.contains(scope);
  }
}
