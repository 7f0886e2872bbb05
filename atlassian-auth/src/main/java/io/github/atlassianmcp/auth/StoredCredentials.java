package io.github.atlassianmcp.auth;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One OAuth sign-in as {@link CredentialStore} keeps it. The tokens are kept out of {@link #toString()}.
 *
 * @param clientId the OAuth app the tokens belong to: another client id makes them useless
 * @param accessToken the current bearer token
 * @param accessTokenExpiresAt when it stops working
 * @param refreshToken the current refresh token (the only live one: Atlassian rotates them)
 * @param scopes the scopes the user granted
 * @param site the site the tools work on
 * @param user who signed in
 * @param signedInAt when the user consented
 * @param unusable set when Atlassian rejected the refresh token: the user must sign in again
 */
public record StoredCredentials(
    String clientId,
    String accessToken,
    Instant accessTokenExpiresAt,
    String refreshToken,
    List<String> scopes,
    AtlassianSite site,
    AtlassianUser user,
    Instant signedInAt,
    Optional<Unusable> unusable) {

  /** Why stored credentials can no longer be used, and since when. */
  public record Unusable(String reason, Instant since) {
    public Unusable {
      Objects.requireNonNull(reason, "reason");
      Objects.requireNonNull(since, "since");
    }
  }

  public StoredCredentials {
    Objects.requireNonNull(clientId, "clientId");
    Objects.requireNonNull(accessToken, "accessToken");
    Objects.requireNonNull(accessTokenExpiresAt, "accessTokenExpiresAt");
    Objects.requireNonNull(refreshToken, "refreshToken");
    scopes = List.copyOf(scopes);
    Objects.requireNonNull(site, "site");
    Objects.requireNonNull(user, "user");
    Objects.requireNonNull(signedInAt, "signedInAt");
    Objects.requireNonNull(unusable, "unusable");
  }

  /** A fresh sign-in from a code exchange. */
  public static StoredCredentials signedIn(String clientId, IssuedTokens tokens, List<String> requestedScopes,
      AtlassianSite site, AtlassianUser user, Instant now) {
    String refreshToken = tokens.refreshToken().orElseThrow(() -> new IllegalArgumentException(
        "The authorization server issued no refresh token; the offline_access scope is required"));
    List<String> scopes = tokens.scopes().isEmpty() ? requestedScopes : tokens.scopes();
    return new StoredCredentials(clientId, tokens.accessToken(), tokens.expiresAt(), refreshToken, scopes, site,
        user, now, Optional.empty());
  }

  /** After a refresh: the new pair (or the old refresh token when the server did not rotate it). */
  public StoredCredentials withTokens(IssuedTokens tokens) {
    return new StoredCredentials(clientId, tokens.accessToken(), tokens.expiresAt(),
        tokens.refreshToken().orElse(refreshToken), tokens.scopes().isEmpty() ? scopes : tokens.scopes(), site, user,
        signedInAt, Optional.empty());
  }

  /** Kept on disk (so status can say what happened) but never used again. */
  public StoredCredentials markedUnusable(String reason, Instant now) {
    return new StoredCredentials(clientId, accessToken, accessTokenExpiresAt, refreshToken, scopes, site, user,
        signedInAt, Optional.of(new Unusable(reason, now)));
  }

  public boolean usable() {
    return unusable.isEmpty();
  }

  /** Whether the access token still works at {@code now} with {@code margin} to spare. */
  public boolean accessTokenFresh(Instant now, Duration margin) {
    return now.plus(margin).isBefore(accessTokenExpiresAt);
  }

  @Override
  public String toString() {
    return "StoredCredentials[clientId=" + clientId + ", accessToken=(hidden), accessTokenExpiresAt="
        + accessTokenExpiresAt + ", refreshToken=(hidden), scopes=" + scopes + ", site=" + site + ", user=" + user
        + ", signedInAt=" + signedInAt + ", unusable=" + unusable + "]";
  }
}
