package io.github.atlassianmcp.sandbox.oauth;

import io.github.atlassianmcp.sandbox.OAuthStats;
import io.github.atlassianmcp.sandbox.SandboxUser;
import io.github.atlassianmcp.sandbox.TokenPair;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Every token the authorization server issued, and the rules of Atlassian's rotating refresh tokens: each refresh
 * returns a new refresh token and kills the one presented; presenting a dead one again is counted and, outside
 * the reuse leeway, revokes its whole family; a refresh token dies after 90 days unused and a family after 365
 * days. All state is guarded by this object's monitor: concurrent refreshes of one token see one rotation.
 */
public final class TokenStore {

  static final Duration INACTIVITY_EXPIRY = Duration.ofDays(90);
  static final Duration ABSOLUTE_EXPIRY = Duration.ofDays(365);

  private final Map<String, AccessGrant> accessTokens = new HashMap<>();
  private final Map<String, RefreshTokenState> refreshTokens = new HashMap<>();
  private final RandomTokens random;
  private final Clock clock;
  private final Duration accessTokenLifetime;
  private final Duration reuseLeeway;

  private long tokenRequests;
  private long refreshes;
  private long deadReuses;
  private long revokedFamilies;

  public TokenStore(RandomTokens random, Clock clock, Duration accessTokenLifetime, Duration reuseLeeway) {
    this.random = random;
    this.clock = clock;
    this.accessTokenLifetime = accessTokenLifetime;
    this.reuseLeeway = reuseLeeway;
  }

  /** Starts a new family for a fresh authorization. */
  public synchronized TokenPair issue(SandboxUser user, List<String> scopes) {
    TokenFamily family = new TokenFamily(user, scopes, clock.instant());
    return mint(family);
  }

  /** The grant of a live access token. */
  public synchronized Optional<AccessGrant> grantOf(String accessToken) {
    AccessGrant grant = accessTokens.get(accessToken);
    if (grant == null || !clock.instant().isBefore(grant.expiresAt())) {
      return Optional.empty();
    }
    return Optional.of(grant);
  }

  /** Exchanges a refresh token for a new pair, applying rotation, reuse detection and expiry. */
  synchronized TokenPair refresh(String refreshToken) {
    RefreshTokenState state = refreshTokens.get(refreshToken);
    if (state == null) {
      throw OAuthError.invalidRefreshToken();
    }
    Instant now = clock.instant();
    TokenFamily family = state.family;
    if (state.rotated()) {
      deadReuses++;
      if (family.revoked) {
        throw OAuthError.invalidRefreshToken();
      }
      if (!now.isBefore(state.rotatedAt.plus(reuseLeeway))) {
        family.revoked = true;
        revokedFamilies++;
        throw OAuthError.invalidRefreshToken();
      }
      // Within the leeway a retry of a refresh whose answer was lost still works, as with Atlassian.
    } else {
      if (family.revoked || expired(state, now)) {
        throw OAuthError.invalidRefreshToken();
      }
      state.rotatedAt = now;
    }
    refreshes++;
    return mint(family);
  }

  synchronized void countTokenRequest() {
    tokenRequests++;
  }

  /** Makes every access token issued so far expire now; refresh tokens stay valid. */
  public synchronized void expireAccessTokens() {
    Instant now = clock.instant();
    accessTokens.replaceAll((token, grant) -> new AccessGrant(grant.user(), grant.scopes(), now));
  }

  public synchronized OAuthStats stats() {
    return new OAuthStats(tokenRequests, refreshes, deadReuses, revokedFamilies);
  }

  public Duration accessTokenLifetime() {
    return accessTokenLifetime;
  }

  private boolean expired(RefreshTokenState state, Instant now) {
    return !now.isBefore(state.issuedAt.plus(INACTIVITY_EXPIRY))
        || !now.isBefore(state.family.createdAt.plus(ABSOLUTE_EXPIRY));
  }

  private TokenPair mint(TokenFamily family) {
    Instant now = clock.instant();
    String access = random.next(32);
    accessTokens.put(access, new AccessGrant(family.user, family.scopes, now.plus(accessTokenLifetime)));
    String refresh = null;
    if (family.scopes.contains("offline_access")) {
      refresh = random.next(32);
      refreshTokens.put(refresh, new RefreshTokenState(family, now));
    }
    return new TokenPair(access, refresh, accessTokenLifetime, new LinkedHashSet<>(family.scopes));
  }
}
