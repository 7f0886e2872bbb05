package io.github.atlassianmcp.sandbox;

/**
 * What the authorization server has seen, for tests that check a client's refresh discipline.
 *
 * @param tokenRequests every request to {@code POST /oauth/token}, good or bad
 * @param refreshes successful refresh-token grants
 * @param deadRefreshTokenReuses presentations of a refresh token that had already been rotated
 * @param revokedFamilies token families revoked because a dead refresh token was reused outside the leeway
 */
public record OAuthStats(long tokenRequests, long refreshes, long deadRefreshTokenReuses, long revokedFamilies) {}
