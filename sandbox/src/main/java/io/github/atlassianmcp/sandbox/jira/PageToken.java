package io.github.atlassianmcp.sandbox.jira;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;

/**
 * The opaque {@code nextPageToken} of enhanced search: where the next page starts, bound to the query it was
 * issued for, so a token reused with another query is refused rather than silently misread.
 */
final class PageToken {

  private PageToken() {}

  static String encode(int offset, String jql) {
    String raw = "v1:" + offset + ":" + fingerprint(jql);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
  }

  /** The offset a token points at, if the token is one of ours for this query. */
  static Optional<Integer> decode(String token, String jql) {
    try {
      String raw = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8);
      String[] parts = raw.split(":");
      if (parts.length != 3 || !parts[0].equals("v1") || !parts[2].equals(fingerprint(jql))) {
        return Optional.empty();
      }
      int offset = Integer.parseInt(parts[1]);
      return offset >= 0 ? Optional.of(offset) : Optional.empty();
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  private static String fingerprint(String jql) {
    return Integer.toHexString(jql.strip().hashCode());
  }
}
