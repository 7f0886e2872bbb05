package io.github.atlassianmcp.server.tools.confluence;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

/** What the Confluence service answers: our own values, never the generated models. */
public final class ConfluenceViews {

  private ConfluenceViews() {}

  public record SearchHit(String id, String type, String title, Optional<String> space, Optional<OffsetDateTime> lastModified,
      Optional<String> excerpt, Optional<String> url) {}

  /**
   * @param cql the CQL that ran
   * @param total how many results Confluence counted in all
   * @param results the results
   */
  public record SearchResults(String cql, int total, List<SearchHit> results) {}

  record PageView(String id, String title, Optional<String> space, Optional<Integer> version,
      Optional<OffsetDateTime> updated, Optional<String> url, String body) {}
}
