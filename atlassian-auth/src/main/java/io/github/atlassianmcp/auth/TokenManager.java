package io.github.atlassianmcp.auth;

import io.github.atlassianmcp.client.http.AccessTokenSource;
import java.io.IOException;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Hands out a working OAuth access token: refreshes it shortly before it expires and once after a 401.
 *
 * <p>Refreshes are single-flight across threads and processes: the check "is the token still good?", the refresh
 * and the save happen under {@link CredentialStore#exclusively}, and the file is re-read first, so callers that
 * queued behind a refresh (here or in another process sharing the store) find its result and do not spend
 * the refresh token again. Atlassian rotates refresh tokens and revokes the whole sign-in when a spent one is
 * reused, so each new pair is saved before its access token is used.
 */
public final class TokenManager implements AccessTokenSource {

  /**
   * Refresh when the access token has less than this left: a slow request must not outlive its token. Never more
   * than a quarter of the token's lifetime, or a short-lived token would be refreshed before every call.
   */
  public static final Duration DEFAULT_REFRESH_MARGIN = Duration.ofMinutes(2);

  private static final Logger LOG = LoggerFactory.getLogger(TokenManager.class);

  private final CredentialStore store;
  private final TokenEndpoint endpoint;
  private final String clientId;
  private final Optional<URI> expectedSite;
  private final Clock clock;
  private final Duration margin;
  private final String signInHint;

  /** The last credentials known to be on disk; read without locking on the fast path. */
  private volatile StoredCredentials current;
  /**
   * A refreshed pair the store could not save (a full disk): used from memory, since the refresh token it replaced
   * is dead, and saved again on every call until the store takes it. Guarded by the store's lock.
   */
  private StoredCredentials unsaved;
  /** Why {@link #unsaved} is not on disk, for the notice every answer carries meanwhile. */
  private volatile String saveProblem;
  /** How long access tokens live, as last seen from the authorization server; the margin is a share of it. */
  private volatile Duration lifetime;

  /**
   * @param clientId the OAuth app: credentials of another app are not used
   * @param expectedSite the wanted site, if any: credentials for another site are not used
   */
  public TokenManager(CredentialStore store, TokenEndpoint endpoint, String clientId, Optional<URI> expectedSite,
      Clock clock, Duration margin) {
    this(store, endpoint, clientId, expectedSite, clock, margin, NotSignedInException.SIGN_IN_AGAIN);
  }

  /** @param signInHint how the application's user signs in, ending every {@link NotSignedInException} */
  public TokenManager(CredentialStore store, TokenEndpoint endpoint, String clientId, Optional<URI> expectedSite,
      Clock clock, Duration margin, String signInHint) {
    this.signInHint = Objects.requireNonNull(signInHint, "signInHint");
    this.store = Objects.requireNonNull(store, "store");
    this.endpoint = Objects.requireNonNull(endpoint, "endpoint");
    this.clientId = Objects.requireNonNull(clientId, "clientId");
    this.expectedSite = Objects.requireNonNull(expectedSite, "expectedSite");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.margin = Objects.requireNonNull(margin, "margin");
  }

  /** Where the sign-in is kept. */
  public CredentialStore store() {
    return store;
  }

  /**
   * An access token with at least the margin left, refreshed first if needed.
   *
   * @throws NotSignedInException when there is no usable sign-in (the refresh token was refused, for one)
   * @throws IOException when the authorization server cannot be reached or answers with an error; try again later
   */
  @Override
  public String accessToken() throws IOException {
    StoredCredentials known = current;
    if (known != null && saveProblem == null && known.accessTokenFresh(clock.instant(), margin())) {
      return known.accessToken();
    }
    return obtain(null);
  }

  /**
   * A token to retry with after the gateway answered 401 to {@code rejected}: the one another caller already got
   * by refreshing, or a new one.
   */
  @Override
  public String accessTokenAfterRejection(String rejected) throws IOException {
    return obtain(Objects.requireNonNull(rejected, "rejected"));
  }

  /**
   * The usable sign-in, without refreshing anything.
   *
   * @throws NotSignedInException when there is none
   */
  public StoredCredentials credentials() {
    StoredCredentials known = current;
    if (known != null) {
      return known;
    }
    try {
      return store.exclusively(this::latestUsable);
    } catch (IOException e) {
      throw new CredentialStoreException("Cannot read the Atlassian sign-in in " + store.where() + " ("
          + e.getClass().getSimpleName() + ").");
    }
  }

  /** Saves a new sign-in; it replaces whatever was stored. */
  public void signedIn(StoredCredentials credentials) {
    try {
      store.exclusively(() -> {
        store.write(credentials);
        unsaved = null;
        saveProblem = null;
        current = credentials;
        lifetime = Duration.between(clock.instant(), credentials.accessTokenExpiresAt());
        return null;
      });
    } catch (IOException e) {
      throw new CredentialStoreException("Cannot save the Atlassian sign-in to " + store.where() + " ("
          + e.getClass().getSimpleName() + ").");
    }
  }

  /** Forgets the sign-in (logout). Returns whether there was one on disk. */
  public boolean forget() {
    try {
      return store.exclusively(() -> {
        unsaved = null;
        current = null;
        return store.delete();
      });
    } catch (IOException e) {
      throw new CredentialStoreException("Cannot delete " + store.where() + " (" + e.getClass().getSimpleName() + ").");
    }
  }

  /**
   * A sentence for every answer while a refreshed sign-in lives only in memory (the disk refused it): until it is
   * saved, a restart would reuse the dead refresh token and Atlassian would end the sign-in.
   */
  public Optional<String> notice() {
    String problem = saveProblem;
    return problem == null ? Optional.empty() : Optional.of("Note: the renewed Atlassian sign-in could not be saved ("
        + problem + "); it is kept in memory and saved again with each call. Free the disk space before the server"
        + " restarts, or the sign-in will have to be done again.");
  }

  /** The tokens in memory now (the current pair, and one waiting to be saved), so that no message can quote them. */
  public List<String> tokensInUse() {
    List<String> tokens = new ArrayList<>();
    for (StoredCredentials credentials : new StoredCredentials[] {current, unsaved}) {
      if (credentials != null) {
        tokens.add(credentials.accessToken());
        tokens.add(credentials.refreshToken());
      }
    }
    return tokens;
  }

  /** Saves {@code credentials}; false (and the problem noted) when the store refuses. Under the store's lock. */
  private boolean save(StoredCredentials credentials) {
    try {
      store.write(credentials);
      saveProblem = null;
      return true;
    } catch (CredentialStoreException e) {
      saveProblem = e.getMessage().replaceAll("[.]$", "");
      LOG.warn("{}", e.getMessage());
      return false;
    }
  }

  /** The refresh margin for tokens of the lifetime last seen: at most a quarter of it. */
  private Duration margin() {
    Duration seen = lifetime;
    if (seen == null || seen.isNegative() || seen.isZero()) {
      return margin;
    }
    Duration quarter = seen.dividedBy(4);
    return quarter.compareTo(margin) < 0 ? quarter : margin;
  }

  /** Why stored credentials cannot be used with this configuration, if they cannot. */
  public Optional<String> whyUnusable(StoredCredentials credentials) {
    if (!credentials.clientId().equals(clientId)) {
      return Optional.of("the stored sign-in belongs to another OAuth app (ATLASSIAN_CLIENT_ID changed).");
    }
    if (credentials.unusable().isPresent()) {
      StoredCredentials.Unusable why = credentials.unusable().get();
      String reason = why.reason().endsWith(".") ? why.reason().substring(0, why.reason().length() - 1) : why.reason();
      return Optional.of(reason + " (at " + why.since().truncatedTo(ChronoUnit.SECONDS) + ").");
    }
    if (expectedSite.isPresent() && !SiteSelection.sameSite(credentials.site().url(), expectedSite.get())) {
      return Optional.of("the stored sign-in is for " + credentials.site().url() + " but ATLASSIAN_SITE_URL is "
          + expectedSite.get() + ".");
    }
    return Optional.empty();
  }

  private String obtain(String rejected) throws IOException {
    return store.exclusively(() -> {
      StoredCredentials latest = latestUsable();
      boolean notTheRejectedOne = rejected == null || !rejected.equals(latest.accessToken());
      if (notTheRejectedOne && latest.accessTokenFresh(clock.instant(), margin())) {
        return latest.accessToken(); // fresh on disk: another caller or process refreshed already
      }
      return refresh(latest);
    });
  }

  /** Under the store's lock: the newest credentials (saving a pending pair first), checked for use. */
  private StoredCredentials latestUsable() {
    if (unsaved != null) {
      StoredCredentials pending = unsaved;
      if (save(pending)) {
        unsaved = null;
      }
      current = pending;
      return pending;
    }
    Optional<StoredCredentials> onDisk;
    try {
      onDisk = store.read();
    } catch (CredentialStoreException e) {
      current = null;
      throw new NotSignedInException(uncapitalized(e.getMessage()), "");
    }
    if (onDisk.isEmpty()) {
      current = null;
      throw new NotSignedInException("no sign-in is stored in " + store.where() + ".", signInHint);
    }
    StoredCredentials credentials = onDisk.get();
    Optional<String> problem = whyUnusable(credentials);
    if (problem.isPresent()) {
      current = null;
      throw new NotSignedInException(problem.get(), signInHint);
    }
    current = credentials;
    return credentials;
  }

  private String refresh(StoredCredentials spent) throws IOException {
    IssuedTokens tokens;
    try {
      tokens = endpoint.refresh(spent.refreshToken());
    } catch (RefreshTokenRejectedException e) {
      markUnusable(spent, e.getMessage());
      throw new NotSignedInException(e.getMessage(), signInHint);
    }
    StoredCredentials renewed = spent.withTokens(tokens);
    lifetime = Duration.between(clock.instant(), renewed.accessTokenExpiresAt());
    // Saved before first use: the old refresh token is dead now. When the disk refuses, the new pair is still the
    // only live one, so it is used from memory and saved again on the next call.
    unsaved = save(renewed) ? null : renewed;
    current = renewed;
    LOG.debug("Refreshed the Atlassian access token; it expires at {}", renewed.accessTokenExpiresAt());
    return renewed.accessToken();
  }

  private void markUnusable(StoredCredentials spent, String reason) {
    current = null;
    try {
      store.write(spent.markedUnusable(reason, clock.instant()));
    } catch (CredentialStoreException e) {
      LOG.warn("{}", e.getMessage());
    }
  }

  private static String uncapitalized(String sentence) {
    return sentence.isEmpty() ? sentence : Character.toLowerCase(sentence.charAt(0)) + sentence.substring(1);
  }
}
