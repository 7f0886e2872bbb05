package io.github.atlassianmcp.auth;

import java.io.IOException;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The OAuth 2.0 (3LO) sign-in: authorization URL with PKCE, the browser, the loopback callback, the code
 * exchange, site discovery and who signed in, then the saved credentials. One sign-in waits at a time; a second
 * caller joins it.
 */
public final class SignInFlow {

  /** How long a sign-in waits for the browser by default. */
  public static final Duration DEFAULT_TIMEOUT = Duration.ofMinutes(5);

  private final URI authUrl;
  private final URI redirectUri;
  private final Optional<URI> siteUrl;
  private final String clientId;
  private final ScopeSet scopes;
  private final TokenManager tokens;
  private final TokenEndpoint endpoint;
  private final AccountDirectory accounts;
  private final BrowserLauncher browser;
  private final Clock clock;
  private final Duration timeout;
  private final CodeRedemption redemption;
  private PendingSignIn pending; // guarded by this

  /**
   * @param authUrl the authorization server ({@code /authorize})
   * @param redirectUri the loopback callback the sign-in listens on; registered in the OAuth app
   * @param siteUrl the site to use when the grant reaches several; empty: the only one there is
   * @param clientId the OAuth app
   */
  public SignInFlow(URI authUrl, URI redirectUri, Optional<URI> siteUrl, String clientId, ScopeSet scopes,
      TokenManager tokens, TokenEndpoint endpoint, AccountDirectory accounts, BrowserLauncher browser, Clock clock,
      Duration timeout) {
    this.clientId = Objects.requireNonNull(clientId, "clientId");
    this.authUrl = Objects.requireNonNull(authUrl, "authUrl");
    this.redirectUri = Objects.requireNonNull(redirectUri, "redirectUri");
    this.siteUrl = Objects.requireNonNull(siteUrl, "siteUrl");
    this.scopes = Objects.requireNonNull(scopes, "scopes");
    this.tokens = Objects.requireNonNull(tokens, "tokens");
    this.endpoint = Objects.requireNonNull(endpoint, "endpoint");
    this.accounts = Objects.requireNonNull(accounts, "accounts");
    this.browser = Objects.requireNonNull(browser, "browser");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.timeout = Objects.requireNonNull(timeout, "timeout");
    this.redemption = new CodeRedemption(endpoint, accounts, clientId, scopes, siteUrl, clock);
  }

  /**
   * Signs in and waits for the browser. Without {@code force}, a usable sign-in that has every needed scope is kept
   * and nothing is asked.
   *
   * @throws SignInException when the sign-in fails or times out; the message says what to do
   */
  public SignInResult signIn(boolean force, SignInProgress progress) {
    if (!force) {
      Optional<SignInResult> existing = alreadySignedIn();
      if (existing.isPresent()) {
        return existing.get();
      }
    }
    return start(progress).await();
  }

  /**
   * The current sign-in, if it is usable and has every scope the enabled tools need. Renews the access token if it
   * is stale, which proves the refresh token still works.
   */
  public Optional<SignInResult> alreadySignedIn() {
    try {
      StoredCredentials credentials = tokens.credentials();
      if (!scopes.missingFrom(credentials.scopes()).isEmpty()) {
        return Optional.empty();
      }
      tokens.accessToken();
      StoredCredentials current = tokens.credentials();
      return Optional.of(new SignInResult(SignInResult.Outcome.ALREADY_SIGNED_IN,
          SignInStatus.oauth(current, List.of(), tokens.store().localFile())));
    } catch (NotSignedInException e) {
      return Optional.empty();
    } catch (IOException e) {
      throw new SignInException("Could not check the stored sign-in: " + e.getMessage());
    }
  }

  /**
   * Starts a browser sign-in, or joins the one already waiting: listens on the redirect URI, then opens the
   * browser. The caller may wait for {@link PendingSignIn#result()} or hand out {@link
   * PendingSignIn#authorizationUrl()} and let it finish in the background.
   *
   * @throws SignInException when the callback port cannot be bound
   */
  public PendingSignIn start(SignInProgress progress) {
    PendingSignIn started;
    synchronized (this) {
      if (pending != null && !pending.result().isDone()) {
        progress.update("A sign-in is already waiting for you to approve access in the browser: "
            + pending.authorizationUrl());
        return pending;
      }
      AuthorizationAttempt attempt = new AuthorizationAttempt(authUrl, clientId, redirectUri, scopes.scopes());
      started = PendingSignIn.listen(attempt, redirectUri, code -> finish(code, attempt), timeout, progress);
      pending = started;
    }
    String deadline = " (within " + PendingSignIn.describe(timeout) + ")";
    progress.update("Waiting for you to approve access in the browser" + deadline + ". If no browser opens, open: "
        + started.authorizationUrl());
    boolean opened;
    try {
      opened = browser.open(started.authorizationUrl());
    } catch (RuntimeException e) {
      opened = false; // the URL is shown instead; the callback keeps waiting either way
    }
    started.browserOpened(opened);
    if (!opened) {
      progress.update("Could not open a browser. Open this URL to sign in" + deadline + ": "
          + started.authorizationUrl());
    }
    return started;
  }

  /** From the authorization code to saved credentials. */
  private SignInResult finish(String code, AuthorizationAttempt attempt) {
    StoredCredentials credentials = redemption.redeem(code, redirectUri, attempt.verifier());
    tokens.signedIn(credentials);
    return new SignInResult(SignInResult.Outcome.SIGNED_IN,
        SignInStatus.oauth(credentials, scopes.missingFrom(credentials.scopes()), tokens.store().localFile()));
  }
}
