package io.github.atlassianmcp.sandbox.oauth;

import java.security.SecureRandom;
import java.util.Base64;

/** Opaque random strings for codes, tokens and secrets: unguessable, URL-safe. */
public final class RandomTokens {

  private final SecureRandom random = new SecureRandom();

  /** A URL-safe string carrying {@code bytes} random bytes. */
  public String next(int bytes) {
    byte[] value = new byte[bytes];
    random.nextBytes(value);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(value);
  }
}
