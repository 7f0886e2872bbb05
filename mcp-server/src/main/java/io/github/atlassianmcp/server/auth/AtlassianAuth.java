package io.github.atlassianmcp.server.auth;

import io.github.atlassianmcp.auth.AtlassianOAuth;
import io.github.atlassianmcp.auth.AuthMode;
import io.github.atlassianmcp.auth.BrowserLauncher;
import io.github.atlassianmcp.auth.CredentialStore;
import io.github.atlassianmcp.auth.FileCredentialStore;
import io.github.atlassianmcp.auth.OAuthClient;
import io.github.atlassianmcp.auth.SignInException;
import io.github.atlassianmcp.auth.SignInFlow;
import io.github.atlassianmcp.auth.SignInProgress;
import io.github.atlassianmcp.auth.SignInResult;
import io.github.atlassianmcp.auth.SignInStatus;
import io.github.atlassianmcp.auth.SystemBrowser;
import io.github.atlassianmcp.auth.TokenManager;
import io.github.atlassianmcp.server.config.ServerConfig;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import okhttp3.OkHttpClient;

/**
 * Sign-in for the configured mode, wired once from the environment ({@link ServerConfig}) onto the SDK's
 * {@code atlassian-auth} library, with the server's own policy (the scopes of the enabled tools, never an admin
 * scope; its remedies name the {@code authenticate_atlassian} tool and the {@code login} command): what tools use ({@link #access()}) and what the
 * {@code authenticate_atlassian} tool and the {@code login}, {@code logout} and {@code status} commands do.
 *
 * <pre>{@code
 * OAuthScopes scopes = OAuthScopes.forOperations(inventory.operations(), AtlassianOperations.load());
 * AtlassianAuth auth = AtlassianAuth.builder(config, http, scopes).build();
 * AtlassianClients clients = auth.access().clients();   // throws NotSignedInException with instructions
 * SignInResult result = auth.signIn(false, progress::send);
 * }</pre>
 */
public final class AtlassianAuth {

  private final ServerConfig config;
  private final OAuthScopes scopes;
  private final AtlassianAccess access;
  private final AtlassianOAuth oauth; // OAuth mode only

  private AtlassianAuth(Builder builder) {
    this.config = builder.config;
    this.scopes = builder.scopes;
    switch (config.authMode()) {
      case API_TOKEN -> {
        access = new ApiTokenAccess(config.siteUrl().orElseThrow(), config.apiToken().orElseThrow(), builder.http);
        oauth = null;
      }
      case OAUTH -> {
        OAuthClient client = config.oauthClient().orElseThrow();
        AtlassianOAuth.Builder oauthBuilder = AtlassianOAuth.builder()
            .client(client.clientId(), client.clientSecret())
            .scopes(builder.scopes.scopeSet())
            .redirectUri(config.redirectUri())
            .authUrl(config.authUrl())
            .apiUrl(config.apiUrl())
            .store(builder.store != null ? builder.store : new FileCredentialStore(config.home(),
                FileCredentialStore.DEFAULT_LOCK_TIMEOUT, SignInHints.HOW_TO_SIGN_IN))
            .httpClient(builder.http)
            .browser(builder.browser)
            .clock(builder.clock)
            .signInTimeout(builder.signInTimeout)
            .refreshMargin(builder.refreshMargin)
            .signInHint(SignInHints.HOW_TO_SIGN_IN);
        config.siteUrl().ifPresent(oauthBuilder::site);
        oauth = oauthBuilder.build();
        access = new OAuthAccess(oauth);
      }
      default -> {
        access = new UnconfiguredAccess();
        oauth = null;
      }
    }
  }

  /**
   * @param config the server's configuration
   * @param http the base OkHttp client (timeouts, retries); authentication is added to clients derived from it
   * @param scopes what the enabled tools need (OAuth mode asks for exactly these)
   */
  public static Builder builder(ServerConfig config, OkHttpClient http, OAuthScopes scopes) {
    return new Builder(config, http, scopes);
  }

  public AuthMode mode() {
    return config.authMode();
  }

  /** What an OAuth sign-in asks for: the scopes of the operations the enabled tools call. */
  public OAuthScopes scopes() {
    return scopes;
  }

  /** What tools use: clients for the signed-in site. */
  public AtlassianAccess access() {
    return access;
  }

  /**
   * Every secret this sign-in knows now: the client secret, the API token, the tokens in use. The error seam removes
   * them from whatever it shows, whoever quoted them (a token endpoint's error text, say).
   */
  public List<String> secrets() {
    List<String> secrets = new ArrayList<>();
    config.oauthClient().ifPresent(client -> secrets.add(client.clientSecret()));
    config.apiToken().ifPresent(token -> secrets.add(token.apiToken()));
    if (oauth != null) {
      secrets.addAll(oauth.tokens().tokensInUse());
    }
    return secrets;
  }

  /** A sentence every answer should carry while it holds, e.g. that a renewed sign-in could not be saved. */
  public Optional<String> notice() {
    return oauth == null ? Optional.empty() : oauth.tokens().notice();
  }

  /** Who is signed in where, with what. */
  public SignInStatus status() {
    return access.status();
  }

  /**
   * Signs in and waits (OAuth); in API-token mode checks the token with the site and says that mode is active.
   *
   * @param force sign in anew even when a usable sign-in exists (asks for consent again)
   * @throws SignInException when the sign-in fails, times out, or nothing is configured
   * @throws io.github.atlassianmcp.server.atlassian.AtlassianException when the site refuses an API token
   */
  public SignInResult signIn(boolean force, SignInProgress progress) {
    Objects.requireNonNull(progress, "progress");
    return switch (config.authMode()) {
      case API_TOKEN -> new SignInResult(SignInResult.Outcome.API_TOKEN_MODE, ((ApiTokenAccess) access).verify());
      case OAUTH -> oauth.signIn(force, progress);
      case NOT_CONFIGURED -> throw new SignInException("Cannot sign in: " + UnconfiguredAccess.REASON + " "
          + SignInHints.HOW_TO_CONFIGURE);
    };
  }

  /**
   * The OAuth flow itself, for callers that want to hand out the URL and not wait (see {@link SignInFlow#start}).
   *
   * @throws SignInException when the server is not in OAuth mode
   */
  public SignInFlow flow() {
    if (oauth == null) {
      throw new SignInException(config.authMode() == AuthMode.API_TOKEN
          ? "API-token mode is active (ATLASSIAN_EMAIL + ATLASSIAN_API_TOKEN): there is no browser sign-in."
          : "Cannot sign in: " + UnconfiguredAccess.REASON + " " + SignInHints.HOW_TO_CONFIGURE);
    }
    return oauth.flow();
  }

  /**
   * Forgets the stored OAuth sign-in.
   *
   * @return whether there was one; false in the other modes, which store nothing
   */
  public boolean logout() {
    return oauth != null && oauth.logout();
  }

  /** Options of {@link AtlassianAuth}; defaults suit the real server. */
  public static final class Builder {
    private final ServerConfig config;
    private final OkHttpClient http;
    private final OAuthScopes scopes;
    private Clock clock = Clock.systemUTC();
    private BrowserLauncher browser;
    private Duration signInTimeout = SignInFlow.DEFAULT_TIMEOUT;
    private Duration refreshMargin = TokenManager.DEFAULT_REFRESH_MARGIN;
    private CredentialStore store; // null: the credentials file in ATLASSIAN_MCP_HOME

    private Builder(ServerConfig config, OkHttpClient http, OAuthScopes scopes) {
      this.config = Objects.requireNonNull(config, "config");
      this.http = Objects.requireNonNull(http, "http");
      this.scopes = Objects.requireNonNull(scopes, "scopes");
      this.browser = new SystemBrowser(config.browser());
    }

    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock");
      return this;
    }

    /** How the authorization URL is opened; default: $BROWSER, else the desktop's browser. */
    public Builder browser(BrowserLauncher browser) {
      this.browser = Objects.requireNonNull(browser, "browser");
      return this;
    }

    /** How long a sign-in waits for the browser; default 5 minutes. */
    public Builder signInTimeout(Duration signInTimeout) {
      this.signInTimeout = Objects.requireNonNull(signInTimeout, "signInTimeout");
      return this;
    }

    /** How long before expiry an access token is renewed; default 2 minutes. */
    public Builder refreshMargin(Duration refreshMargin) {
      this.refreshMargin = Objects.requireNonNull(refreshMargin, "refreshMargin");
      return this;
    }

    /** Where the OAuth sign-in is kept; default the credentials file in ATLASSIAN_MCP_HOME. */
    public Builder store(CredentialStore store) {
      this.store = Objects.requireNonNull(store, "store");
      return this;
    }

    public AtlassianAuth build() {
      return new AtlassianAuth(this);
    }
  }
}
