package io.github.atlassianmcp.auth;

import io.github.atlassianmcp.client.AtlassianClients;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import okhttp3.OkHttpClient;

/**
 * OAuth 2.0 (3LO) for Atlassian Cloud, wired once: the browser sign-in (PKCE, loopback callback, site discovery),
 * the stored sign-in, and tokens that renew themselves for the typed clients.
 *
 * <pre>{@code
 * AtlassianOAuth oauth = AtlassianOAuth.builder()
 *     .client(clientId, clientSecret)
 *     .scopes(ScopeSet.forOperations("searchAndReconsileIssuesUsingJqlPost", "createIssue"))
 *     .site(URI.create("https://your-domain.atlassian.net"))
 *     .build();
 * oauth.signIn(false, System.err::println);          // opens the browser unless a usable sign-in is stored
 * AtlassianClients atlassian = oauth.clients();       // the gateway for that site, bearer token included
 * }</pre>
 *
 * <p>Refresh tokens rotate, and Atlassian revokes the whole sign-in when a spent one is used again: refreshes are
 * single-flight across threads and, through the {@link CredentialStore}'s lock, across processes; each new pair is
 * saved before its access token is used. Thread-safe; share one instance per sign-in.
 */
public final class AtlassianOAuth {

  /** Atlassian's authorization server. */
  public static final URI AUTH_URL = URI.create("https://auth.atlassian.com");
  /** Atlassian's API gateway: accessible-resources, {@code /me} and {@code /ex/{product}/{cloudId}}. */
  public static final URI API_URL = URI.create("https://api.atlassian.com");
  /** The callback the sign-in listens on unless told otherwise; register it in the OAuth app. */
  public static final URI DEFAULT_REDIRECT_URI = URI.create("http://localhost:8080/callback");

  /** The clients of one site; rebuilt when a new sign-in picks another site. */
  private record Wired(String cloudId, AtlassianClients clients) {}

  private final URI apiUrl;
  private final ScopeSet scopes;
  private final CredentialStore store;
  private final TokenManager tokens;
  private final SignInFlow flow;
  private final OkHttpClient http;
  private final Consumer<AtlassianClients.Builder> clientOptions;
  private final String signInHint;
  private final AtomicReference<Wired> wired = new AtomicReference<>();

  private AtlassianOAuth(Builder builder) {
    OAuthClient client = Objects.requireNonNull(builder.client, "client(clientId, clientSecret) is required");
    this.apiUrl = builder.apiUrl;
    this.scopes = Objects.requireNonNull(builder.scopes, "scopes(...) is required");
    this.store = builder.store != null ? builder.store : FileCredentialStore.inUserHome();
    this.http = builder.http != null ? builder.http : new OkHttpClient();
    this.clientOptions = builder.clientOptions;
    this.signInHint = builder.signInHint;
    TokenEndpoint endpoint = new TokenEndpoint(builder.authUrl, client, builder.clock);
    this.tokens = new TokenManager(store, endpoint, client.clientId(), builder.site, builder.clock,
        builder.refreshMargin, signInHint);
    this.flow = new SignInFlow(builder.authUrl, builder.redirectUri, builder.site, client.clientId(), scopes, tokens,
        endpoint, new AccountDirectory(http, apiUrl), builder.browser, builder.clock, builder.signInTimeout);
  }

  public static Builder builder() {
    return new Builder();
  }

  /**
   * Signs in through the browser and waits (up to the sign-in timeout). Without {@code force}, a usable stored
   * sign-in that has every scope is kept and nothing is asked.
   *
   * @param progress where the authorization URL and waiting notes go (say, {@code System.err::println})
   * @throws SignInException when the sign-in fails or times out; the message says what to do
   */
  public SignInResult signIn(boolean force, SignInProgress progress) {
    return flow.signIn(force, Objects.requireNonNull(progress, "progress"));
  }

  /** The sign-in flow itself, for callers that hand out the authorization URL and do not wait. */
  public SignInFlow flow() {
    return flow;
  }

  /**
   * The typed clients of the signed-in site, through the gateway, with a bearer token that renews itself (a 401 is
   * retried once with a new token).
   *
   * @throws NotSignedInException when there is no usable sign-in; calls throw it too if the sign-in dies on the
   *     way (a revoked refresh token)
   */
  public AtlassianClients clients() {
    String cloudId = tokens.credentials().site().cloudId();
    Wired current = wired.get();
    if (current == null || !current.cloudId().equals(cloudId)) {
      AtlassianClients.Builder clients = AtlassianClients.builder().gateway(apiUrl.toString(), cloudId)
          .httpClient(http);
      clientOptions.accept(clients);
      current = new Wired(cloudId, clients.oauth(tokens).build());
      wired.set(current);
    }
    return current.clients();
  }

  /**
   * The usable sign-in (site, user, scopes, expiry), without refreshing anything.
   *
   * @throws NotSignedInException when there is none
   */
  public StoredCredentials credentials() {
    return tokens.credentials();
  }

  /** Access tokens for {@code AtlassianClients.builder().oauth(...)}, refreshed single-flight. */
  public TokenManager tokens() {
    return tokens;
  }

  /** What a sign-in asks for. */
  public ScopeSet scopes() {
    return scopes;
  }

  public CredentialStore store() {
    return store;
  }

  /** Who is signed in where, with what; never a secret. Reads the stored sign-in, refreshes nothing. */
  public SignInStatus status() {
    Optional<Path> file = store.localFile();
    try {
      Optional<StoredCredentials> stored = store.read();
      if (stored.isEmpty()) {
        return SignInStatus.notSignedIn(AuthMode.OAUTH, "no sign-in is stored. " + signInHint, file);
      }
      Optional<String> problem = tokens.whyUnusable(stored.get());
      if (problem.isPresent()) {
        return SignInStatus.notSignedIn(AuthMode.OAUTH, problem.get() + " " + signInHint, file);
      }
      return SignInStatus.oauth(stored.get(), scopes.missingFrom(stored.get().scopes()), file);
    } catch (CredentialStoreException e) {
      return SignInStatus.notSignedIn(AuthMode.OAUTH, e.getMessage(), file);
    }
  }

  /**
   * Forgets the stored sign-in (Atlassian keeps the grant until the user revokes it in their account settings).
   *
   * @return whether there was one
   */
  public boolean logout() {
    return tokens.forget();
  }

  /** Options of {@link AtlassianOAuth}: {@link #client} and {@link #scopes} are required. */
  public static final class Builder {
    private OAuthClient client;
    private ScopeSet scopes;
    private URI redirectUri = DEFAULT_REDIRECT_URI;
    private URI authUrl = AUTH_URL;
    private URI apiUrl = API_URL;
    private Optional<URI> site = Optional.empty();
    private CredentialStore store;
    private OkHttpClient http;
    private BrowserLauncher browser = new SystemBrowser(Optional.ofNullable(System.getenv("BROWSER")));
    private Clock clock = Clock.systemUTC();
    private Duration signInTimeout = SignInFlow.DEFAULT_TIMEOUT;
    private Duration refreshMargin = TokenManager.DEFAULT_REFRESH_MARGIN;
    private String signInHint = NotSignedInException.SIGN_IN_AGAIN;
    private Consumer<AtlassianClients.Builder> clientOptions = clients -> { };

    private Builder() {}

    /** The OAuth 2.0 integration from https://developer.atlassian.com/console/myapps/. */
    public Builder client(String clientId, String clientSecret) {
      this.client = new OAuthClient(clientId, clientSecret);
      return this;
    }

    /** What the sign-in asks for: {@link ScopeSet#of} or {@link ScopeSet#forOperations}. */
    public Builder scopes(ScopeSet scopes) {
      this.scopes = Objects.requireNonNull(scopes, "scopes");
      return this;
    }

    /** The loopback URL the sign-in listens on (registered as a callback URL of the app); default port 8080. */
    public Builder redirectUri(URI redirectUri) {
      this.redirectUri = Objects.requireNonNull(redirectUri, "redirectUri");
      return this;
    }

    /** Another authorization server (a test double); default {@link #AUTH_URL}. */
    public Builder authUrl(URI authUrl) {
      this.authUrl = Objects.requireNonNull(authUrl, "authUrl");
      return this;
    }

    /** Another API gateway (a test double); default {@link #API_URL}. */
    public Builder apiUrl(URI apiUrl) {
      this.apiUrl = Objects.requireNonNull(apiUrl, "apiUrl");
      return this;
    }

    /** The site to use when the grant reaches several, e.g. {@code https://your-domain.atlassian.net}. */
    public Builder site(URI site) {
      this.site = Optional.of(site);
      return this;
    }

    /** Where the sign-in is kept; default {@link FileCredentialStore#inUserHome()}. */
    public Builder store(CredentialStore store) {
      this.store = Objects.requireNonNull(store, "store");
      return this;
    }

    /** The OkHttp client for site discovery and the typed clients (timeouts, proxy); default a new one. */
    public Builder httpClient(OkHttpClient http) {
      this.http = Objects.requireNonNull(http, "http");
      return this;
    }

    /** Options of the clients {@link #clients()} makes, e.g. {@code c -> c.retries(RetryPolicy.standard())}. */
    public Builder clientOptions(Consumer<AtlassianClients.Builder> clientOptions) {
      this.clientOptions = Objects.requireNonNull(clientOptions, "clientOptions");
      return this;
    }

    /** How the authorization URL is opened; default: $BROWSER, else the desktop's browser. */
    public Builder browser(BrowserLauncher browser) {
      this.browser = Objects.requireNonNull(browser, "browser");
      return this;
    }

    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock");
      return this;
    }

    /** How long a sign-in waits for the browser; default 5 minutes. */
    public Builder signInTimeout(Duration signInTimeout) {
      this.signInTimeout = Objects.requireNonNull(signInTimeout, "signInTimeout");
      return this;
    }

    /** How long before expiry an access token is renewed; default 2 minutes (at most a quarter of its life). */
    public Builder refreshMargin(Duration refreshMargin) {
      this.refreshMargin = Objects.requireNonNull(refreshMargin, "refreshMargin");
      return this;
    }

    /** The sentence that ends every "not signed in" message: how this application's user signs in. */
    public Builder signInHint(String signInHint) {
      this.signInHint = Objects.requireNonNull(signInHint, "signInHint");
      return this;
    }

    public AtlassianOAuth build() {
      return new AtlassianOAuth(this);
    }
  }
}
