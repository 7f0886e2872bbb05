package io.github.atlassianmcp.sandbox.oauth;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;

/** PKCE (RFC 7636) with the S256 method, the only one the sandbox accepts. */
final class Pkce {

  private Pkce() {}

  /** BASE64URL(SHA-256(verifier)) without padding. */
  static String s256(String verifier) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
      return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this JVM", e);
    }
  }

  /** Whether the verifier answers the challenge; compared in constant time. */
  static boolean verifies(String verifier, String challenge) {
    return MessageDigest.isEqual(
        s256(verifier).getBytes(StandardCharsets.US_ASCII), challenge.getBytes(StandardCharsets.US_ASCII));
  }
}
