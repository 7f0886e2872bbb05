package io.github.atlassianmcp.server.tools.confluence;

import java.util.regex.Pattern;

/**
 * Turns what an agent typed into CQL: CQL as given when it looks like CQL ({@code field operator value}),
 * otherwise a full-text search for the words among pages and blog posts.
 */
final class CqlQuery {

  private static final Pattern LOOKS_LIKE_CQL = Pattern.compile(
      "(?i)\\b(type|space|space\\.key|title|text|label|creator|contributor|created|lastmodified|ancestor|parent|id"
          + "|sitesearch|mention|favourite|watcher)\\s*(=|!=|~|!~|>=|<=|>|<|\\s+in\\s*\\(|\\s+not\\s+in\\s*\\()");

  private CqlQuery() {}

  static boolean looksLikeCql(String query) {
    return LOOKS_LIKE_CQL.matcher(query).find();
  }

  static String from(String query) {
    String trimmed = query.trim();
    if (looksLikeCql(trimmed)) {
      return trimmed;
    }
    return "text ~ \"" + trimmed.replace("\\", "\\\\").replace("\"", "\\\"") + "\" AND type = page";
  }
}
