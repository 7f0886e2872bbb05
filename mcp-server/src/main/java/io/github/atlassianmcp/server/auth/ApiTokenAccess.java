package io.github.atlassianmcp.server.auth;

import io.github.atlassianmcp.auth.AtlassianUser;
import io.github.atlassianmcp.auth.SignInStatus;
import io.github.atlassianmcp.client.AtlassianClients;
import io.github.atlassianmcp.client.jira.platform.api.MyselfApi;
import io.github.atlassianmcp.client.jira.platform.model.User;
import io.github.atlassianmcp.server.atlassian.AtlassianCall;
import io.github.atlassianmcp.server.atlassian.AtlassianException;
import io.github.atlassianmcp.server.atlassian.OperationRef;
import io.github.atlassianmcp.server.atlassian.Product;
import io.github.atlassianmcp.server.config.ApiTokenCredentials;
import java.net.URI;
import java.util.Objects;
import okhttp3.OkHttpClient;

/** API-token mode: straight to ATLASSIAN_SITE_URL with HTTP Basic (email + API token); no browser, no token file. */
public final class ApiTokenAccess implements AtlassianAccess {

  private static final OperationRef MYSELF = new OperationRef("jira-platform.v3.json", "getCurrentUser");

  private final URI siteUrl;
  private final ApiTokenCredentials credentials;
  private final AtlassianClients clients;
  private volatile AtlassianUser verifiedUser;

  public ApiTokenAccess(URI siteUrl, ApiTokenCredentials credentials, OkHttpClient http) {
    this.siteUrl = Objects.requireNonNull(siteUrl, "siteUrl");
    this.credentials = Objects.requireNonNull(credentials, "credentials");
    this.clients = AtlassianClients.builder()
        .site(siteUrl.toString())
        .apiToken(credentials.email(), credentials.apiToken())
        .httpClient(Objects.requireNonNull(http, "http"))
        .build();
  }

  @Override
  public AtlassianClients clients() {
    return clients;
  }

  @Override
  public SignInStatus status() {
    AtlassianUser user = verifiedUser;
    return SignInStatus.apiToken(siteUrl.toString(),
        user != null ? user : new AtlassianUser("", "", credentials.email()));
  }

  /**
   * Asks the site who the API token belongs to ({@code GET /rest/api/3/myself}), proving it works.
   *
   * @throws AtlassianException when the site refuses the token or cannot be reached; the error seam words it
   */
  public SignInStatus verify() {
    User me = AtlassianCall.run(Product.JIRA, MYSELF, "the API token of " + credentials.email(),
        () -> new MyselfApi(clients.jiraPlatform()).getCurrentUser().execute());
    verifiedUser = new AtlassianUser(me.getAccountId() == null ? "" : me.getAccountId(), me.getDisplayName(),
        me.getEmailAddress() == null ? credentials.email() : me.getEmailAddress());
    return status();
  }
}
