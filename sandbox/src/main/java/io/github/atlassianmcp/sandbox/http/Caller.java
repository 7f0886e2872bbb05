package io.github.atlassianmcp.sandbox.http;

import io.github.atlassianmcp.sandbox.AuthKind;
import io.github.atlassianmcp.sandbox.SandboxUser;
import java.util.Set;

/**
 * Who a product request acts for, once authenticated.
 *
 * @param user the signed-in user
 * @param kind Bearer through the gateway, Basic on the site
 * @param scopes the OAuth scopes of the token; empty for Basic, which scopes do not limit
 */
public record Caller(SandboxUser user, AuthKind kind, Set<String> scopes) {

  public Caller {
    scopes = Set.copyOf(scopes);
  }
}
