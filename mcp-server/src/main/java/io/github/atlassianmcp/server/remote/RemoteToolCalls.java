package io.github.atlassianmcp.server.remote;

import io.github.atlassianmcp.auth.SignInStatus;
import io.github.atlassianmcp.server.remote.store.ConnectStates;
import io.github.atlassianmcp.server.tools.ToolContext;
import io.github.atlassianmcp.server.tools.ToolInventory;
import io.github.atlassianmcp.server.tools.ToolResult;
import io.modelcontextprotocol.spec.McpError;
import io.modelcontextprotocol.spec.McpSchema;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * A tool call in remote mode: the caller's own tools (their Atlassian sign-in), after checking that they have
 * linked an Atlassian account. A user without one gets MCP's URL elicitation (error -32042) pointing at this
 * server's /connect page, the link also in the error's text for clients that do not show elicitations yet.
 * {@code authenticate_atlassian} answers who is linked, or hands out that link.
 */
public final class RemoteToolCalls {

  static final String AUTHENTICATE = "authenticate_atlassian";
  /** How long a link handed out in an elicitation can be opened. */
  static final Duration LINK_LIFETIME = Duration.ofMinutes(15);

  private final UserSessions sessions;
  private final ToolInventory inventory;
  private final ConnectStates states;
  private final URI publicUrl;
  private final Clock clock;

  public RemoteToolCalls(UserSessions sessions, ToolInventory inventory, ConnectStates states, URI publicUrl,
      Clock clock) {
    this.sessions = Objects.requireNonNull(sessions, "sessions");
    this.inventory = Objects.requireNonNull(inventory, "inventory");
    this.states = Objects.requireNonNull(states, "states");
    this.publicUrl = Objects.requireNonNull(publicUrl, "publicUrl");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  /**
   * @throws McpError the URL elicitation, when the user has no usable Atlassian account linked
   */
  public ToolResult call(RemoteUser user, String name, Map<String, Object> arguments) {
    UserSessions.Session session = sessions.forSubject(user.subject());
    boolean enabled = inventory.find(name).map(inventory::isEnabled).orElse(false);
    if (name.equals(AUTHENTICATE)) {
      boolean force = arguments != null && Boolean.TRUE.equals(arguments.get("force"));
      SignInStatus status = session.auth().status();
      if (status.signedIn() && !force) {
        return ToolResult.text("Your Atlassian account is linked.\n" + status.describe(clock.instant()));
      }
      throw linkRequired(user, status.signedIn() ? "Link another Atlassian account" : "Link your Atlassian account");
    }
    if (enabled && !linked(session)) {
      throw linkRequired(user, "Link your Atlassian account");
    }
    ToolResult result = session.handler().handle(name, arguments, ToolContext.NONE);
    if (result.error() && enabled && !linked(session)) {
      // The grant died during the call (Atlassian refused the refresh token): the remedy is a new link.
      throw linkRequired(user, "Your Atlassian access has ended. Link your Atlassian account again");
    }
    return result;
  }

  /** Whether the user has a usable sign-in (one whose refresh token Atlassian refused is none). */
  private static boolean linked(UserSessions.Session session) {
    return session.auth().status().signedIn();
  }

  private McpError linkRequired(RemoteUser user, String action) {
    String link = states.create(ConnectStates.Kind.LINK, user.subject(), "-", Optional.empty(), LINK_LIFETIME);
    String url = publicUrl + "/connect?link=" + link;
    String message = action + " to use Jira, Confluence and Jira Service Management: open " + url
        + " in your browser, sign in, approve access, then call the tool again (the link works for "
        + LINK_LIFETIME.toMinutes() + " minutes).";
    McpSchema.ElicitUrlRequest elicitation = McpSchema.ElicitUrlRequest.builder(message, url,
        UUID.randomUUID().toString()).build();
    return McpError.builder(McpSchema.ErrorCodes.URL_ELICITATION_REQUIRED)
        .message(message)
        .data(Map.of("elicitations", List.of(elicitation)))
        .build();
  }
}
