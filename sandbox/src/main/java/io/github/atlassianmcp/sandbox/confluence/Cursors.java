package io.github.atlassianmcp.sandbox.confluence;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;

/** The opaque cursors of Confluence's paging: an offset, encoded so clients treat it as a token. */
final class Cursors {

  private Cursors() {}

  static String encode(int offset) {
    return Base64.getUrlEncoder().withoutPadding().encodeToString(("offset:" + offset)
        .getBytes(StandardCharsets.UTF_8));
  }

  static Optional<Integer> decode(String cursor) {
    try {
      String raw = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
      if (!raw.startsWith("offset:")) {
        return Optional.empty();
      }
      int offset = Integer.parseInt(raw.substring(7));
      return offset >= 0 ? Optional.of(offset) : Optional.empty();
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }
}
