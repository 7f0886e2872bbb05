package io.github.atlassianmcp.server.tools.confluence;

import io.github.atlassianmcp.server.config.Toolset;
import io.github.atlassianmcp.server.tools.AnswerText;
import io.github.atlassianmcp.server.tools.InputSchema;
import io.github.atlassianmcp.server.tools.ServerTool;
import io.github.atlassianmcp.server.tools.ToolArguments;
import io.github.atlassianmcp.server.tools.ToolContext;
import io.github.atlassianmcp.server.tools.ToolDefinition;
import io.github.atlassianmcp.server.tools.ToolHandler;
import io.github.atlassianmcp.server.tools.ToolResult;
import io.github.atlassianmcp.server.tools.confluence.ConfluenceViews.SearchHit;
import io.github.atlassianmcp.server.tools.confluence.ConfluenceViews.SearchResults;
import java.util.List;
import java.util.Objects;

/** {@code confluence_search}: finds Confluence content by words or CQL, one line per result. */
public final class ConfluenceSearchTool implements ToolHandler {

  public static final ServerTool TOOL = ToolDefinition.builder("confluence_search")
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
      .reads(SearchResults.class)
      .calls(ConfluenceOperations.SEARCH)
      .handler(services -> new ConfluenceSearchTool(services.confluence()));

  private final ConfluenceService confluence;

  ConfluenceSearchTool(ConfluenceService confluence) {
    this.confluence = Objects.requireNonNull(confluence, "confluence");
  }

  @Override
  public ToolResult call(ToolArguments arguments, ToolContext context) {
    SearchResults results = confluence.search(arguments.requiredString("query"), arguments.integer("limit"));
    return ToolResult.of(text(results), results);
  }

  private static String text(SearchResults results) {
    if (results.results().isEmpty()) {
      return "Nothing in Confluence matches `" + results.cql() + "`.";
    }
    StringBuilder text = new StringBuilder().append(results.total()).append(results.total() == 1 ? " result" : " results")
        .append(" for `").append(results.cql()).append('`')
        .append(results.total() > results.results().size() ? ", showing " + results.results().size() : "").append(":\n")
        .append(AnswerText.header(List.of("Id", "Title", "Space", "Updated", "Excerpt"))).append('\n');
    for (SearchHit hit : results.results()) {
      text.append(AnswerText.row(List.of(hit.id(), AnswerText.cell(hit.title(), 80), AnswerText.cell(hit.space(), 40),
          hit.lastModified().map(AnswerText::date).orElse(AnswerText.NONE), AnswerText.cell(hit.excerpt(), 140))))
          .append('\n');
    }
    text.append("Read one with confluence_get_page and its id.");
    return text.toString();
  }
}
