package io.github.atlassianmcp.server.atlassian;

import java.util.Collection;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * Removes known secrets (the client secret, the API token, the tokens in use) from text about to leave the
 * server. Whatever quotes them, an authorization server's error text or an echoed request, they never reach an
 * agent, a terminal or a log line written from such text.
 */
public final class SecretRedaction {

  /** What a removed secret reads as. */
  public static final String REDACTED = "[redacted]";
  /** Shorter values are not treated as secrets: they could be ordinary words of the text. */
  private static final int SHORTEST_SECRET = 8;

  private final Supplier<? extends Collection<String>> secrets;

  /** @param secrets the secrets known at the moment of each call (tokens change as they are refreshed) */
  public SecretRedaction(Supplier<? extends Collection<String>> secrets) {
    this.secrets = Objects.requireNonNull(secrets, "secrets");
  }

  /** Redacts nothing: for places that hold no secret. */
  public static SecretRedaction none() {
    return new SecretRedaction(java.util.List::of);
  }

  public String apply(String text) {
    if (text == null || text.isEmpty()) {
      return text;
    }
    String result = text;
    for (String secret : secrets.get()) {
      if (secret != null && secret.length() >= SHORTEST_SECRET && result.contains(secret)) {
        result = result.replace(secret, REDACTED);
      }
    }
    return result;
  }
}
