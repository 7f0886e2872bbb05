package io.github.atlassianmcp.server.auth;

import io.github.atlassianmcp.client.AtlassianClients;
import io.github.atlassianmcp.server.config.AuthMode;
import java.util.Optional;

/** Neither OAuth nor an API token is configured: every call explains how to configure one. */
public final class UnconfiguredAccess implements AtlassianAccess {

  static final String REASON = "no Atlassian credentials are configured.";

  @Override
  public AtlassianClients clients() {
    throw new NotSignedInException(REASON, NotSignedInException.HOW_TO_CONFIGURE);
  }

  @Override
  public SignInStatus status() {
    return SignInStatus.notSignedIn(AuthMode.NOT_CONFIGURED, REASON + " " + NotSignedInException.HOW_TO_CONFIGURE,
        Optional.empty());
  }
}
