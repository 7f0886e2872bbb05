package io.github.atlassianmcp.server.config;

import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What {@code serve --http} reads besides {@link ServerConfig}: where it listens, the URL its users reach it at, the
 * team's OpenID Connect provider, the shared store and its token key. Flags override the environment.
 *
 * @param port where Jetty listens
 * @param bindAddress the interface; loopback unless set (behind a load balancer: 0.0.0.0)
 * @param publicUrl what clients and browsers reach, without a trailing slash; the token audience
 * @param oidcIssuer the team's OpenID Connect provider (its discovery document is at issuer/.well-known/...)
 * @param oidcClientId the web client the /connect page signs browsers in with
 * @param oidcClientSecret its secret; empty for a public client (PKCE only)
 * @param writeScope the scope a token needs for tools that change data
 * @param databaseUrl JDBC URL of the shared store; default an H2 file under ATLASSIAN_MCP_HOME
 * @param keysetJson the Tink keyset that encrypts stored tokens, if given (else, for H2 only, a generated file)
 * @param allowedOrigins browser origins allowed to call /mcp (the public URL's own is always allowed)
 * @param maxRequestBytes the largest request body /mcp reads
 */
public record RemoteConfig(
    int port,
    String bindAddress,
    URI publicUrl,
    URI oidcIssuer,
    String oidcClientId,
    Optional<String> oidcClientSecret,
    String writeScope,
    String databaseUrl,
    Optional<String> databaseUser,
    Optional<String> databasePassword,
    Optional<String> keysetJson,
    Optional<Path> keysetFile,
    List<String> allowedOrigins,
    int maxRequestBytes) {

  public static final String PORT = "ATLASSIAN_MCP_HTTP_PORT";
  public static final String BIND = "ATLASSIAN_MCP_BIND";
  public static final String PUBLIC_URL = "ATLASSIAN_MCP_PUBLIC_URL";
  public static final String OIDC_ISSUER = "ATLASSIAN_MCP_OIDC_ISSUER";
  public static final String OIDC_CLIENT_ID = "ATLASSIAN_MCP_OIDC_CLIENT_ID";
  public static final String OIDC_CLIENT_SECRET = "ATLASSIAN_MCP_OIDC_CLIENT_SECRET";
  public static final String WRITE_SCOPE = "ATLASSIAN_MCP_WRITE_SCOPE";
  public static final String DB_URL = "ATLASSIAN_MCP_DB_URL";
  public static final String DB_USER = "ATLASSIAN_MCP_DB_USER";
  public static final String DB_PASSWORD = "ATLASSIAN_MCP_DB_PASSWORD";
  public static final String KEYSET = "ATLASSIAN_MCP_KEYSET";
  public static final String KEYSET_FILE = "ATLASSIAN_MCP_KEYSET_FILE";
  public static final String ALLOWED_ORIGINS = "ATLASSIAN_MCP_ALLOWED_ORIGINS";
  public static final String MAX_REQUEST_BYTES = "ATLASSIAN_MCP_MAX_REQUEST_BYTES";

  public static final int DEFAULT_PORT = 8080;
  public static final String DEFAULT_WRITE_SCOPE = "atlassian:write";
  /** Room for confluence_add_attachment's 10 MB of base64 (13.4 MB) and its JSON around it. */
  public static final int DEFAULT_MAX_REQUEST_BYTES = 16 * 1024 * 1024;

  public RemoteConfig {
    Objects.requireNonNull(bindAddress, "bindAddress");
    Objects.requireNonNull(publicUrl, "publicUrl");
    Objects.requireNonNull(oidcIssuer, "oidcIssuer");
    Objects.requireNonNull(oidcClientId, "oidcClientId");
    Objects.requireNonNull(oidcClientSecret, "oidcClientSecret");
    Objects.requireNonNull(writeScope, "writeScope");
    Objects.requireNonNull(databaseUrl, "databaseUrl");
    Objects.requireNonNull(databaseUser, "databaseUser");
    Objects.requireNonNull(databasePassword, "databasePassword");
    Objects.requireNonNull(keysetJson, "keysetJson");
    Objects.requireNonNull(keysetFile, "keysetFile");
    allowedOrigins = List.copyOf(allowedOrigins);
  }

  /**
   * @param flags {@code --port}, {@code --bind}, {@code --public-url} from the command line, by name without dashes
   * @param home ATLASSIAN_MCP_HOME, where the embedded database lives by default
   * @throws ConfigException naming the variable to fix
   */
  public static RemoteConfig from(Map<String, String> environment, Map<String, String> flags, Path home) {
    Map<String, String> env = environment;
    int port = integer(PORT, Optional.ofNullable(flags.get("port")).or(() -> value(env, PORT)), DEFAULT_PORT, 0,
        65535);
    String bind = Optional.ofNullable(flags.get("bind")).or(() -> value(env, BIND)).orElse("127.0.0.1");
    URI publicUrl = UrlRules.serviceUrl(PUBLIC_URL, Optional.ofNullable(flags.get("public-url"))
        .or(() -> value(env, PUBLIC_URL))
        .orElseThrow(() -> new ConfigException(PUBLIC_URL, PUBLIC_URL + " (or --public-url) is required with --http:"
            + " the https URL your team's MCP clients reach this server at, e.g. https://mcp.example.com")));
    URI issuer = UrlRules.serviceUrl(OIDC_ISSUER, required(env, OIDC_ISSUER, "the issuer URL of your team's OpenID"
        + " Connect provider (Keycloak realm, Entra ID tenant, Okta, Google...), which issues the MCP access tokens"));
    String clientId = required(env, OIDC_CLIENT_ID, "the client ID the /connect page signs browsers in with, at the"
        + " same OpenID Connect provider");
    String databaseUrl = value(env, DB_URL).orElse("jdbc:h2:file:" + home.resolve("remote-store")
        + ";LOCK_TIMEOUT=30000");
    if (!databaseUrl.startsWith("jdbc:")) {
      throw new ConfigException(DB_URL, DB_URL + " must be a JDBC URL such as jdbc:postgresql://db.example.com/atlassian_mcp");
    }
    Optional<String> keyset = value(env, KEYSET);
    Optional<Path> keysetFile = value(env, KEYSET_FILE).map(Path::of);
    if (keyset.isPresent() && keysetFile.isPresent()) {
      throw new ConfigException(KEYSET, "Set either " + KEYSET + " or " + KEYSET_FILE + ", not both");
    }
    if (keyset.isEmpty() && keysetFile.isEmpty() && !databaseUrl.startsWith("jdbc:h2:")) {
      throw new ConfigException(KEYSET, KEYSET + " or " + KEYSET_FILE + " is required with a shared database: the"
          + " Tink keyset that encrypts the stored Atlassian tokens, the same on every replica (make one with"
          + " 'java -jar atlassian-mcp-server.jar keyset' and keep it in your secret manager)");
    }
    List<String> origins = new ArrayList<>();
    origins.add(origin(publicUrl));
    value(env, ALLOWED_ORIGINS).ifPresent(list -> Arrays.stream(list.split(","))
        .map(String::trim).filter(o -> !o.isEmpty()).forEach(origins::add));
    return new RemoteConfig(port, bind, publicUrl, issuer, clientId, value(env, OIDC_CLIENT_SECRET),
        value(env, WRITE_SCOPE).orElse(DEFAULT_WRITE_SCOPE), databaseUrl, value(env, DB_USER),
        value(env, DB_PASSWORD), keyset, keysetFile, origins,
        integer(MAX_REQUEST_BYTES, value(env, MAX_REQUEST_BYTES), DEFAULT_MAX_REQUEST_BYTES, 1024, Integer.MAX_VALUE));
  }

  /** The MCP endpoint's URL: the protected resource, and the audience tokens are issued for. */
  public URI mcpUrl() {
    return URI.create(publicUrl + "/mcp");
  }

  /** The Atlassian callback of the /connect page: register it in the Atlassian app. */
  public URI atlassianCallback() {
    return URI.create(publicUrl + "/connect/callback");
  }

  /** The browser sign-in's callback: register it with the OpenID Connect client. */
  public URI oidcCallback() {
    return URI.create(publicUrl + "/connect/signed-in");
  }

  /** Host names (with port) requests may carry: the public URL's. */
  public String publicHost() {
    return publicUrl.getPort() < 0 ? publicUrl.getHost() : publicUrl.getHost() + ":" + publicUrl.getPort();
  }

  private static String origin(URI url) {
    return url.getScheme() + "://" + url.getRawAuthority();
  }

  private static Optional<String> value(Map<String, String> env, String name) {
    String value = env.get(name);
    return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.trim());
  }

  private static String required(Map<String, String> env, String name, String what) {
    return value(env, name).orElseThrow(() -> new ConfigException(name, name + " is required with --http: " + what));
  }

  private static int integer(String name, Optional<String> value, int fallback, int min, int max) {
    if (value.isEmpty()) {
      return fallback;
    }
    try {
      int parsed = Integer.parseInt(value.get());
      if (parsed < min || parsed > max) {
        throw new NumberFormatException();
      }
      return parsed;
    } catch (NumberFormatException e) {
      throw new ConfigException(name, name + " must be a whole number from " + min + " to " + max + "; got "
          + value.get());
    }
  }
}
