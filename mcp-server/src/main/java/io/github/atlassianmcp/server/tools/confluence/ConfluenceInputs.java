package io.github.atlassianmcp.server.tools.confluence;

import java.util.Locale;

/** How Confluence arguments several tools take are read. */
final class ConfluenceInputs {

  private ConfluenceInputs() {}

  /** A space key as Confluence writes it: global keys in capitals, personal ones as given. */
  static String spaceKey(String given) {
    String key = given.strip();
    return key.startsWith("~") ? key : key.toUpperCase(Locale.ROOT);
  }
}
