package io.github.atlassianmcp.server;

import io.github.atlassianmcp.client.AtlassianClients;
import io.github.atlassianmcp.server.atlassian.AtlassianErrors;
import io.github.atlassianmcp.server.atlassian.AtlassianHttp;
import io.github.atlassianmcp.client.http.RetryPolicy;
import io.github.atlassianmcp.server.auth.AtlassianAccess;
import io.github.atlassianmcp.server.auth.AtlassianAuth;
import io.github.atlassianmcp.server.auth.BrowserLauncher;
import io.github.atlassianmcp.server.auth.OAuthScopes;
import io.github.atlassianmcp.server.auth.SignInStatus;
import io.github.atlassianmcp.server.config.ServerConfig;
import io.github.atlassianmcp.server.format.adf.AdfToMarkdown;
import io.github.atlassianmcp.server.format.adf.MarkdownToAdf;
import io.github.atlassianmcp.server.format.storage.StorageToMarkdown;
import io.github.atlassianmcp.server.tools.Tool;
import io.github.atlassianmcp.server.tools.ToolCallHandler;
import io.github.atlassianmcp.server.tools.ToolInventory;
import io.github.atlassianmcp.server.tools.auth.AuthenticateTool;
import io.github.atlassianmcp.server.tools.confluence.ConfluenceGetPageTool;
import io.github.atlassianmcp.server.tools.confluence.ConfluenceSearchTool;
import io.github.atlassianmcp.server.tools.confluence.ConfluenceService;
import io.github.atlassianmcp.server.tools.jira.JiraAddCommentTool;
import io.github.atlassianmcp.server.tools.jira.JiraAddWorklogTool;
import io.github.atlassianmcp.server.tools.jira.JiraCreateIssueTool;
import io.github.atlassianmcp.server.tools.jira.JiraGetIssueTool;
import io.github.atlassianmcp.server.tools.jira.JiraGetTransitionsTool;
import io.github.atlassianmcp.server.tools.jira.JiraSearchTool;
import io.github.atlassianmcp.server.tools.jira.JiraService;
import io.github.atlassianmcp.server.tools.jira.JiraTransitionIssueTool;
import io.github.atlassianmcp.server.tools.jira.JiraUpdateIssueTool;
import io.github.atlassianmcp.server.tools.servicedesk.ServiceDeskGetRequestTool;
import io.github.atlassianmcp.server.tools.servicedesk.ServiceDeskListRequestsTool;
import io.github.atlassianmcp.server.tools.servicedesk.ServiceDeskService;
import io.github.atlassianmcp.specs.AtlassianOperations;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import okhttp3.OkHttpClient;

/**
 * Wires the server from its configuration: HTTP, sign-in, services, tools, and the call handler. Used by every
 * entry point (stdio, {@code call}, the CLI commands) so they all behave the same.
 *
 * <p>The tools are built before the sign-in because the OAuth scopes are computed from the operations the
 * enabled tools call; the services reach the sign-in through {@link LateAccess}.
 */
public final class ServerAssembly {

  private final ServerConfig config;
  private final ToolInventory inventory;
  private final OAuthScopes scopes;
  private final AtlassianAuth auth;
  private final ToolCallHandler handler;

  private ServerAssembly(Builder builder) {
    this.config = builder.config;
    LateAccess access = new LateAccess();
    AdfToMarkdown adfToMarkdown = new AdfToMarkdown();
    MarkdownToAdf markdownToAdf = new MarkdownToAdf();
    JiraService jira = new JiraService(access, adfToMarkdown, markdownToAdf);
    ConfluenceService confluence = new ConfluenceService(access, new StorageToMarkdown());
    ServiceDeskService serviceDesk = new ServiceDeskService(access);
    List<Tool> tools = List.of(
        new AuthenticateTool(this::auth, builder.clock),
        new JiraSearchTool(jira),
        new JiraGetIssueTool(jira),
        new JiraCreateIssueTool(jira),
        new JiraUpdateIssueTool(jira),
        new JiraAddCommentTool(jira),
        new JiraAddWorklogTool(jira, builder.clock),
        new JiraGetTransitionsTool(jira),
        new JiraTransitionIssueTool(jira),
        new ConfluenceSearchTool(confluence),
        new ConfluenceGetPageTool(confluence),
        new ServiceDeskListRequestsTool(serviceDesk),
        new ServiceDeskGetRequestTool(serviceDesk));
    this.inventory = new ToolInventory(tools, config.toolsets(), config.readOnly());
    this.scopes = OAuthScopes.forOperations(inventory.enabledOperations(), AtlassianOperations.load());
    OkHttpClient http = AtlassianHttp.client(builder.retries, "atlassian-mcp-server/" + version());
    AtlassianAuth.Builder authBuilder = AtlassianAuth.builder(config, http, scopes).clock(builder.clock);
    builder.browser.ifPresent(authBuilder::browser);
    this.auth = authBuilder.build();
    access.bind(auth);
    this.handler = new ToolCallHandler(new AtlassianErrors(scopes));
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

  /** The version in the jar's manifest; "dev" when run from classes. */
  public static String version() {
    return Optional.ofNullable(ServerAssembly.class.getPackage().getImplementationVersion()).orElse("dev");
  }

  /** The sign-in, reached by the services, which exist before it. */
  private static final class LateAccess implements AtlassianAccess {
    private volatile AtlassianAuth auth;

    void bind(AtlassianAuth auth) {
      this.auth = auth;
    }

    @Override
    public AtlassianClients clients() {
      return auth.access().clients();
    }

    @Override
    public SignInStatus status() {
      return auth.access().status();
    }
  }

  /** Options of the assembly; the defaults are the real server's. */
  public static final class Builder {
    private final ServerConfig config;
    private Clock clock = Clock.systemDefaultZone();
    private RetryPolicy retries = RetryPolicy.standard();
    private Optional<BrowserLauncher> browser = Optional.empty();

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

    public ServerAssembly build() {
      return new ServerAssembly(this);
    }
  }
}
