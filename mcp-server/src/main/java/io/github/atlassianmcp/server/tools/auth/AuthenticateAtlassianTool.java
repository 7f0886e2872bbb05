package io.github.atlassianmcp.server.tools.auth;

import io.github.atlassianmcp.auth.AuthMode;
import io.github.atlassianmcp.auth.PendingSignIn;
import io.github.atlassianmcp.auth.SignInException;
import io.github.atlassianmcp.auth.SignInFlow;
import io.github.atlassianmcp.auth.SignInResult;
import io.github.atlassianmcp.server.auth.AtlassianAuth;
import io.github.atlassianmcp.server.tools.InputSchema;
import io.github.atlassianmcp.server.tools.ServerTool;
import io.github.atlassianmcp.server.tools.ToolArguments;
import io.github.atlassianmcp.server.tools.ToolContext;
import io.github.atlassianmcp.server.tools.ToolDefinition;
import io.github.atlassianmcp.server.tools.ToolHandler;
import io.github.atlassianmcp.server.tools.ToolResult;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * {@code authenticate_atlassian}: signs the user in to Atlassian (OAuth 2.0 with PKCE in their browser), or says
 * who is signed in already. Always available, read-only mode included.
 *
 * <p>It never holds a call for the whole sign-in: MCP clients give up on a call after about a minute, and a box
 * without a browser (SSH, containers) would never see the URL. It opens the browser, or asks the client to show
 * the URL (URL-mode elicitation) when the client can; waits a little for the approval; and otherwise answers with
 * the URL while the sign-in keeps waiting in the background, so that the next call reports it done.
 */
public final class AuthenticateAtlassianTool implements ToolHandler {

  /** How long a call waits for the approval before it answers with the URL: under a client's usual minute. */
  static final Duration DEFAULT_WAIT = Duration.ofSeconds(40);
  private static final Duration PROGRESS_EVERY = Duration.ofSeconds(10);

  public static final ServerTool TOOL = ToolDefinition.builder("authenticate_atlassian")
      .title("Sign in to Atlassian")
      .description("""
          Sign in to Atlassian when a tool says you are not signed in: opens the consent page in the user's \
          browser (or answers with its URL); call again to finish. Example: {"force": true} to sign in anew.""")
      .input(InputSchema.object()
          .bool("force", "Sign in again even if signed in.", false)
          .build())
      .writes(false, true)
      .handler(services -> new AuthenticateAtlassianTool(services.auth(), services.clock(), DEFAULT_WAIT));

  private final AtlassianAuth auth;
  private final Clock clock;
  private final Duration wait;

  AuthenticateAtlassianTool(AtlassianAuth auth, Clock clock, Duration wait) {
    this.auth = Objects.requireNonNull(auth, "auth");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.wait = Objects.requireNonNull(wait, "wait");
  }

  @Override
  public ToolResult call(ToolArguments arguments, ToolContext context) {
    boolean force = arguments.bool("force");
    if (auth.mode() != AuthMode.OAUTH) {
      return ToolResult.text(auth.signIn(force, context::progress).describe(clock.instant()));
    }
    SignInFlow flow = auth.flow();
    if (!force) {
      Optional<SignInResult> existing = flow.alreadySignedIn();
      if (existing.isPresent()) {
        return ToolResult.text(existing.get().describe(clock.instant()));
      }
    }
    PendingSignIn pending = flow.start(context::progress);
    Optional<ToolContext.UrlPrompt> prompt = context.urlPrompt();
    if (!pending.browserOpened() && prompt.isPresent()) {
      ToolContext.UrlPrompt.Answer answer = prompt.get().open(
          "Sign in to Atlassian so that the assistant can use Jira, Confluence and Jira Service Management for you.",
          pending.authorizationUrl());
      if (answer != ToolContext.UrlPrompt.Answer.ACCEPTED) {
        pending.cancel();
        return ToolResult.error("The sign-in was " + (answer == ToolContext.UrlPrompt.Answer.DECLINED
            ? "declined" : "cancelled") + " in the client, so nothing was signed in. Call authenticate_atlassian"
            + " again when the user wants to sign in.");
      }
    }
    if (!pending.browserOpened() && prompt.isEmpty()) {
      return stillWaiting(pending, "No browser could be opened here");
    }
    return awaitBriefly(pending, context);
  }

  private ToolResult awaitBriefly(PendingSignIn pending, ToolContext context) {
    long deadline = System.nanoTime() + wait.toNanos();
    while (true) {
      long left = deadline - System.nanoTime();
      if (left <= 0) {
        return stillWaiting(pending, "Not approved yet");
      }
      try {
        SignInResult result = pending.result().get(Math.min(left, PROGRESS_EVERY.toNanos()), TimeUnit.NANOSECONDS);
        return ToolResult.text(result.describe(clock.instant()));
      } catch (TimeoutException stillOpen) {
        context.progress("Still waiting for you to approve access in the browser: " + pending.authorizationUrl());
      } catch (ExecutionException failed) {
        // The sign-in's own exception says what went wrong and what to do.
        throw failed.getCause() instanceof RuntimeException e ? e : new SignInException("The sign-in failed.");
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        pending.cancel();
        throw new SignInException("The sign-in was interrupted; call authenticate_atlassian again.");
      }
    }
  }

  private static ToolResult stillWaiting(PendingSignIn pending, String why) {
    return ToolResult.text(why + ". To sign in, the user opens this URL and approves access:\n"
        + pending.authorizationUrl() + "\nThe sign-in keeps waiting for the approval (up to "
        + pending.describeTimeout() + "); then call authenticate_atlassian again to finish.");
  }
}
