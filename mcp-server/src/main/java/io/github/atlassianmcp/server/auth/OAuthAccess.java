package io.github.atlassianmcp.server.auth;

import io.github.atlassianmcp.auth.AtlassianOAuth;
import io.github.atlassianmcp.auth.SignInStatus;
import io.github.atlassianmcp.client.AtlassianClients;
import java.util.Objects;

/** OAuth mode: the gateway at {@code ATLASSIAN_API_URL/ex/{product}/{cloudId}} with a self-renewing bearer token. */
public final class OAuthAccess implements AtlassianAccess {

  private final AtlassianOAuth oauth;

  public OAuthAccess(AtlassianOAuth oauth) {
    this.oauth = Objects.requireNonNull(oauth, "oauth");
  }

  @Override
  public AtlassianClients clients() {
    return oauth.clients();
  }

  @Override
  public SignInStatus status() {
    return oauth.status();
  }
}
