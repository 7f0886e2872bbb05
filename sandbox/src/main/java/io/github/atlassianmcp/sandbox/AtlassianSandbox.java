package io.github.atlassianmcp.sandbox;

import com.sun.net.httpserver.HttpServer;
import io.github.atlassianmcp.sandbox.adf.AdfInput;
import io.github.atlassianmcp.sandbox.admin.AdminEndpoints;
import io.github.atlassianmcp.sandbox.agile.AgileApi;
import io.github.atlassianmcp.sandbox.confluence.ConfluenceApi;
import io.github.atlassianmcp.sandbox.confluence.ConfluenceSite;
import io.github.atlassianmcp.sandbox.faults.Faults;
import io.github.atlassianmcp.sandbox.gateway.Gateway;
import io.github.atlassianmcp.sandbox.gateway.OperationIndex;
import io.github.atlassianmcp.sandbox.gateway.ProductDispatcher;
import io.github.atlassianmcp.sandbox.gateway.SiteAuthenticator;
import io.github.atlassianmcp.sandbox.http.RequestLog;
import io.github.atlassianmcp.sandbox.http.Router;
import io.github.atlassianmcp.sandbox.jira.JiraApi;
import io.github.atlassianmcp.sandbox.jira.JiraSite;
import io.github.atlassianmcp.sandbox.media.MediaHost;
import io.github.atlassianmcp.sandbox.oauth.AuthorizationServer;
import io.github.atlassianmcp.sandbox.oauth.RandomTokens;
import io.github.atlassianmcp.sandbox.oauth.ScopeCatalog;
import io.github.atlassianmcp.sandbox.oauth.TokenStore;
import io.github.atlassianmcp.sandbox.seed.SeedData;
import io.github.atlassianmcp.sandbox.seed.SeedUsers;
import io.github.atlassianmcp.sandbox.servicedesk.ServiceDeskApi;
import io.github.atlassianmcp.sandbox.servicedesk.ServiceDeskSite;
import io.github.atlassianmcp.sandbox.users.UserDirectory;
import io.github.atlassianmcp.specs.AtlassianOperations;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A stateful, in-memory Atlassian Cloud on loopback: the authorization server (auth.atlassian.com), the API
 * gateway (api.atlassian.com) and a site (your-domain.atlassian.net) with Jira, Confluence and Jira Service
 * Management, all on one port and told apart by path, as the real hosts are.
 *
 * <pre>{@code
 * try (AtlassianSandbox sandbox = AtlassianSandbox.builder().accessTokenLifetime(Duration.ofSeconds(5)).start()) {
 *   TokenPair tokens = sandbox.issueTokens(Set.of("read:jira-work", "offline_access"));
 *   // GET sandbox.apiUrl() + "/ex/jira/" + sandbox.cloudId() + "/rest/api/3/myself" with the bearer token
 * }
 * }</pre>
 */
public final class AtlassianSandbox implements AutoCloseable {

  /** The site's cloud ID: fixed, so recorded answers and snapshots stay the same from run to run. */
  public static final String CLOUD_ID = "8f4e2c1a-5b6d-4e7f-9a0b-1c2d3e4f5a6b";

  private final HttpServer server;
  private final ExecutorService executor;
  private final SiteAddress site;
  private final OAuthApp app;
  private final UserDirectory users;
  private final ScopeCatalog scopes;
  private final TokenStore tokens;
  private final Faults faults;
  private final RequestLog log;
  private final ProductDispatcher products;
  private final AtomicReference<SandboxUser> browserUser;

  private AtlassianSandbox(Builder builder) throws IOException {
    RandomTokens random = new RandomTokens();
    this.app = builder.app != null ? builder.app
        : new OAuthApp("sandbox-" + random.next(12), random.next(32));
    this.users = SeedUsers.create(random);
    this.browserUser = new AtomicReference<>(users.currentUser());
    OperationIndex operations = new OperationIndex(AtlassianOperations.load());
    this.scopes = new ScopeCatalog(operations.allScopes());
    this.tokens = new TokenStore(random, builder.clock, builder.accessTokenLifetime, builder.reuseLeeway);
    this.faults = new Faults();
    this.log = new RequestLog();

    // The JDK's server sends headers and body in separate packets; with Nagle on, every answer then waits for the
    // client's delayed ACK (40 ms on Linux). Read once when the first server is made, so set it before.
    if (System.getProperty("sun.net.httpserver.nodelay") == null) {
      System.setProperty("sun.net.httpserver.nodelay", "true");
    }
    this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), builder.port), 0);
    this.site = new SiteAddress("http://127.0.0.1:" + server.getAddress().getPort(), CLOUD_ID, "sandbox");

    SeedData seed = SeedData.create(users, builder.clock.instant());
    AdfInput adf = new AdfInput();
    MediaHost media = new MediaHost(List.of(seed.jira(), seed.media()), builder.clock, random);
    Router routes = new Router();
    JiraSite jira = new JiraSite(seed.jira(), users, adf, builder.clock, media);
    new JiraApi(jira).register(routes);
    new AgileApi(jira).register(routes);
    new ConfluenceApi(new ConfluenceSite(seed.confluence(), users, adf, seed.media(), media, builder.clock))
        .register(routes);
    new ServiceDeskApi(new ServiceDeskSite(seed.serviceDesk(), seed.jira(), users, builder.clock)).register(routes);
    this.products = new ProductDispatcher(routes, operations);

    RequestPipeline pipeline = new RequestPipeline(
        new AdminEndpoints(faults, tokens, log, this::issueTokens),
        faults,
        new AuthorizationServer(app, browserUser::get, scopes, tokens, random, builder.clock),
        new Gateway(site, tokens, operations, products),
        media,
        new SiteAuthenticator(users),
        products,
        log,
        site,
        builder.clock);
    this.executor = Executors.newFixedThreadPool(builder.threads, new SandboxThreads());
    server.setExecutor(executor);
    server.createContext("/", pipeline);
    server.start();
  }

  public static Builder builder() {
    return new Builder();
  }

  /** {@code http://127.0.0.1:PORT}: the authorization server, the gateway and the site all live here. */
  public String baseUrl() {
    return site.baseUrl();
  }

  /** Where auth.atlassian.com would be: {@code /authorize} and {@code /oauth/token}. */
  public String authUrl() {
    return site.baseUrl();
  }

  /** Where api.atlassian.com would be: accessible-resources, {@code /me}, {@code /ex/{product}/{cloudId}}. */
  public String apiUrl() {
    return site.baseUrl();
  }

  /** Where your-domain.atlassian.net would be: {@code /rest/...} and {@code /wiki/...} with Basic auth. */
  public String siteUrl() {
    return site.baseUrl();
  }

  public int port() {
    return server.getAddress().getPort();
  }

  public String cloudId() {
    return site.cloudId();
  }

  /** The registered 3LO app; its redirect URIs are any loopback http URL. */
  public OAuthApp oauthApp() {
    return app;
  }

  /** The signed-in user: the one who consents at {@code /authorize} and owns tokens from {@link #issueTokens}. */
  public SandboxUser currentUser() {
    return users.currentUser();
  }

  /**
   * Who is signed in to Atlassian in the browser from now on: the person who consents at {@code /authorize}
   * (default {@link #currentUser()}), as when a teammate links their own account on a shared server.
   */
  public void signInBrowserAs(SandboxUser user) {
    if (!users.all().contains(Objects.requireNonNull(user, "user"))) {
      throw new IllegalArgumentException("Not a user of this sandbox: " + user.accountId());
    }
    browserUser.set(user);
  }

  /** Everyone on the site, the current user first. */
  public List<SandboxUser> users() {
    return users.all();
  }

  /** Every scope the sandbox's app may request. */
  public Set<String> knownScopes() {
    return scopes.all();
  }

  /**
   * Mints a token pair for the current user without a browser, as after a consent (for a signed-in
   * {@code --sandbox} start). A refresh token comes with it when {@code offline_access} is among the scopes.
   */
  public TokenPair issueTokens(Set<String> requestedScopes) {
    Objects.requireNonNull(requestedScopes, "requestedScopes");
    if (requestedScopes.isEmpty()) {
      throw new IllegalArgumentException("Ask for at least one scope, e.g. read:jira-work");
    }
    for (String scope : requestedScopes) {
      if (!scopes.isKnown(scope)) {
        throw new IllegalArgumentException("Unknown scope " + scope + "; see knownScopes()");
      }
    }
    return tokens.issue(users.currentUser(), new ArrayList<>(requestedScopes));
  }

  /** Injects failures: {@code faults().failNext("/rest/api/3/search/jql", 2, 429, Duration.ofSeconds(1))}. */
  public Faults faults() {
    return faults;
  }

  /** Makes every access token issued so far expire now. Refresh tokens keep working. */
  public void expireAccessTokens() {
    tokens.expireAccessTokens();
  }

  /** Every request answered so far (admin endpoints excepted), oldest first. An immutable snapshot. */
  public List<LoggedRequest> requestLog() {
    return log.snapshot();
  }

  public OAuthStats oauthStats() {
    return tokens.stats();
  }

  /** The product operations served, as {@code GET /rest/api/3/issue/{issueIdOrKey}}; for diagnostics. */
  public List<String> servedOperations() {
    return products.routes();
  }

  /** Stops the server at once and releases its threads. */
  @Override
  public void close() {
    server.stop(0);
    executor.shutdownNow();
  }

  /** Options of a sandbox; {@link #start()} binds it. */
  public static final class Builder {
    private int port;
    private Duration accessTokenLifetime = Duration.ofHours(1);
    private Duration reuseLeeway = Duration.ofMinutes(10);
    private Clock clock = Clock.systemUTC();
    private OAuthApp app;
    private int threads = 8;

    private Builder() {}

    /** The port to bind on 127.0.0.1; default 0, a free port chosen by the OS. */
    public Builder port(int port) {
      if (port < 0 || port > 65535) {
        throw new IllegalArgumentException("port must be between 0 and 65535, was " + port);
      }
      this.port = port;
      return this;
    }

    /** How long access tokens live; default one hour, as Atlassian's. */
    public Builder accessTokenLifetime(Duration lifetime) {
      if (lifetime == null || lifetime.isNegative() || lifetime.isZero()) {
        throw new IllegalArgumentException("accessTokenLifetime must be positive");
      }
      this.accessTokenLifetime = lifetime;
      return this;
    }

    /**
     * How long after its rotation a refresh token may still be reused without revoking its family; default 10
     * minutes, the leeway Atlassian documents. {@code Duration.ZERO} makes every reuse revoke the family.
     */
    public Builder refreshTokenReuseLeeway(Duration leeway) {
      if (leeway == null || leeway.isNegative()) {
        throw new IllegalArgumentException("refreshTokenReuseLeeway must not be negative");
      }
      this.reuseLeeway = leeway;
      return this;
    }

    /** The clock of token lifetimes and of dates the sandbox writes; default the system clock in UTC. */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock");
      return this;
    }

    /** The registered app's credentials; default fresh random ones. */
    public Builder oauthApp(String clientId, String clientSecret) {
      this.app = new OAuthApp(clientId, clientSecret);
      return this;
    }

    /** How many threads serve requests; default 8. */
    public Builder threads(int threads) {
      if (threads < 1) {
        throw new IllegalArgumentException("threads must be at least 1");
      }
      this.threads = threads;
      return this;
    }

    public AtlassianSandbox start() {
      try {
        return new AtlassianSandbox(this);
      } catch (IOException e) {
        throw new UncheckedIOException("Cannot bind the sandbox on 127.0.0.1:" + port, e);
      }
    }
  }

  private static final class SandboxThreads implements ThreadFactory {
    private final AtomicInteger count = new AtomicInteger();

    @Override
    public Thread newThread(Runnable task) {
      Thread thread = new Thread(task, "atlassian-sandbox-" + count.incrementAndGet());
      thread.setDaemon(true);
      return thread;
    }
  }
}
