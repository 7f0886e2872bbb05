package io.github.atlassianmcp.server.auth;

import io.github.atlassianmcp.client.AtlassianClients;
import io.github.atlassianmcp.server.config.AuthMode;
import java.net.URI;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import okhttp3.OkHttpClient;

/** OAuth mode: the gateway at {@code ATLASSIAN_API_URL/ex/{product}/{cloudId}} with a self-renewing bearer token. */
public final class OAuthAccess implements AtlassianAccess {

  /** The clients of one site; rebuilt when a new sign-in picks another site. */
  private record Wired(String cloudId, AtlassianClients clients) {}

  private final URI apiUrl;
  private final TokenManager tokens;
  private final OAuthScopes scopes;
  private final OkHttpClient http;
  private final AtomicReference<Wired> wired = new AtomicReference<>();

  /**
   * @param apiUrl ATLASSIAN_API_URL
   * @param http the base client (timeouts, retries); the clients add the bearer token to a derived one
   */
  public OAuthAccess(URI apiUrl, TokenManager tokens, OAuthScopes scopes, OkHttpClient http) {
    this.apiUrl = Objects.requireNonNull(apiUrl, "apiUrl");
    this.tokens = Objects.requireNonNull(tokens, "tokens");
    this.scopes = Objects.requireNonNull(scopes, "scopes");
    this.http = Objects.requireNonNull(http, "http");
  }

  @Override
  public AtlassianClients clients() {
    String cloudId = tokens.credentials().site().cloudId();
    Wired current = wired.get();
    if (current == null || !current.cloudId().equals(cloudId)) {
      current = new Wired(cloudId, AtlassianClients.builder().gateway(apiUrl.toString(), cloudId).httpClient(http)
          .oauth(tokens).build());
      wired.set(current);
    }
    return current.clients();
  }

  @Override
  public SignInStatus status() {
    Optional<Path> file = tokens.store().localFile();
    try {
      Optional<StoredCredentials> stored = tokens.store().read();
      if (stored.isEmpty()) {
        return SignInStatus.notSignedIn(AuthMode.OAUTH, "no sign-in is stored. " + NotSignedInException.HOW_TO_SIGN_IN,
            file);
      }
      Optional<String> problem = tokens.whyUnusable(stored.get());
      if (problem.isPresent()) {
        return SignInStatus.notSignedIn(AuthMode.OAUTH, problem.get() + " " + NotSignedInException.HOW_TO_SIGN_IN,
            file);
      }
      return SignInStatus.oauth(stored.get(), scopes.missingFrom(stored.get().scopes()),
          tokens.store().localFile());
    } catch (CredentialStoreException e) {
      return SignInStatus.notSignedIn(AuthMode.OAUTH, e.getMessage(), file);
    }
  }
}
