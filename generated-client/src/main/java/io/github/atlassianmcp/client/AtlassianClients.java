package io.github.atlassianmcp.client;

import io.github.atlassianmcp.client.http.AccessTokenSource;
import io.github.atlassianmcp.client.http.BearerTokenInterceptor;
import io.github.atlassianmcp.client.http.RetryInterceptor;
import io.github.atlassianmcp.client.http.RetryPolicy;
import io.github.atlassianmcp.client.internal.GeneratedResponses;
import java.net.URI;
import java.time.Duration;
import java.util.Objects;
import java.util.function.Supplier;
import okhttp3.Credentials;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.logging.HttpLoggingInterceptor;

/**
 * The generated clients of one Atlassian site, wired to the right base URLs over one OkHttp client.
 *
 * <p>Two ways to reach a site, as Atlassian offers them:
 * <ul>
 *   <li>{@link Builder#site(String)}: straight to {@code https://your-domain.atlassian.net}, usually with an
 *       API token ({@link Builder#apiToken(String, String)});</li>
 *   <li>{@link Builder#gateway(String, String)}: through {@code https://api.atlassian.com/ex/{product}/{cloudId}},
 *       as OAuth 2.0 (3LO) apps must, with tokens from {@link Builder#oauth(AccessTokenSource)}.</li>
 * </ul>
 *
 * <pre>{@code
 * AtlassianClients atlassian = AtlassianClients.builder()
 *     .site("https://your-domain.atlassian.net")
 *     .apiToken("you@example.com", System.getenv("ATLASSIAN_API_TOKEN"))
 *     .retries(RetryPolicy.standard())
 *     .build();
 * IssueBean issue = new IssuesApi(atlassian.jiraPlatform()).getIssue("PROJ-1").fields(List.of("summary")).execute();
 * }</pre>
 *
 * <p>Every call either returns its value or throws an {@link AtlassianApiException}. Each product's client is
 * created on first use (its classes and JSON adapters load then), so an application that only calls Jira never
 * loads Confluence. Instances are thread-safe and meant to be shared: all products use one connection pool.
 */
public final class AtlassianClients {

  /** Default timeouts of the client built when none is given; see {@link Builder#httpClient(OkHttpClient)}. */
  public static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(10);
  public static final Duration DEFAULT_READ_TIMEOUT = Duration.ofSeconds(30);
  public static final Duration DEFAULT_CALL_TIMEOUT = Duration.ofSeconds(60);

  private final Lazy<OkHttpClient> http;
  private final Lazy<io.github.atlassianmcp.client.jira.platform.invoker.ApiClient> jiraPlatform;
  private final Lazy<io.github.atlassianmcp.client.jira.software.invoker.ApiClient> jiraSoftware;
  private final Lazy<io.github.atlassianmcp.client.servicedesk.invoker.ApiClient> serviceDesk;
  private final Lazy<io.github.atlassianmcp.client.confluence.v1.invoker.ApiClient> confluenceV1;
  private final Lazy<io.github.atlassianmcp.client.confluence.v2.invoker.ApiClient> confluenceV2;

  private AtlassianClients(Builder builder) {
    String jira = builder.jiraBase;
    String confluence = builder.confluenceBase;
    String userAgent = builder.userAgent;
    http = new Lazy<>(builder::httpClient);
    jiraPlatform = new Lazy<>(() -> new io.github.atlassianmcp.client.jira.platform.invoker.ApiClient(http.get())
        .setBasePath(jira).setUserAgent(userAgent));
    jiraSoftware = new Lazy<>(() -> new io.github.atlassianmcp.client.jira.software.invoker.ApiClient(http.get())
        .setBasePath(jira).setUserAgent(userAgent));
    serviceDesk = new Lazy<>(() -> new io.github.atlassianmcp.client.servicedesk.invoker.ApiClient(http.get())
        .setBasePath(jira).setUserAgent(userAgent));
    confluenceV1 = new Lazy<>(() -> new io.github.atlassianmcp.client.confluence.v1.invoker.ApiClient(http.get())
        .setBasePath(confluence).setUserAgent(userAgent));
    // The v2 spec's paths are relative to /wiki/api/v2; the v1 spec's paths already start with /wiki.
    confluenceV2 = new Lazy<>(() -> new io.github.atlassianmcp.client.confluence.v2.invoker.ApiClient(http.get())
        .setBasePath(confluence + "/wiki/api/v2").setUserAgent(userAgent));
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Jira Cloud platform REST API v3 (issues, search, comments, worklogs, transitions, projects, users). */
  public io.github.atlassianmcp.client.jira.platform.invoker.ApiClient jiraPlatform() {
    return jiraPlatform.get();
  }

  /** Jira Software (agile): boards, sprints, epics. */
  public io.github.atlassianmcp.client.jira.software.invoker.ApiClient jiraSoftware() {
    return jiraSoftware.get();
  }

  /** Jira Service Management: service desks, customer requests, their comments and SLAs. */
  public io.github.atlassianmcp.client.servicedesk.invoker.ApiClient serviceDesk() {
    return serviceDesk.get();
  }

  /** Confluence REST API v1: CQL search lives only here. */
  public io.github.atlassianmcp.client.confluence.v1.invoker.ApiClient confluenceV1() {
    return confluenceV1.get();
  }

  /** Confluence REST API v2: pages and spaces. */
  public io.github.atlassianmcp.client.confluence.v2.invoker.ApiClient confluenceV2() {
    return confluenceV2.get();
  }

  /**
   * The OkHttp client every call goes through, with the interceptors the builder added: for calls the generated
   * clients do not cover (send them to the same base URLs; authentication, retries and logging apply).
   */
  public OkHttpClient httpClient() {
    return http.get();
  }

  /** Options for {@link AtlassianClients}. Exactly one of {@link #site} or {@link #gateway} is required. */
  public static final class Builder {
    private String jiraBase;
    private String confluenceBase;
    private OkHttpClient httpClient;
    private String basicCredentials;
    private AccessTokenSource tokens;
    private RetryPolicy retries;
    private Duration callTimeout;
    private HttpLoggingInterceptor.Level logLevel;
    private HttpLoggingInterceptor.Logger logSink;
    private String userAgent = "atlassian-mcp-client";

    private Builder() {}

    /** Calls go straight to the site, e.g. {@code https://your-domain.atlassian.net}. */
    public Builder site(String siteUrl) {
      String base = withoutTrailingSlash(requireAbsolute(siteUrl, "siteUrl"));
      this.jiraBase = base;
      this.confluenceBase = base;
      return this;
    }

    /** Calls go through Atlassian's API gateway ({@code https://api.atlassian.com}) to the site with this cloud id. */
    public Builder gateway(String apiUrl, String cloudId) {
      String base = withoutTrailingSlash(requireAbsolute(apiUrl, "apiUrl"));
      Objects.requireNonNull(cloudId, "cloudId");
      this.jiraBase = base + "/ex/jira/" + cloudId;
      this.confluenceBase = base + "/ex/confluence/" + cloudId;
      return this;
    }

    /**
     * The OkHttp client to build on (its pool, dispatcher, proxy, timeouts and interceptors); the options of this
     * builder are added to a derived client. Default: connect and read timeouts of 10 s and 30 s and a call
     * timeout of 60 s.
     */
    public Builder httpClient(OkHttpClient httpClient) {
      this.httpClient = Objects.requireNonNull(httpClient, "httpClient");
      return this;
    }

    /** HTTP Basic with an Atlassian account's email and API token (https://id.atlassian.com/manage-profile/security/api-tokens). */
    public Builder apiToken(String email, String apiToken) {
      this.basicCredentials = Credentials.basic(Objects.requireNonNull(email, "email"),
          Objects.requireNonNull(apiToken, "apiToken"));
      return this;
    }

    /**
     * OAuth 2.0 (3LO) bearer tokens from {@code tokens}, sent only to the site's or gateway's origin; a 401 is
     * retried once with the token {@link AccessTokenSource#accessTokenAfterRejection} offers. Use with
     * {@link #gateway(String, String)}.
     */
    public Builder oauth(AccessTokenSource tokens) {
      this.tokens = Objects.requireNonNull(tokens, "tokens");
      return this;
    }

    /**
     * Repeats requests Atlassian answers 429 or 503, honouring Retry-After, e.g. {@link RetryPolicy#standard()}.
     * Only requests that cannot do something twice are repeated (reads, PUT, DELETE, searches sent as POST).
     * Default: no retries.
     */
    public Builder retries(RetryPolicy retries) {
      this.retries = Objects.requireNonNull(retries, "retries");
      return this;
    }

    /**
     * The longest one call may take, retries and reading the whole answer included: a response that trickles in
     * ends at this timeout with a {@link TransportException}. Default 60 s (or the given client's).
     */
    public Builder callTimeout(Duration callTimeout) {
      Objects.requireNonNull(callTimeout, "callTimeout");
      if (callTimeout.isNegative()) {
        throw new IllegalArgumentException("callTimeout must not be negative");
      }
      this.callTimeout = callTimeout;
      return this;
    }

    /**
     * Logs every request and answer at {@code level} through {@code sink}; the Authorization, Proxy-Authorization,
     * Cookie and Set-Cookie headers are always redacted. Bodies ({@code BODY}) may contain personal data.
     */
    public Builder logging(HttpLoggingInterceptor.Level level, HttpLoggingInterceptor.Logger sink) {
      this.logLevel = Objects.requireNonNull(level, "level");
      this.logSink = Objects.requireNonNull(sink, "sink");
      return this;
    }

    /** {@link #logging(HttpLoggingInterceptor.Level, HttpLoggingInterceptor.Logger)} to {@code System.Logger} at DEBUG. */
    public Builder logging(HttpLoggingInterceptor.Level level) {
      System.Logger logger = System.getLogger(AtlassianClients.class.getName());
      return logging(level, line -> logger.log(System.Logger.Level.DEBUG, line));
    }

    public Builder userAgent(String userAgent) {
      this.userAgent = Objects.requireNonNull(userAgent, "userAgent");
      return this;
    }

    public AtlassianClients build() {
      if (jiraBase == null) {
        throw new IllegalStateException("Set where the site is: site(url) or gateway(apiUrl, cloudId)");
      }
      if (basicCredentials != null && tokens != null) {
        throw new IllegalStateException("Choose one way to sign in: apiToken(email, token) or oauth(tokens)");
      }
      return new AtlassianClients(this);
    }

    private OkHttpClient httpClient() {
      OkHttpClient.Builder http = httpClient != null ? httpClient.newBuilder() : new OkHttpClient.Builder()
          .connectTimeout(DEFAULT_CONNECT_TIMEOUT)
          .readTimeout(DEFAULT_READ_TIMEOUT)
          .writeTimeout(DEFAULT_READ_TIMEOUT)
          .callTimeout(DEFAULT_CALL_TIMEOUT);
      if (callTimeout != null) {
        http.callTimeout(callTimeout);
      }
      // Jira and Confluence refuse a multipart upload without it (their XSRF check), whatever the spec says.
      http.addInterceptor(chain -> {
        okhttp3.RequestBody body = chain.request().body();
        boolean multipart = body != null && body.contentType() != null
            && body.contentType().type().equals("multipart");
        return chain.proceed(multipart
            ? chain.request().newBuilder().header("X-Atlassian-Token", "no-check").build() : chain.request());
      });
      // Order matters: each retry passes through authentication again (a fresh token) and is logged.
      if (retries != null) {
        http.addInterceptor(new RetryInterceptor(retries));
      }
      if (basicCredentials != null) {
        String credentials = basicCredentials;
        http.addInterceptor(chain -> chain.proceed(
            chain.request().newBuilder().header("Authorization", credentials).build()));
      }
      if (tokens != null) {
        http.addInterceptor(new BearerTokenInterceptor(tokens, HttpUrl.get(jiraBase)));
      }
      if (logLevel != null) {
        HttpLoggingInterceptor logging = GeneratedResponses.redactSecrets(new HttpLoggingInterceptor(logSink));
        logging.setLevel(logLevel);
        http.addInterceptor(logging);
      }
      return http.build();
    }

    private static String requireAbsolute(String url, String name) {
      Objects.requireNonNull(url, name);
      URI uri = URI.create(url);
      if (uri.getScheme() == null || uri.getHost() == null) {
        throw new IllegalArgumentException(name + " must be an absolute URL like https://your-domain.atlassian.net, got: " + url);
      }
      return url;
    }

    private static String withoutTrailingSlash(String url) {
      return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }
  }

  /** A value made on first use, once, whichever thread asks first. */
  private static final class Lazy<T> implements Supplier<T> {
    private final Supplier<T> make;
    private volatile T value;

    Lazy(Supplier<T> make) {
      this.make = make;
    }

    @Override
    public T get() {
      T known = value;
      if (known == null) {
        synchronized (this) {
          known = value;
          if (known == null) {
            known = make.get();
            value = known;
          }
        }
      }
      return known;
    }
  }
}
