package io.github.atlassianmcp.server.tools.auth;

import io.github.atlassianmcp.server.auth.AtlassianAuth;
import io.github.atlassianmcp.server.auth.SignInResult;
import io.github.atlassianmcp.server.tools.InputSchema;
import io.github.atlassianmcp.server.tools.ServerTool;
import io.github.atlassianmcp.server.tools.ToolArguments;
import io.github.atlassianmcp.server.tools.ToolContext;
import io.github.atlassianmcp.server.tools.ToolDefinition;
import io.github.atlassianmcp.server.tools.ToolHandler;
import io.github.atlassianmcp.server.tools.ToolResult;
import java.time.Clock;
import java.util.Objects;

/**
 * {@code authenticate_atlassian}: signs the user in to Atlassian (OAuth 2.0 with PKCE in their browser) and waits
 * until they approve, or says who is signed in already. Always available, read-only mode included.
 */
public final class AuthenticateAtlassianTool implements ToolHandler {

  public static final ServerTool TOOL = ToolDefinition.builder("authenticate_atlassian")
      .title("Sign in to Atlassian")
      .description("""
          Sign in to Atlassian: opens the user's browser on Atlassian's consent page and waits (up to 5 min) \
          for approval. Call it when a tool says you are not signed in; force=true asks again (new scopes). \
          Example: {"force": true}.""")
      .input(InputSchema.object()
          .bool("force", "Sign in again even if signed in.", false)
          .build())
      .writes(false, true)
      .handler(services -> new AuthenticateAtlassianTool(services.auth(), services.clock()));

  private final AtlassianAuth auth;
  private final Clock clock;

  AuthenticateAtlassianTool(AtlassianAuth auth, Clock clock) {
    this.auth = Objects.requireNonNull(auth, "auth");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  @Override
  public ToolResult call(ToolArguments arguments, ToolContext context) {
    SignInResult result = auth.signIn(arguments.bool("force"), context::progress);
    return ToolResult.text(result.describe(clock.instant()));
  }
}
