package io.github.atlassianmcp.auth;

import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Who is signed in where, with what: what {@code status}, {@code login} and {@code authenticate_atlassian} show.
 * Holds no secret.
 *
 * @param mode OAuth, API token, or not configured
 * @param signedIn whether tools can call Atlassian now
 * @param user who, if known
 * @param siteUrl the site the tools work on
 * @param cloudId its cloud id (OAuth mode)
 * @param grantedScopes the scopes the user granted (OAuth mode)
 * @param missingScopes scopes the enabled tools need that were not granted: a new sign-in asks for them
 * @param accessTokenExpiresAt when the current access token expires (renewed automatically)
 * @param problem why not signed in, or what is wrong
 * @param credentialsFile the file the sign-in is kept in, for a store that is one ({@link CredentialStore#localFile()})
 */
public record SignInStatus(
    AuthMode mode,
    boolean signedIn,
    Optional<AtlassianUser> user,
    Optional<String> siteUrl,
    Optional<String> cloudId,
    List<String> grantedScopes,
    List<String> missingScopes,
    Optional<Instant> accessTokenExpiresAt,
    Optional<String> problem,
    Optional<Path> credentialsFile) {

  public SignInStatus {
    Objects.requireNonNull(mode, "mode");
    Objects.requireNonNull(user, "user");
    Objects.requireNonNull(siteUrl, "siteUrl");
    Objects.requireNonNull(cloudId, "cloudId");
    grantedScopes = List.copyOf(grantedScopes);
    missingScopes = List.copyOf(missingScopes);
    Objects.requireNonNull(accessTokenExpiresAt, "accessTokenExpiresAt");
    Objects.requireNonNull(problem, "problem");
    Objects.requireNonNull(credentialsFile, "credentialsFile");
  }

  /** A usable OAuth sign-in. */
  public static SignInStatus oauth(StoredCredentials credentials, List<String> missingScopes, Path file) {
    return oauth(credentials, missingScopes, Optional.of(file));
  }

  /** A usable OAuth sign-in, kept in a file or (remote mode) in the shared store. */
  public static SignInStatus oauth(StoredCredentials credentials, List<String> missingScopes, Optional<Path> file) {
    return new SignInStatus(AuthMode.OAUTH, true, Optional.of(credentials.user()),
        Optional.of(credentials.site().url()), Optional.of(credentials.site().cloudId()), credentials.scopes(),
        missingScopes, Optional.of(credentials.accessTokenExpiresAt()), Optional.empty(), file);
  }

  /** No usable sign-in, and why. */
  public static SignInStatus notSignedIn(AuthMode mode, String problem, Optional<Path> file) {
    return new SignInStatus(mode, false, Optional.empty(), Optional.empty(), Optional.empty(), List.of(), List.of(),
        Optional.empty(), Optional.of(problem), file);
  }

  /** API-token mode: Basic against the site. */
  public static SignInStatus apiToken(String siteUrl, AtlassianUser user) {
    return new SignInStatus(AuthMode.API_TOKEN, true, Optional.of(user), Optional.of(siteUrl), Optional.empty(),
        List.of(), List.of(), Optional.empty(), Optional.empty(), Optional.empty());
  }

  /** A few lines for a person or an agent. */
  public String describe(Instant now) {
    List<String> lines = new ArrayList<>();
    if (mode == AuthMode.API_TOKEN) {
      lines.add("API-token mode: calls go to " + siteUrl.orElse("?") + " with HTTP Basic as "
          + user.map(AtlassianUser::describe).orElse("?")
          + " (ATLASSIAN_EMAIL + ATLASSIAN_API_TOKEN); no browser sign-in is needed.");
      return String.join("\n", lines);
    }
    if (!signedIn) {
      lines.add("Not signed in to Atlassian" + (mode == AuthMode.OAUTH ? " (OAuth 2.0)" : "") + ": "
          + problem.orElse("no sign-in is stored."));
      credentialsFile.ifPresent(file -> lines.add("Credentials file: " + file));
      return String.join("\n", lines);
    }
    lines.add("Signed in to Atlassian (OAuth 2.0) as " + user.map(AtlassianUser::describe).orElse("?")
        + user.map(u -> u.accountId().isEmpty() ? "" : ", account " + u.accountId()).orElse(""));
    lines.add("Site: " + siteUrl.orElse("?") + cloudId.map(id -> " (cloudId " + id + ")").orElse(""));
    lines.add("Scopes: " + String.join(" ", grantedScopes));
    if (!missingScopes.isEmpty()) {
      lines.add("Missing scopes (the enabled tools need them; sign in again to grant them): "
          + String.join(" ", missingScopes));
    }
    accessTokenExpiresAt.ifPresent(expiry -> lines.add("Access token: "
        + (expiry.isAfter(now) ? "valid until " + expiry.truncatedTo(ChronoUnit.SECONDS)
            : "expired at " + expiry.truncatedTo(ChronoUnit.SECONDS)) + " (renewed automatically)"));
    credentialsFile.ifPresent(file -> lines.add("Credentials file: " + file));
    return String.join("\n", lines);
  }
}
