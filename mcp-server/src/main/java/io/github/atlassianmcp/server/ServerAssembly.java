package io.github.atlassianmcp.server;

import io.github.atlassianmcp.server.atlassian.AtlassianErrors;
import io.github.atlassianmcp.server.atlassian.AtlassianHttp;
import io.github.atlassianmcp.client.http.RetryPolicy;
import io.github.atlassianmcp.server.atlassian.SecretRedaction;
import io.github.atlassianmcp.server.auth.AtlassianAuth;
import io.github.atlassianmcp.server.auth.BrowserLauncher;
import io.github.atlassianmcp.server.auth.OAuthScopes;
import io.github.atlassianmcp.server.config.ServerConfig;
import io.github.atlassianmcp.server.format.adf.AdfToMarkdown;
import io.github.atlassianmcp.server.format.adf.MarkdownToAdf;
import io.github.atlassianmcp.server.format.wiki.MarkdownToWiki;
import io.github.atlassianmcp.server.format.storage.StorageToMarkdown;
import io.github.atlassianmcp.server.tools.ToolCallHandler;
import io.github.atlassianmcp.server.tools.ToolInventory;
import io.github.atlassianmcp.server.tools.ToolServices;
import io.github.atlassianmcp.server.tools.confluence.ConfluenceService;
import io.github.atlassianmcp.server.tools.confluence.LocalFiles;
import io.github.atlassianmcp.server.tools.jira.JiraEditing;
import io.github.atlassianmcp.server.tools.jira.JiraService;
import io.github.atlassianmcp.server.tools.servicedesk.ServiceDeskService;
import io.github.atlassianmcp.specs.AtlassianOperations;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import okhttp3.Interceptor;
import okhttp3.OkHttpClient;

/**
 * Wires the server from its configuration, in the order the pieces need each other: the tool definitions (what is
 * enabled, which Atlassian operations that calls), the OAuth scopes computed from them, the sign-in that asks for
 * those scopes, the product services on top of the sign-in, and last the tools' handlers bound to the services.
 * Used by every entry point (stdio, {@code call}, the CLI commands) so they all behave the same.
 */
public final class ServerAssembly {

  private final ServerConfig config;
  private final ToolInventory inventory;
  private final OAuthScopes scopes;
  private final AtlassianAuth auth;
  private final SecretRedaction redaction;
  private final ToolCallHandler handler;

  private ServerAssembly(Builder builder) {
    this.config = builder.config;
    ToolInventory tools = ToolInventory.discover(config.toolsets(), config.readOnly());
    this.inventory = builder.configurationProblem.map(tools::refusingCalls).orElse(tools);
    this.scopes = OAuthScopes.forOperations(inventory.enabledOperations(), AtlassianOperations.load());
    OkHttpClient.Builder http = AtlassianHttp.client(builder.retries, "atlassian-mcp-server/" + version())
        .newBuilder();
    builder.networkInterceptors.forEach(http::addNetworkInterceptor);
    AtlassianErrors errors = new AtlassianErrors(scopes, config.authMode());
    AtlassianAuth.Builder authBuilder = AtlassianAuth.builder(config, http.build(), scopes).clock(builder.clock);
    builder.browser.ifPresent(authBuilder::browser);
    this.auth = authBuilder.build();
    ToolServices services = new ToolServices(auth,
        new JiraService(auth.access(), new AdfToMarkdown(), new MarkdownToAdf()),
        new ConfluenceService(auth.access(), new StorageToMarkdown(),
            new LocalFiles(config.home(), Path.of(System.getProperty("user.home")))),
        new ServiceDeskService(auth.access(), new MarkdownToWiki(new MarkdownToAdf())),
        builder.clock,
        JiraEditing.create(auth.access(), new MarkdownToAdf(), builder.clock));
    this.redaction = new SecretRedaction(auth::secrets);
    this.handler = new ToolCallHandler(inventory, inventory.bind(services), errors, redaction, auth::notice);
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
    return scopes;
  }

  public AtlassianAuth auth() {
    return auth;
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
  }
}
