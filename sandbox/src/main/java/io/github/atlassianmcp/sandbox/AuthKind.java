package io.github.atlassianmcp.sandbox;

import java.util.Locale;

/** How a request authenticated (or tried to): what its Authorization header carried, never the secret itself. */
public enum AuthKind {
  NONE,
  BEARER,
  BASIC;

  /** The kind an Authorization header value announces. */
  public static AuthKind of(String authorizationHeader) {
    if (authorizationHeader == null) {
      return NONE;
    }
    String scheme = authorizationHeader.trim().split("\\s+", 2)[0].toLowerCase(Locale.ROOT);
    return switch (scheme) {
      case "bearer" -> BEARER;
      case "basic" -> BASIC;
      default -> NONE;
    };
  }
}
