package io.github.atlassianmcp.server.config;

import io.github.atlassianmcp.auth.AuthMode;
import io.github.atlassianmcp.auth.OAuthClient;
import java.net.URI;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Everything the server reads from its environment, read once and validated. Secrets (the client secret, the API
 * token) live in {@link OAuthClient} and {@link ApiTokenCredentials}, whose {@code toString()} hides them, so this
 * record can be printed.
 *
 * @param siteUrl ATLASSIAN_SITE_URL without a trailing slash: picks the cloudId in OAuth mode, is the base URL in
 *     API-token mode
 * @param oauthClient ATLASSIAN_CLIENT_ID + ATLASSIAN_CLIENT_SECRET
 * @param redirectUri ATLASSIAN_OAUTH_REDIRECT_URI: where the local callback server listens (loopback only)
 * @param authUrl ATLASSIAN_AUTH_URL: base of {@code /authorize} and {@code /oauth/token}
 * @param apiUrl ATLASSIAN_API_URL: base of accessible-resources, {@code /me} and {@code /ex/{product}/{cloudId}}
 * @param home ATLASSIAN_MCP_HOME: the folder of {@code credentials.json}
 * @param apiToken ATLASSIAN_EMAIL + ATLASSIAN_API_TOKEN
 * @param browser BROWSER: the command(s) that open the authorization URL
 * @param readOnly ATLASSIAN_READ_ONLY: write tools are neither listed nor callable
 * @param toolsets ATLASSIAN_TOOLSETS: which tool groups are listed
 */
public record ServerConfig(
    Optional<URI> siteUrl,
    Optional<OAuthClient> oauthClient,
    URI redirectUri,
    URI authUrl,
    URI apiUrl,
    Path home,
    Optional<ApiTokenCredentials> apiToken,
    Optional<String> browser,
    boolean readOnly,
    Set<Toolset> toolsets) {

  public static final String SITE_URL = "ATLASSIAN_SITE_URL";
  public static final String CLIENT_ID = "ATLASSIAN_CLIENT_ID";
  public static final String CLIENT_SECRET = "ATLASSIAN_CLIENT_SECRET";
  public static final String OAUTH_REDIRECT_URI = "ATLASSIAN_OAUTH_REDIRECT_URI";
  public static final String AUTH_URL = "ATLASSIAN_AUTH_URL";
  public static final String API_URL = "ATLASSIAN_API_URL";
  public static final String MCP_HOME = "ATLASSIAN_MCP_HOME";
  public static final String EMAIL = "ATLASSIAN_EMAIL";
  public static final String API_TOKEN = "ATLASSIAN_API_TOKEN";
  public static final String BROWSER = "BROWSER";
  public static final String READ_ONLY = "ATLASSIAN_READ_ONLY";
  public static final String TOOLSETS = "ATLASSIAN_TOOLSETS";

  public static final String DEFAULT_REDIRECT_URI = "http://localhost:8080/callback";
  public static final String DEFAULT_AUTH_URL = "https://auth.atlassian.com";
  public static final String DEFAULT_API_URL = "https://api.atlassian.com";
  public static final String DEFAULT_HOME_FOLDER = ".atlassian-mcp";

  public ServerConfig {
    Objects.requireNonNull(siteUrl, "siteUrl");
    Objects.requireNonNull(oauthClient, "oauthClient");
    Objects.requireNonNull(redirectUri, "redirectUri");
    Objects.requireNonNull(authUrl, "authUrl");
    Objects.requireNonNull(apiUrl, "apiUrl");
    Objects.requireNonNull(home, "home");
    Objects.requireNonNull(apiToken, "apiToken");
    Objects.requireNonNull(browser, "browser");
    toolsets = Collections.unmodifiableSet(EnumSet.copyOf(Objects.requireNonNull(toolsets, "toolsets")));
  }

  /** Reads the configuration from an environment such as {@link System#getenv()}; the home folder defaults under user.home. */
  public static ServerConfig fromEnvironment(Map<String, String> environment) {
    return fromEnvironment(environment, Path.of(System.getProperty("user.home")));
  }

  /**
   * Reads and validates the configuration.
   *
   * @throws ConfigException naming the first variable that needs fixing
   */
  public static ServerConfig fromEnvironment(Map<String, String> environment, Path userHome) {
    Variables env = new Variables(environment);

    Optional<URI> siteUrl = env.value(SITE_URL).map(v -> UrlRules.siteUrl(SITE_URL, v));
    URI authUrl = UrlRules.serviceUrl(AUTH_URL, env.value(AUTH_URL).orElse(DEFAULT_AUTH_URL));
    URI apiUrl = UrlRules.serviceUrl(API_URL, env.value(API_URL).orElse(DEFAULT_API_URL));
    URI redirectUri =
        UrlRules.redirectUri(OAUTH_REDIRECT_URI, env.value(OAUTH_REDIRECT_URI).orElse(DEFAULT_REDIRECT_URI));

    Optional<OAuthClient> oauthClient = env.pair(CLIENT_ID, CLIENT_SECRET,
        "the OAuth 2.0 (3LO) app's two values from https://developer.atlassian.com/console/myapps/")
        .map(p -> new OAuthClient(p[0], p[1]));
    Optional<ApiTokenCredentials> apiToken = env.pair(EMAIL, API_TOKEN,
        "your Atlassian account's email and an API token from https://id.atlassian.com/manage-profile/security/api-tokens")
        .map(p -> new ApiTokenCredentials(p[0], p[1]));
    if (apiToken.isPresent() && siteUrl.isEmpty()) {
      throw new ConfigException(SITE_URL, "API-token mode (" + EMAIL + " + " + API_TOKEN + ") needs " + SITE_URL
          + ", the site to call, e.g. https://your-domain.atlassian.net.");
    }

    return new ServerConfig(
        siteUrl,
        oauthClient,
        redirectUri,
        authUrl,
        apiUrl,
        home(env.value(MCP_HOME), userHome),
        apiToken,
        env.value(BROWSER),
        env.value(READ_ONLY).map(ServerConfig::parseBoolean).orElse(false),
        env.value(TOOLSETS).map(ServerConfig::parseToolsets).orElse(Toolset.defaults()));
  }

  /**
   * API-token mode when ATLASSIAN_EMAIL + ATLASSIAN_API_TOKEN are set (an explicit choice that needs no browser),
   * else OAuth when the app is configured.
   */
  public AuthMode authMode() {
    if (apiToken.isPresent()) {
      return AuthMode.API_TOKEN;
    }
    return oauthClient.isPresent() ? AuthMode.OAUTH : AuthMode.NOT_CONFIGURED;
  }

  /** Where the credentials of OAuth mode are kept. */
  public Path credentialsFile() {
    return home.resolve("credentials.json");
  }

  private static Path home(Optional<String> value, Path userHome) {
    if (value.isEmpty()) {
      return userHome.resolve(DEFAULT_HOME_FOLDER).toAbsolutePath();
    }
    String raw = value.get();
    try {
      Path path = raw.equals("~") ? userHome
          : raw.startsWith("~/") || raw.startsWith("~\\") ? userHome.resolve(raw.substring(2))
          : Path.of(raw);
      if (!path.isAbsolute()) {
        throw new ConfigException(MCP_HOME, MCP_HOME + " must be an absolute folder path (an MCP client may start "
            + "the server in any working directory), e.g. " + userHome.resolve(DEFAULT_HOME_FOLDER) + "; got " + raw);
      }
      return path.normalize();
    } catch (InvalidPathException e) {
      throw new ConfigException(MCP_HOME, MCP_HOME + " is not a valid folder path: " + raw);
    }
  }

  private static boolean parseBoolean(String value) {
    switch (value.toLowerCase(Locale.ROOT)) {
      case "true": case "1": case "yes": case "on":
        return true;
      case "false": case "0": case "no": case "off":
        return false;
      default:
        throw new ConfigException(READ_ONLY, READ_ONLY + " must be true or false; got " + value);
    }
  }

  private static Set<Toolset> parseToolsets(String value) {
    if (value.trim().equalsIgnoreCase("all")) {
      return EnumSet.allOf(Toolset.class);
    }
    Set<Toolset> result = EnumSet.noneOf(Toolset.class);
    for (String part : value.split(",")) {
      if (part.isBlank()) {
        continue;
      }
      result.add(Toolset.fromId(part).orElseThrow(() -> new ConfigException(TOOLSETS,
          TOOLSETS + " lists an unknown toolset '" + part.trim() + "'; use a comma-separated list of "
              + Toolset.allIds() + ", or all (unset: jira, confluence)")));
    }
    if (result.isEmpty()) {
      throw new ConfigException(TOOLSETS,
          TOOLSETS + " enables no toolset; list some of " + Toolset.allIds() + ", or all (unset: jira, confluence)");
    }
    return result;
  }

  /** The environment with blank values treated as unset (MCP client configs often carry empty placeholders). */
  private static final class Variables {
    private final Map<String, String> environment;

    Variables(Map<String, String> environment) {
      this.environment = Objects.requireNonNull(environment, "environment");
    }

    Optional<String> value(String name) {
      String value = environment.get(name);
      return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.trim());
    }

    /** Two variables that only make sense together: both or neither. */
    Optional<String[]> pair(String first, String second, String what) {
      Optional<String> a = value(first);
      Optional<String> b = value(second);
      if (a.isPresent() != b.isPresent()) {
        String missing = a.isPresent() ? second : first;
        String present = a.isPresent() ? first : second;
        throw new ConfigException(missing, present + " is set but " + missing + " is not: set both (" + what
            + "), or neither.");
      }
      return a.map(v -> new String[] {v, b.get()});
    }
  }
}
