package io.github.atlassianmcp.auth;

/**
 * The authorization server refused the refresh token (invalid_grant, or 403): it expired, was revoked, or was
 * already spent. Only a new sign-in helps.
 */
public final class RefreshTokenRejectedException extends TokenRequestException {

  public RefreshTokenRejectedException(String message) {
    super(message);
  }
}
