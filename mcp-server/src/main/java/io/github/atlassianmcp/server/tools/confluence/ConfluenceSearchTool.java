package io.github.atlassianmcp.server.tools.confluence;

import static io.github.atlassianmcp.server.tools.JsonSchemas.arrayOf;
import static io.github.atlassianmcp.server.tools.JsonSchemas.integer;
import static io.github.atlassianmcp.server.tools.JsonSchemas.object;
import static io.github.atlassianmcp.server.tools.JsonSchemas.properties;
import static io.github.atlassianmcp.server.tools.JsonSchemas.string;
import static io.github.atlassianmcp.server.tools.JsonSchemas.textRecord;

import io.github.atlassianmcp.server.config.Toolset;
import io.github.atlassianmcp.server.tools.InputSchema;
import io.github.atlassianmcp.server.tools.Markdown;
import io.github.atlassianmcp.server.tools.Tool;
import io.github.atlassianmcp.server.tools.ToolArguments;
import io.github.atlassianmcp.server.tools.ToolContext;
import io.github.atlassianmcp.server.tools.ToolDefinition;
import io.github.atlassianmcp.server.tools.ToolResult;
import io.github.atlassianmcp.server.tools.confluence.ConfluenceViews.SearchHit;
import io.github.atlassianmcp.server.tools.confluence.ConfluenceViews.SearchResults;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** {@code confluence_search}: finds Confluence content by words or CQL, one line per result. */
public final class ConfluenceSearchTool implements Tool {

  public static final ToolDefinition DEFINITION = ToolDefinition.builder("confluence_search")
      .title("Search Confluence")
      .description("""
          Search Confluence pages by words, or by CQL when the query looks like CQL. One row per result, with \
          the page id for confluence_get_page. Examples: query="payment runbook", \
          query="space = ENG AND title ~ \"runbook\"".""")
      .toolset(Toolset.CONFLUENCE)
      .input(InputSchema.object()
          .string("query", "Words, or CQL.", s -> s.minLength(1))
          .integer("limit", "Results to return.", 1, 50, 10)
          .required("query")
          .build())
      .reads(object(properties(
          "cql", string(),
          "total", integer(),
          // Each result: id, type, title, space, last_modified, excerpt, url.
          "results", arrayOf(textRecord(properties(), "id", "title"))), "cql", "results"))
      .calls(ConfluenceOperations.SEARCH)
      .build();

  private final ConfluenceService confluence;

  public ConfluenceSearchTool(ConfluenceService confluence) {
    this.confluence = Objects.requireNonNull(confluence, "confluence");
  }

  @Override
  public ToolDefinition definition() {
    return DEFINITION;
  }

  @Override
  public ToolResult call(ToolArguments arguments, ToolContext context) {
    String query = arguments.requiredString("query", "\"payment gateway runbook\"");
    int limit = arguments.integer("limit", 10, 1, 50);
    SearchResults results = confluence.search(query, limit);
    return ToolResult.of(text(results), structured(results));
  }

  private static String text(SearchResults results) {
    if (results.hits().isEmpty()) {
      return "Nothing in Confluence matches `" + results.cql() + "`.";
    }
    StringBuilder text = new StringBuilder().append(results.total()).append(results.total() == 1 ? " result" : " results")
        .append(" for `").append(results.cql()).append('`')
        .append(results.total() > results.hits().size() ? ", showing " + results.hits().size() : "").append(":\n")
        .append(Markdown.header(List.of("Id", "Title", "Space", "Updated", "Excerpt"))).append('\n');
    for (SearchHit hit : results.hits()) {
      text.append(Markdown.row(List.of(hit.id(), Markdown.cell(hit.title(), 80), Markdown.cell(hit.space(), 40),
          hit.lastModified().map(Markdown::date).orElse(Markdown.NONE), Markdown.cell(hit.excerpt(), 140))))
          .append('\n');
    }
    text.append("Read one with confluence_get_page and its id.");
    return text.toString();
  }

  private static Map<String, Object> structured(SearchResults results) {
    List<Map<String, Object>> rows = new ArrayList<>();
    for (SearchHit hit : results.hits()) {
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("id", hit.id());
      row.put("type", hit.type());
      row.put("title", hit.title());
      hit.space().ifPresent(space -> row.put("space", space));
      hit.lastModified().ifPresent(date -> row.put("last_modified", date.toString()));
      if (!hit.excerpt().isEmpty()) {
        row.put("excerpt", hit.excerpt());
      }
      hit.url().ifPresent(url -> row.put("url", url));
      rows.add(row);
    }
    Map<String, Object> result = new LinkedHashMap<>();
    result.put("cql", results.cql());
    result.put("total", results.total());
    result.put("results", rows);
    return result;
  }
}
