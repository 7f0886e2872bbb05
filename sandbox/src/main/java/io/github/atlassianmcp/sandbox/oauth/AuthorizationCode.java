package io.github.atlassianmcp.sandbox.oauth;

import io.github.atlassianmcp.sandbox.SandboxUser;
import java.time.Instant;
import java.util.List;

/**
 * A code the authorize endpoint handed out: whom it is for and what it may be exchanged against.
 *
 * @param codeChallenge the S256 PKCE challenge, or null when the client sent none
 */
record AuthorizationCode(
    String clientId,
    String redirectUri,
    List<String> scopes,
    String codeChallenge,
    SandboxUser user,
    Instant expiresAt) {

  AuthorizationCode {
    scopes = List.copyOf(scopes);
  }
}
