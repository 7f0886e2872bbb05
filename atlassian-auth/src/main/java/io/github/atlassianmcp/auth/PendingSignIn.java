package io.github.atlassianmcp.auth;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A browser sign-in waiting for Atlassian's redirect: the one-shot callback server, the authorization URL, and the
 * result to come.
 *
 * <p>The callback checks the state first, in constant time; a missing or wrong state gets a 400 page and changes
 * nothing (no token request, the sign-in keeps waiting for the real redirect). The first callback with the right
 * state is the only one handled. The sign-in gives up after its timeout; either way the server then stops.
 */
public final class PendingSignIn {

  private static final Logger LOG = LoggerFactory.getLogger(PendingSignIn.class);

  private final AuthorizationAttempt attempt;
  private final Function<String, SignInResult> finisher;
  private final SignInProgress progress;
  /** Completed once: by the callback (after its page went out), the timeout, or a cancel. */
  private final CompletableFuture<SignInResult> outcome = new CompletableFuture<>();
  /** The outcome once the callback server has stopped, so that a new sign-in can bind the port right away. */
  private final CompletableFuture<SignInResult> result;
  /** Set by the first valid callback or by the timeout, whichever comes first: the other then does nothing. */
  private final AtomicBoolean settled = new AtomicBoolean();
  private final CallbackServer server;
  private final Duration timeout;
  private volatile boolean browserOpened;

  private PendingSignIn(AuthorizationAttempt attempt, URI redirectUri, Function<String, SignInResult> finisher,
      Duration timeout, SignInProgress progress) {
    this.attempt = attempt;
    this.finisher = finisher;
    this.progress = progress;
    this.timeout = timeout;
    this.server = CallbackServer.start(redirectUri, this::onCallback);
    this.result = outcome.whenComplete((ok, failed) -> server.close());
    CompletableFuture.delayedExecutor(timeout.toMillis(), TimeUnit.MILLISECONDS).execute(() -> {
      if (settled.compareAndSet(false, true)) {
        outcome.completeExceptionally(new SignInException("No answer from the browser within " + describe(timeout)
            + ", so the sign-in was given up. Start the sign-in again and approve access "
            + "in the browser. If Atlassian's page showed an error instead of sending the browser back, check that "
            + "ATLASSIAN_OAUTH_REDIRECT_URI=" + redirectUri + " is a callback URL of your OAuth app."));
      }
    });
  }

  /**
   * Starts listening for the redirect of {@code attempt}.
   *
   * @param finisher turns the authorization code into a saved sign-in; throws SignInException on failure
   * @throws SignInException when the callback port cannot be bound
   */
  static PendingSignIn listen(AuthorizationAttempt attempt, URI redirectUri, Function<String, SignInResult> finisher,
      Duration timeout, SignInProgress progress) {
    return new PendingSignIn(Objects.requireNonNull(attempt), Objects.requireNonNull(redirectUri),
        Objects.requireNonNull(finisher), Objects.requireNonNull(timeout), Objects.requireNonNull(progress));
  }

  /** The URL that asks Atlassian for consent; show it when no browser opened. */
  public URI authorizationUrl() {
    return attempt.url();
  }

  /** How long the sign-in waits for the browser in all, in words ("5 minutes"). */
  public String describeTimeout() {
    return describe(timeout);
  }

  /** Whether a browser was started with the URL. */
  public boolean browserOpened() {
    return browserOpened;
  }

  void browserOpened(boolean opened) {
    this.browserOpened = opened;
  }

  /**
   * Completes with the sign-in, or with a {@link SignInException} saying why it failed or timed out; by then the
   * callback server has stopped.
   */
  public CompletableFuture<SignInResult> result() {
    return result;
  }

  /**
   * Waits for the sign-in to finish.
   *
   * @throws SignInException when it fails, times out, is cancelled or the waiting thread is interrupted
   */
  public SignInResult await() {
    try {
      return result.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      cancel();
      throw new SignInException("The sign-in was interrupted before the browser came back; start it again.");
    } catch (CancellationException e) {
      throw cancelled();
    } catch (ExecutionException e) {
      if (e.getCause() instanceof CancellationException) {
        throw cancelled();
      }
      if (e.getCause() instanceof RuntimeException failure) {
        throw failure;
      }
      throw new SignInException("The sign-in failed: " + e.getCause().getClass().getSimpleName());
    }
  }

  private static SignInException cancelled() {
    return new SignInException("The sign-in was cancelled; start it again.");
  }

  /** Gives up waiting (the MCP request was cancelled, say): stops listening. */
  public void cancel() {
    if (settled.compareAndSet(false, true)) {
      outcome.cancel(false);
    }
  }

  private CallbackServer.Page onCallback(Map<String, List<String>> query) {
    List<String> states = query.getOrDefault("state", List.of());
    if (states.size() != 1 || !attempt.stateMatches(states.get(0))) {
      LOG.warn("Ignored a request to the sign-in callback with a {} state", states.isEmpty() ? "missing" : "wrong");
      return new CallbackServer.Page(400, "Sign-in link not recognised", "This page does not belong to the "
          + "sign-in that is waiting (its state is missing or wrong), so it was ignored. If you started a sign-in, "
          + "use the link it showed, or start it again.");
    }
    if (!settled.compareAndSet(false, true)) {
      return new CallbackServer.Page(400, "Sign-in already over", "This sign-in already finished, failed, or timed "
          + "out. You can close this tab; start a new sign-in if you still need one.");
    }
    String error = single(query, "error");
    if (error != null) {
      String description = single(query, "error_description");
      return failed(400, "Access not granted", new SignInException("Atlassian did not grant access (" + error
          + (description == null ? "" : ": " + description) + "). Start the sign-in again and choose Accept on "
          + "Atlassian's consent page."));
    }
    String code = single(query, "code");
    if (code == null) {
      return failed(400, "Sign-in failed", new SignInException("Atlassian's redirect carried no authorization code. "
          + "Start the sign-in again."));
    }
    progress.update("Access approved in the browser; finishing the sign-in…");
    SignInResult signedIn;
    try {
      signedIn = finisher.apply(code);
    } catch (RuntimeException e) {
      return failed(502, "Sign-in failed", e);
    }
    SignInStatus status = signedIn.status();
    return new CallbackServer.Page(200, "Signed in to Atlassian", "Signed in"
        + status.user().map(u -> " as " + u.describe()).orElse("")
        + status.siteUrl().map(url -> " on " + url).orElse("")
        + ". You can close this tab and return to your assistant or terminal.",
        () -> outcome.complete(signedIn));
  }

  private CallbackServer.Page failed(int status, String title, RuntimeException failure) {
    String message = failure.getMessage() == null
        ? "The sign-in failed (" + failure.getClass().getSimpleName() + ")." : failure.getMessage();
    return new CallbackServer.Page(status, title, message, () -> outcome.completeExceptionally(failure));
  }

  private static String single(Map<String, List<String>> query, String name) {
    List<String> values = query.getOrDefault(name, List.of());
    return values.size() == 1 && !values.get(0).isEmpty() ? values.get(0) : null;
  }

  static String describe(Duration duration) {
    long seconds = duration.toSeconds();
    if (seconds >= 60 && seconds % 60 == 0) {
      long minutes = seconds / 60;
      return minutes + (minutes == 1 ? " minute" : " minutes");
    }
    return seconds + (seconds == 1 ? " second" : " seconds");
  }
}
