package io.github.atlassianmcp.client;

import java.net.URI;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import okhttp3.Credentials;
import okhttp3.OkHttpClient;

/**
 * The generated clients of one Atlassian site, wired to the right base URLs over one OkHttp client.
 *
 * <p>Two ways to reach a site, as Atlassian offers them:
 * <ul>
 *   <li>{@link Builder#site(String)}: straight to {@code https://your-domain.atlassian.net}, usually with an
 *       API token ({@link Builder#apiToken(String, String)});</li>
 *   <li>{@link Builder#gateway(String, String)}: through {@code https://api.atlassian.com/ex/{product}/{cloudId}},
 *       as OAuth 2.0 (3LO) apps must; the caller's OkHttp client adds the bearer token.</li>
 * </ul>
 *
 * <pre>{@code
 * AtlassianClients atlassian = AtlassianClients.builder()
 *     .site("https://your-domain.atlassian.net")
 *     .apiToken("you@example.com", System.getenv("ATLASSIAN_API_TOKEN"))
 *     .build();
 * new IssueSearchApi(atlassian.jiraPlatform()).searchAndReconcileIssuesUsingJql("project = PROJ", ...);
 * }</pre>
 */
public final class AtlassianClients {

  private final io.github.atlassianmcp.client.jira.platform.invoker.ApiClient jiraPlatform;
  private final io.github.atlassianmcp.client.jira.software.invoker.ApiClient jiraSoftware;
  private final io.github.atlassianmcp.client.servicedesk.invoker.ApiClient serviceDesk;
  private final io.github.atlassianmcp.client.confluence.v1.invoker.ApiClient confluenceV1;
  private final io.github.atlassianmcp.client.confluence.v2.invoker.ApiClient confluenceV2;

  private AtlassianClients(Builder builder) {
    GeneratedJson.ensureInstalled();
    OkHttpClient http = builder.httpClient();
    jiraPlatform = new io.github.atlassianmcp.client.jira.platform.invoker.ApiClient(http)
        .setBasePath(builder.jiraBase).setUserAgent(builder.userAgent);
    jiraSoftware = new io.github.atlassianmcp.client.jira.software.invoker.ApiClient(http)
        .setBasePath(builder.jiraBase).setUserAgent(builder.userAgent);
    serviceDesk = new io.github.atlassianmcp.client.servicedesk.invoker.ApiClient(http)
        .setBasePath(builder.jiraBase).setUserAgent(builder.userAgent);
    confluenceV1 = new io.github.atlassianmcp.client.confluence.v1.invoker.ApiClient(http)
        .setBasePath(builder.confluenceBase).setUserAgent(builder.userAgent);
    // The v2 spec's paths are relative to /wiki/api/v2; the v1 spec's paths already start with /wiki.
    confluenceV2 = new io.github.atlassianmcp.client.confluence.v2.invoker.ApiClient(http)
        .setBasePath(builder.confluenceBase + "/wiki/api/v2").setUserAgent(builder.userAgent);
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Jira Cloud platform REST API v3 (issues, search, comments, worklogs, transitions, projects, users). */
  public io.github.atlassianmcp.client.jira.platform.invoker.ApiClient jiraPlatform() {
    return jiraPlatform;
  }

  /** Jira Software (agile): boards, sprints, epics. */
  public io.github.atlassianmcp.client.jira.software.invoker.ApiClient jiraSoftware() {
    return jiraSoftware;
  }

  /** Jira Service Management: service desks, customer requests, their comments and SLAs. */
  public io.github.atlassianmcp.client.servicedesk.invoker.ApiClient serviceDesk() {
    return serviceDesk;
  }

  /** Confluence REST API v1: CQL search lives only here. */
  public io.github.atlassianmcp.client.confluence.v1.invoker.ApiClient confluenceV1() {
    return confluenceV1;
  }

  /** Confluence REST API v2: pages and spaces. */
  public io.github.atlassianmcp.client.confluence.v2.invoker.ApiClient confluenceV2() {
    return confluenceV2;
  }

  /** Options for {@link AtlassianClients}. Exactly one of {@link #site} or {@link #gateway} is required. */
  public static final class Builder {
    private String jiraBase;
    private String confluenceBase;
    private OkHttpClient httpClient;
    private String basicCredentials;
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
     * The OkHttp client every call goes through: its interceptors add authentication, retries and logging.
     * Default: a client with 10 s connect and 30 s read timeouts.
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

    public Builder userAgent(String userAgent) {
      this.userAgent = Objects.requireNonNull(userAgent, "userAgent");
      return this;
    }

    public AtlassianClients build() {
      if (jiraBase == null) {
        throw new IllegalStateException("Set where the site is: site(url) or gateway(apiUrl, cloudId)");
      }
      return new AtlassianClients(this);
    }

    private OkHttpClient httpClient() {
      OkHttpClient base = httpClient != null ? httpClient : new OkHttpClient.Builder()
          .connectTimeout(10, TimeUnit.SECONDS)
          .readTimeout(30, TimeUnit.SECONDS)
          .build();
      if (basicCredentials == null) {
        return base;
      }
      String credentials = basicCredentials;
      return base.newBuilder()
          .addInterceptor(chain -> chain.proceed(
              chain.request().newBuilder().header("Authorization", credentials).build()))
          .build();
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
}
