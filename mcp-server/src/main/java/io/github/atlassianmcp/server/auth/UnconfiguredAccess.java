package io.github.atlassianmcp.server.auth;

import io.github.atlassianmcp.auth.AuthMode;
import io.github.atlassianmcp.auth.NotSignedInException;
import io.github.atlassianmcp.auth.SignInStatus;
import io.github.atlassianmcp.client.AtlassianClients;
import java.util.Optional;

/** Neither OAuth nor an API token is configured: every call explains how to configure one. */
public final class UnconfiguredAccess implements AtlassianAccess {

  static final String REASON = "no Atlassian credentials are configured.";

  @Override
  public AtlassianClients clients() {
    throw new NotSignedInException(REASON, SignInHints.HOW_TO_CONFIGURE);
  }

  @Override
  public SignInStatus status() {
    return SignInStatus.notSignedIn(AuthMode.NOT_CONFIGURED, REASON + " " + SignInHints.HOW_TO_CONFIGURE,
        Optional.empty());
  }
}
