package io.github.atlassianmcp.auth;

import java.io.IOException;

/**
 * A request to the token endpoint failed: unreachable, an error answer, or an answer that cannot be read. The
 * message says which and never contains a token or the client secret.
 */
public class TokenRequestException extends IOException {

  public TokenRequestException(String message) {
    super(message);
  }
}
