package io.github.atlassianmcp.sandbox.oauth;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Set;

/** The redirect URIs the sandbox's app accepts: any loopback {@code http} URL, as a CLI app registers. */
final class LoopbackRedirects {

  private static final Set<String> LOOPBACK_HOSTS = Set.of("127.0.0.1", "localhost", "[::1]", "::1");

  private LoopbackRedirects() {}

  static boolean accepts(String redirectUri) {
    if (redirectUri == null || redirectUri.isBlank()) {
      return false;
    }
    try {
      URI uri = new URI(redirectUri);
      return "http".equalsIgnoreCase(uri.getScheme())
          && uri.getHost() != null
          && LOOPBACK_HOSTS.contains(uri.getHost().toLowerCase(Locale.ROOT))
          && uri.getRawFragment() == null;
    } catch (URISyntaxException e) {
      return false;
    }
  }
}
