package io.github.atlassianmcp.sandbox.oauth;

import io.github.atlassianmcp.sandbox.SandboxUser;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** Codes handed out by the authorize endpoint. Each can be redeemed once, within its lifetime. */
final class AuthorizationCodes {

  /** How long a code lasts: long enough for a person, short enough to make a stolen one useless. */
  static final Duration LIFETIME = Duration.ofMinutes(5);

  private final Map<String, AuthorizationCode> codes = new ConcurrentHashMap<>();
  private final RandomTokens random;
  private final Clock clock;

  AuthorizationCodes(RandomTokens random, Clock clock) {
    this.random = random;
    this.clock = clock;
  }

  String issue(AuthorizationCode code) {
    String value = random.next(24);
    codes.put(value, code);
    return value;
  }

  /** Takes the code out, so a second attempt with it fails whatever became of the first. */
  Optional<AuthorizationCode> redeem(String value) {
    AuthorizationCode code = codes.remove(value);
    if (code == null || !clock.instant().isBefore(code.expiresAt())) {
      return Optional.empty();
    }
    return Optional.of(code);
  }

  AuthorizationCode draft(String clientId, String redirectUri, List<String> scopes, String challenge,
      SandboxUser user) {
    return new AuthorizationCode(clientId, redirectUri, scopes, challenge, user, clock.instant().plus(LIFETIME));
  }
}
