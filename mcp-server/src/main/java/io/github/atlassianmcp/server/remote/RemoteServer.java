package io.github.atlassianmcp.server.remote;

import io.github.atlassianmcp.auth.AccountDirectory;
import io.github.atlassianmcp.auth.CodeRedemption;
import io.github.atlassianmcp.auth.OAuthClient;
import io.github.atlassianmcp.auth.TokenEndpoint;
import io.github.atlassianmcp.server.ServerAssembly;
import io.github.atlassianmcp.server.config.ConfigException;
import io.github.atlassianmcp.server.config.RemoteConfig;
import io.github.atlassianmcp.server.config.ServerConfig;
import io.github.atlassianmcp.server.remote.connect.ConnectServlet;
import io.github.atlassianmcp.server.remote.http.AccessLog;
import io.github.atlassianmcp.server.remote.http.BearerAuthFilter;
import io.github.atlassianmcp.server.remote.http.JsonServlet;
import io.github.atlassianmcp.server.remote.oidc.BearerTokenVerifier;
import io.github.atlassianmcp.server.remote.oidc.BrowserSignIn;
import io.github.atlassianmcp.server.remote.oidc.OidcProvider;
import io.github.atlassianmcp.server.remote.store.ConnectStates;
import io.github.atlassianmcp.server.remote.store.Database;
import io.github.atlassianmcp.server.remote.store.TokenCipher;
import io.github.atlassianmcp.server.transport.HttpMcpServer;
import io.modelcontextprotocol.common.McpTransportContext;
import io.modelcontextprotocol.json.McpJsonDefaults;
import io.modelcontextprotocol.json.McpJsonMapper;
import jakarta.servlet.DispatcherType;
import java.net.URI;
import java.time.Clock;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.eclipse.jetty.ee10.servlet.FilterHolder;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.servlet.ServletHolder;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code serve --http}: one stateless replica of the team server on embedded Jetty. {@code /mcp} (MCP, behind the
 * bearer-token filter), {@code /.well-known/oauth-protected-resource[/mcp]} (RFC 9728), {@code /connect/...} (account
 * linking) and {@code /health} (for the load balancer: 200 while the database answers). Any number of replicas
 * share one database; none keeps state a request depends on.
 */
public final class RemoteServer implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(RemoteServer.class);
  /** Users whose tools stay bound in memory; others are re-bound from the store on their next call. */
  private static final int SESSIONS_KEPT = 1_000;

  private final Server jetty;
  private final Database database;
  private final HttpMcpServer mcp;
  private final URI publicUrl;

  private RemoteServer(Server jetty, Database database, HttpMcpServer mcp, URI publicUrl) {
    this.jetty = jetty;
    this.database = database;
    this.mcp = mcp;
    this.publicUrl = publicUrl;
  }

  /**
   * Connects to the provider and the database, and starts listening.
   *
   * @param keysetJson the token keyset (from RemoteConfig, or generated for the embedded database)
   * @throws ConfigException when the Atlassian app is not configured
   * @throws IllegalStateException when the provider, the database or the port cannot be used
   */
  public static RemoteServer start(ServerAssembly assembly, RemoteConfig remote, String keysetJson, Clock clock) {
    ServerConfig config = assembly.config();
    OAuthClient atlassianApp = config.oauthClient().orElseThrow(() -> new ConfigException(ServerConfig.CLIENT_ID,
        "Remote mode links each user's own Atlassian account through your OAuth 2.0 (3LO) app: set "
            + ServerConfig.CLIENT_ID + " and " + ServerConfig.CLIENT_SECRET + ", and register " + remote
            .atlassianCallback() + " as its callback URL."));
    if (config.apiToken().isPresent()) {
      throw new ConfigException(ServerConfig.API_TOKEN, "Remote mode never uses one shared Atlassian identity:"
          + " unset " + ServerConfig.EMAIL + " and " + ServerConfig.API_TOKEN + "; each user links their own account.");
    }
    McpJsonMapper json = McpJsonDefaults.getMapper();
    OidcProvider provider = OidcProvider.discover(remote.oidcIssuer());
    TokenCipher cipher = TokenCipher.fromKeysetJson(keysetJson);
    Database database = Database.open(remote.databaseUrl(), remote.databaseUser(), remote.databasePassword(), 16);
    try {
      ConnectStates states = new ConnectStates(database.dataSource(), cipher, clock);
      UserSessions sessions = new UserSessions(assembly, database.dataSource(), cipher, clock, SESSIONS_KEPT);
      RemoteToolCalls calls = new RemoteToolCalls(sessions, assembly.inventory(), states, remote.publicUrl(), clock);
      HttpMcpServer mcp = HttpMcpServer.create(assembly.inventory(),
          (context, name, arguments) -> calls.call(user(context), name, arguments), ServerAssembly.version(),
          request -> McpTransportContext.create(Map.of(RemoteUser.CONTEXT_KEY,
              request.getAttribute(RemoteUser.CONTEXT_KEY))),
          remote.allowedOrigins(), List.of(remote.publicHost(), "localhost:*", "127.0.0.1:*", "[::1]:*"),
          remote.maxRequestBytes());

      String metadataUrl = remote.publicUrl() + "/.well-known/oauth-protected-resource/mcp";
      BearerTokenVerifier verifier = new BearerTokenVerifier(provider,
          List.of(remote.mcpUrl().toString(), remote.publicUrl().toString()));
      ServletContextHandler context = new ServletContextHandler();
      context.setContextPath("/");
      context.addServlet(new ServletHolder("mcp", mcp.servlet()), "/mcp");
      context.addFilter(new FilterHolder(new BearerAuthFilter(verifier, assembly.inventory(), remote.writeScope(),
          metadataUrl, remote.maxRequestBytes(), json)), "/mcp", EnumSet.of(DispatcherType.REQUEST));
      JsonServlet metadata = new JsonServlet(() -> new JsonServlet.Answer(200,
          protectedResourceMetadata(remote, provider)), json);
      context.addServlet(new ServletHolder("metadata", metadata), "/.well-known/oauth-protected-resource");
      context.addServlet(new ServletHolder("metadata-mcp", metadata), "/.well-known/oauth-protected-resource/mcp");
      context.addServlet(new ServletHolder("health", new JsonServlet(() -> database.healthy()
          ? new JsonServlet.Answer(200, Map.of("status", "ok"))
          : new JsonServlet.Answer(503, Map.of("status", "database unavailable")), json)), "/health");
      TokenEndpoint atlassianTokens = new TokenEndpoint(config.authUrl(), atlassianApp, clock);
      ConnectServlet connect = new ConnectServlet(new ConnectServlet.Wiring(states,
          new BrowserSignIn(provider, remote.oidcClientId(), remote.oidcClientSecret(), remote.oidcCallback()),
          new CodeRedemption(atlassianTokens, new AccountDirectory(assembly.http(), config.apiUrl()),
              atlassianApp.clientId(), assembly.scopes().scopeSet(), config.siteUrl(), clock),
          sessions, remote.publicUrl(), config.authUrl(), atlassianApp.clientId(), remote.atlassianCallback(),
          assembly.scopes().scopes()));
      context.addServlet(new ServletHolder("connect", connect), "/connect/*");

      QueuedThreadPool threads = new QueuedThreadPool(200, 8);
      threads.setName("http");
      Server jetty = new Server(threads);
      HttpConfiguration http = new HttpConfiguration();
      http.setSendServerVersion(false);
      http.setRequestHeaderSize(16 * 1024);
      ServerConnector connector = new ServerConnector(jetty, new HttpConnectionFactory(http));
      connector.setHost(remote.bindAddress());
      connector.setPort(remote.port());
      jetty.addConnector(connector);
      jetty.setHandler(context);
      jetty.setRequestLog(new AccessLog());
      jetty.setStopTimeout(10_000);
      jetty.start();
      RemoteServer server = new RemoteServer(jetty, database, mcp, remote.publicUrl());
      LOG.info("Serving MCP at {}/mcp (listening on {}:{}), sign-in provider {}", remote.publicUrl(),
          remote.bindAddress(), server.port(), remote.oidcIssuer());
      return server;
    } catch (Exception e) {
      database.close();
      if (e instanceof RuntimeException runtime) {
        throw runtime;
      }
      throw new IllegalStateException("Cannot listen on " + remote.bindAddress() + ":" + remote.port() + " ("
          + e.getClass().getSimpleName() + ": " + e.getMessage() + ")", e);
    }
  }

  /** RFC 9728: this resource, the provider that issues its tokens, and the scopes it knows. */
  static Map<String, Object> protectedResourceMetadata(RemoteConfig remote, OidcProvider provider) {
    Map<String, Object> metadata = new LinkedHashMap<>();
    metadata.put("resource", remote.mcpUrl().toString());
    metadata.put("authorization_servers", List.of(provider.issuer().toString()));
    metadata.put("scopes_supported", List.of("openid", remote.writeScope()));
    metadata.put("bearer_methods_supported", List.of("header"));
    metadata.put("resource_name", "Atlassian MCP server");
    return metadata;
  }

  private static RemoteUser user(McpTransportContext context) {
    return Objects.requireNonNull((RemoteUser) context.get(RemoteUser.CONTEXT_KEY),
        "the bearer filter sets the user on every /mcp request");
  }

  /** The port listened on (the configured one, or the one the OS chose for 0). */
  public int port() {
    return ((ServerConnector) jetty.getConnectors()[0]).getLocalPort();
  }

  public URI publicUrl() {
    return publicUrl;
  }

  /** Blocks until the server stops. */
  public void join() throws InterruptedException {
    jetty.join();
  }

  @Override
  public void close() {
    mcp.close();
    try {
      jetty.stop();
    } catch (Exception e) {
      LOG.warn("Jetty did not stop cleanly: {}", e.toString());
    }
    database.close();
  }

}
