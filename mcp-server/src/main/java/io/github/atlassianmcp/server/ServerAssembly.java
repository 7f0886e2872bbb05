package io.github.atlassianmcp.server;

import io.github.atlassianmcp.adf.AdfToMarkdown;
import io.github.atlassianmcp.adf.MarkdownToAdf;
import io.github.atlassianmcp.auth.BrowserLauncher;
import io.github.atlassianmcp.client.http.RetryPolicy;
import io.github.atlassianmcp.server.atlassian.AtlassianErrors;
import io.github.atlassianmcp.server.atlassian.AtlassianHttp;
import io.github.atlassianmcp.server.atlassian.SecretRedaction;
import io.github.atlassianmcp.server.auth.AtlassianAuth;
import io.github.atlassianmcp.server.auth.OAuthScopes;
import io.github.atlassianmcp.server.config.ServerConfig;
import io.github.atlassianmcp.server.format.storage.StorageToMarkdown;
import io.github.atlassianmcp.server.format.wiki.MarkdownToWiki;
import io.github.atlassianmcp.server.tools.ToolCallHandler;
import io.github.atlassianmcp.server.tools.ToolHandler;
import io.github.atlassianmcp.server.tools.ToolInventory;
import io.github.atlassianmcp.server.tools.ToolServices;
import io.github.atlassianmcp.server.tools.confluence.ConfluenceService;
import io.github.atlassianmcp.server.tools.files.LocalFiles;
import io.github.atlassianmcp.server.tools.jira.JiraEditing;
import io.github.atlassianmcp.server.tools.jira.JiraService;
import io.github.atlassianmcp.server.tools.jira.MetadataCache;
import io.github.atlassianmcp.server.tools.servicedesk.ServiceDeskService;
import io.github.atlassianmcp.specs.AtlassianOperations;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import okhttp3.Interceptor;
import okhttp3.OkHttpClient;

/**
 * Wires the server from its configuration, in the order the pieces need each other: the tool definitions (what is
 * enabled, which Atlassian operations that calls), the OAuth scopes computed from them, the sign-in that asks for
 * those scopes, the product services on top of the sign-in, and last the tools' handlers bound to the services.
 * The tool definitions are all that {@code initialize} and {@code tools/list} need; the scopes and the HTTP client
 * are made when first asked for, and the rest is wired on first use or by {@link #wire()}.
 * Used by every entry point (stdio, {@code call}, the CLI commands) so they all behave the same.
 */
public final class ServerAssembly {

  private final ServerConfig config;
  private final ToolInventory inventory;
  private final Builder options;
  /** Jira's field metadata, shared by every sign-in (remote mode has many). */
  private final MetadataCache metadataCache;
  private final AtlassianErrors errors;
  private final SecretRedaction redaction;
  private final ToolCallHandler handler;
  private volatile OAuthScopes scopes;
  private volatile OkHttpClient http;
  private volatile Wiring wiring;

  /** What tool calls need and {@code initialize} and {@code tools/list} do not; see {@link #wire()}. */
  private record Wiring(AtlassianAuth auth, Map<String, ToolHandler> handlers) {}

  private ServerAssembly(Builder builder) {
    this.config = builder.config;
    this.options = builder.copy();
    this.metadataCache = new MetadataCache(builder.clock, MetadataCache.DEFAULT_LIFETIME);
    ToolInventory tools = ToolInventory.discover(config.toolsets(), config.readOnly());
    this.inventory = builder.configurationProblem.map(tools::refusingCalls).orElse(tools);
    this.errors = new AtlassianErrors(this::scopes, config.authMode());
    this.redaction = new SecretRedaction(() -> auth().secrets());
    this.handler = new ToolCallHandler(inventory, () -> wired().handlers(), errors, redaction, () -> auth().notice());
  }

  /**
   * Builds what tool calls need: the HTTP stack (OkHttp, TLS and its trust store, about a fifth of a cold start),
   * the sign-in and the product services. Done on first use, or earlier by calling this: a server calls it once its
   * transport is up, on a thread that would otherwise wait, so that {@code initialize} is answered without it and
   * the first tool call finds it done. Idempotent and thread-safe.
   */
  public void wire() {
    wired();
  }

  private Wiring wired() {
    Wiring known = wiring;
    if (known == null) {
      synchronized (this) {
        known = wiring;
        if (known == null) {
          AtlassianAuth.Builder authBuilder = authBuilder();
          options.browser.ifPresent(authBuilder::browser);
          AtlassianAuth auth = authBuilder.build();
          known = new Wiring(auth, Map.copyOf(handlersFor(auth,
              new LocalFiles(config.home(), Path.of(System.getProperty("user.home"))))));
          wiring = known;
        }
      }
    }
    return known;
  }

  /**
   * The sign-in's builder as this assembly makes it (configuration, HTTP client, scopes, clock): remote mode makes
   * one per user, with that user's store.
   */
  public AtlassianAuth.Builder authBuilder() {
    return AtlassianAuth.builder(config, http(), scopes()).clock(options.clock);
  }

  /**
   * The tools bound to another sign-in, with the same inventory, errors and limits: what remote mode answers one
   * user with. Its errors remove that sign-in's secrets.
   */
  public ToolCallHandler handlerFor(AtlassianAuth userAuth) {
    return new ToolCallHandler(inventory, handlersFor(userAuth, LocalFiles.refusing("file_path reads the"
        + " server's own disk, which is not yours on a shared server: send the file's bytes in content_base64.")),
        errors, new SecretRedaction(userAuth::secrets), userAuth::notice);
  }

  private Map<String, ToolHandler> handlersFor(AtlassianAuth auth, LocalFiles files) {
    ToolServices services = new ToolServices(auth,
        new JiraService(auth.access(), new AdfToMarkdown(), new MarkdownToAdf()),
        new ConfluenceService(auth.access(), new StorageToMarkdown()),
        new ServiceDeskService(auth.access(), new MarkdownToWiki(new MarkdownToAdf())),
        files,
        options.clock,
        JiraEditing.create(auth.access(), new MarkdownToAdf(), metadataCache));
    return inventory.bind(services);
  }

  public static Builder builder(ServerConfig config) {
    return new Builder(config);
  }

  public ServerConfig config() {
    return config;
  }

  public ToolInventory inventory() {
    return inventory;
  }

  /** The scopes the enabled tools need (what an OAuth sign-in asks for). */
  public OAuthScopes scopes() {
    OAuthScopes known = scopes;
    if (known == null) {
      // Computed by every thread that finds none yet: the same value, and cheaper than a lock on this path.
      known = OAuthScopes.forOperations(inventory.enabledOperations(), AtlassianOperations.load());
      scopes = known;
    }
    return known;
  }

  /** The HTTP client of every call to Atlassian (timeouts, retries, the version in User-Agent). */
  public OkHttpClient http() {
    OkHttpClient known = http;
    if (known == null) {
      synchronized (this) {
        known = http;
        if (known == null) {
          OkHttpClient.Builder builder = AtlassianHttp.client(options.retries, "atlassian-mcp-server/" + version())
              .newBuilder();
          options.networkInterceptors.forEach(builder::addNetworkInterceptor);
          known = builder.build();
          http = known;
        }
      }
    }
    return known;
  }

  public AtlassianAuth auth() {
    return wired().auth();
  }

  public ToolCallHandler handler() {
    return handler;
  }
  /** Removes the secrets of the moment from text that leaves the server (the CLI's messages too). */
  public SecretRedaction redaction() {
    return redaction;
  }

  /** The version in the jar's manifest; "dev" when run from classes. */
  public static String version() {
    return Optional.ofNullable(ServerAssembly.class.getPackage().getImplementationVersion()).orElse("dev");
  }

  /** Options of the assembly; the defaults are the real server's. */
  public static final class Builder {
    private final ServerConfig config;
    private Clock clock = Clock.systemDefaultZone();
    private RetryPolicy retries = RetryPolicy.standard();
    private Optional<BrowserLauncher> browser = Optional.empty();
    private final List<Interceptor> networkInterceptors = new ArrayList<>();
    private Optional<String> configurationProblem = Optional.empty();

    private Builder(ServerConfig config) {
      this.config = Objects.requireNonNull(config, "config");
    }

    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock");
      return this;
    }

    public Builder retries(RetryPolicy retries) {
      this.retries = Objects.requireNonNull(retries, "retries");
      return this;
    }

    /** How the sign-in opens the authorization URL (the sandbox follows it itself). */
    public Builder browser(BrowserLauncher browser) {
      this.browser = Optional.of(browser);
      return this;
    }

    /** Sees every HTTP exchange with Atlassian as sent and answered (tests check them against the specs). */
    public Builder networkInterceptor(Interceptor interceptor) {
      networkInterceptors.add(Objects.requireNonNull(interceptor, "interceptor"));
      return this;
    }

    /**
     * The environment could not be used ({@code problem} says why and what to fix): the server still starts, so that
     * the MCP client can list the tools and show this sentence, which every tool call answers with.
     */
    public Builder configurationProblem(String problem) {
      this.configurationProblem = Optional.of(Objects.requireNonNull(problem, "problem"));
      return this;
    }

    public ServerAssembly build() {
      return new ServerAssembly(this);
    }

    /** The options as they are now: the assembly wires later, and a builder may still be changed after build(). */
    private Builder copy() {
      Builder copy = new Builder(config);
      copy.clock = clock;
      copy.retries = retries;
      copy.browser = browser;
      copy.networkInterceptors.addAll(networkInterceptors);
      copy.configurationProblem = configurationProblem;
      return copy;
    }
  }
}
