package io.github.atlassianmcp.auth;

import com.nimbusds.oauth2.sdk.AuthorizationRequest;
import com.nimbusds.oauth2.sdk.ResponseType;
import com.nimbusds.oauth2.sdk.Scope;
import com.nimbusds.oauth2.sdk.id.ClientID;
import com.nimbusds.oauth2.sdk.id.State;
import com.nimbusds.oauth2.sdk.pkce.CodeChallengeMethod;
import com.nimbusds.oauth2.sdk.pkce.CodeVerifier;
import com.nimbusds.openid.connect.sdk.Prompt;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.List;

/**
 * One authorization request: a fresh PKCE verifier (S256) and state, and the URL that asks Atlassian for consent.
 * Its verifier and state stay out of {@link #toString()}.
 */
public final class AuthorizationAttempt {

  /** Atlassian's 3LO requires this audience for the API gateway. */
  static final String AUDIENCE = "api.atlassian.com";

  private final State state = new State();
  private final CodeVerifier verifier = new CodeVerifier();
  private final URI url;

  /**
   * @param authUrl the authorization server
   * @param redirectUri the loopback callback, registered in the OAuth app
   * @param scopes what the sign-in asks for
   */
  public AuthorizationAttempt(URI authUrl, String clientId, URI redirectUri, List<String> scopes) {
    this.url = url(authUrl, clientId, redirectUri, scopes, state, verifier);
  }

  /**
   * Atlassian's consent URL for this state and PKCE verifier (S256), for callers that keep both themselves (remote
   * mode keeps them in the shared store, so that the callback may land on another replica).
   */
  public static URI url(URI authUrl, String clientId, URI redirectUri, List<String> scopes, State state,
      CodeVerifier verifier) {
    return new AuthorizationRequest.Builder(new ResponseType(ResponseType.Value.CODE), new ClientID(clientId))
        .endpointURI(URI.create(authUrl + "/authorize"))
        .redirectionURI(redirectUri)
        .scope(new Scope(scopes.toArray(String[]::new)))
        .state(state)
        .codeChallenge(verifier, CodeChallengeMethod.S256)
        .prompt(new Prompt(Prompt.Type.CONSENT))
        .customParameter("audience", AUDIENCE)
        .build()
        .toURI();
  }

  /** The URL to open in the browser. */
  public URI url() {
    return url;
  }

  public CodeVerifier verifier() {
    return verifier;
  }

  /** Whether a callback's state is this attempt's, compared in constant time. */
  public boolean stateMatches(String received) {
    if (received == null) {
      return false;
    }
    // isEqual's running time depends on the first argument's length only, and that one is ours.
    return MessageDigest.isEqual(state.getValue().getBytes(StandardCharsets.UTF_8),
        received.getBytes(StandardCharsets.UTF_8));
  }

  @Override
  public String toString() {
    return "AuthorizationAttempt[url=" + url + "]";
  }
}
