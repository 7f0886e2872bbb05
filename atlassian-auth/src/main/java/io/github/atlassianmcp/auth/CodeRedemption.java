package io.github.atlassianmcp.auth;

import com.nimbusds.oauth2.sdk.pkce.CodeVerifier;
import java.io.IOException;
import java.net.URI;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The end of an Atlassian 3LO sign-in, wherever its callback arrived (the local sign-in's loopback server, or remote
 * mode's {@code /connect/callback} in the MCP server): the code exchanged with its PKCE verifier, the site chosen among those granted,
 * who signed in, and the credentials to store.
 */
public final class CodeRedemption {

  private final TokenEndpoint endpoint;
  private final AccountDirectory accounts;
  private final String clientId;
  private final ScopeSet scopes;
  private final Optional<URI> siteUrl;
  private final Clock clock;

  /** @param siteUrl the wanted site, which picks one when the sign-in reaches several */
  public CodeRedemption(TokenEndpoint endpoint, AccountDirectory accounts, String clientId, ScopeSet scopes,
      Optional<URI> siteUrl, Clock clock) {
    this.endpoint = Objects.requireNonNull(endpoint, "endpoint");
    this.accounts = Objects.requireNonNull(accounts, "accounts");
    this.clientId = Objects.requireNonNull(clientId, "clientId");
    this.scopes = Objects.requireNonNull(scopes, "scopes");
    this.siteUrl = Objects.requireNonNull(siteUrl, "siteUrl");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  /**
   * @throws SignInException when any step fails; the message says what happened and to start again
   */
  public StoredCredentials redeem(String code, URI redirectUri, CodeVerifier verifier) {
    IssuedTokens issued;
    try {
      issued = endpoint.exchangeCode(code, redirectUri, verifier);
    } catch (IOException e) {
      throw new SignInException(e.getMessage() + " Start the sign-in again.");
    }
    if (issued.refreshToken().isEmpty()) {
      throw new SignInException("Atlassian issued no refresh token, so the sign-in would stop working within the "
          + "hour: the offline_access scope was not granted. Check the app's permissions and sign in again.");
    }
    List<AtlassianSite> sites;
    try {
      sites = accounts.accessibleSites(issued.accessToken());
    } catch (IOException e) {
      throw new SignInException("Signed in, but could not list the sites the sign-in reaches: " + e.getMessage()
          + ". Start the sign-in again.");
    }
    AtlassianSite site = SiteSelection.choose(sites, siteUrl);
    AtlassianUser user;
    try {
      user = accounts.me(issued.accessToken());
    } catch (IOException e) {
      throw new SignInException("Signed in, but could not read who signed in (the read:me scope is needed): "
          + e.getMessage() + ". Start the sign-in again.");
    }
    return StoredCredentials.signedIn(clientId, issued, scopes.scopes(), site, user, clock.instant());
  }
}
