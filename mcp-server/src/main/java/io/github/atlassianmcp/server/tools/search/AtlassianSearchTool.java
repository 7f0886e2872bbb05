package io.github.atlassianmcp.server.tools.search;

import io.github.atlassianmcp.server.atlassian.AtlassianException;
import io.github.atlassianmcp.server.atlassian.OperationRef;
import io.github.atlassianmcp.server.config.Toolset;
import io.github.atlassianmcp.server.tools.AnswerText;
import io.github.atlassianmcp.server.tools.InputSchema;
import io.github.atlassianmcp.server.tools.ServerTool;
import io.github.atlassianmcp.server.tools.ToolArguments;
import io.github.atlassianmcp.server.tools.ToolContext;
import io.github.atlassianmcp.server.tools.ToolDefinition;
import io.github.atlassianmcp.server.tools.ToolHandler;
import io.github.atlassianmcp.server.tools.ToolResult;
import io.github.atlassianmcp.server.tools.confluence.ConfluenceService;
import io.github.atlassianmcp.server.tools.confluence.ConfluenceViews.SearchHit;
import io.github.atlassianmcp.server.tools.jira.JiraService;
import io.github.atlassianmcp.server.tools.jira.JiraViews.IssueRow;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * {@code atlassian_search}: the same words in Jira and Confluence at once, one list, best first. What a "what do we
 * know about X" question needs before deciding which issue or page to read.
 */
public final class AtlassianSearchTool implements ToolHandler {

  public static final ServerTool TOOL = ToolDefinition.builder("atlassian_search")
      .title("Search Jira and Confluence")
      .description("""
          Search Jira issues and Confluence pages for the same words in one answer, best first, each marked \
          [Jira] or [Confluence] with the key or page id to read it. Use it for "what do we know about X". \
          Example: query="refund retries".""")
      .toolset(Toolset.CONFLUENCE)
      .input(InputSchema.object()
          .string("query", "Words to look for (not JQL or CQL).", s -> s.minLength(1).maxLength(500))
          .integer("limit", "Results to return in all.", 1, 50, 10)
          .required("query")
          .build())
      .reads(Results.class)
      .calls(new OperationRef("jira-platform.v3.json", "searchAndReconsileIssuesUsingJqlPost"),
          new OperationRef("jira-platform.v3.json", "countIssues"),
          new OperationRef("confluence-v1.json", "searchByCQL"))
      .handler(services -> new AtlassianSearchTool(services.jira(), services.confluence()));

  /**
   * One result.
   *
   * @param product "jira" or "confluence"
   * @param id the issue key or the page id: what jira_get_issue or confluence_get_page take
   * @param where the issue's status, or the page's space
   */
  record Hit(String product, String id, String title, Optional<String> where, Optional<OffsetDateTime> updated,
      Optional<String> url) {}

  /**
   * @param results best first
   * @param notes what could not be searched, and why
   */
  record Results(String query, List<Hit> results, List<String> notes) {}

  private final JiraService jira;
  private final ConfluenceService confluence;

  AtlassianSearchTool(JiraService jira, ConfluenceService confluence) {
    this.jira = Objects.requireNonNull(jira, "jira");
    this.confluence = Objects.requireNonNull(confluence, "confluence");
  }

  @Override
  public ToolResult call(ToolArguments arguments, ToolContext context) {
    String query = arguments.requiredString("query").strip();
    int limit = arguments.integer("limit");
    List<String> notes = new ArrayList<>();
    List<Hit> issues = fromOne("Jira", notes, () -> jira.search("text ~ \"" + quoted(query) + "\"", limit, List.of(),
        Optional.empty()).issues().stream().map(AtlassianSearchTool::hit).toList());
    List<Hit> pages = fromOne("Confluence", notes, () -> confluence.search(query, limit).results().stream()
        .map(AtlassianSearchTool::hit).toList());
    Results results = new Results(query, bestFirst(query, issues, pages, limit), notes);
    return ToolResult.of(text(results), results);
  }

  /** One product's results; a product that fails (no licence, no permission, down) leaves a note, not an error. */
  private static List<Hit> fromOne(String product, List<String> notes, Supplier<List<Hit>> search) {
    try {
      return search.get();
    } catch (AtlassianException e) {
      notes.add(product + " could not be searched (HTTP " + e.failure().statusCode() + ").");
      return List.of();
    }
  }

  private static Hit hit(IssueRow issue) {
    return new Hit("jira", issue.key(), issue.summary(), issue.status(), issue.updated(), Optional.empty());
  }

  private static Hit hit(SearchHit page) {
    return new Hit("confluence", page.id(), page.title(), page.space(), page.lastModified(), page.url());
  }

  /**
   * Each product already ranks its own results; across products, a title holding more of the words comes first,
   * then the better rank within its product, then Jira and Confluence alternating.
   */
  static List<Hit> bestFirst(String query, List<Hit> issues, List<Hit> pages, int limit) {
    List<String> words = Arrays.stream(query.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+"))
        .filter(word -> word.length() > 1).toList();
    record Ranked(Hit hit, int titleWords, int rank, int product) {}
    List<Ranked> ranked = new ArrayList<>();
    for (int i = 0; i < issues.size(); i++) {
      ranked.add(new Ranked(issues.get(i), titleWords(issues.get(i), words), i, 0));
    }
    for (int i = 0; i < pages.size(); i++) {
      ranked.add(new Ranked(pages.get(i), titleWords(pages.get(i), words), i, 1));
    }
    return ranked.stream()
        .sorted(Comparator.comparingInt((Ranked r) -> -r.titleWords()).thenComparingInt(Ranked::rank)
            .thenComparingInt(Ranked::product))
        .limit(limit)
        .map(Ranked::hit)
        .toList();
  }

  private static int titleWords(Hit hit, List<String> words) {
    String title = hit.title().toLowerCase(Locale.ROOT);
    return (int) words.stream().filter(title::contains).count();
  }

  private static String quoted(String query) {
    return query.replace("\\", "\\\\").replace("\"", "\\\"");
  }

  private static String text(Results results) {
    StringBuilder text = new StringBuilder();
    if (results.results().isEmpty()) {
      text.append("Nothing in Jira or Confluence matches \"").append(results.query()).append("\".");
    } else {
      text.append(results.results().size()).append(" results for \"").append(results.query())
          .append("\", best first:\n");
      for (Hit hit : results.results()) {
        text.append("- [").append(hit.product().equals("jira") ? "Jira" : "Confluence").append("] ")
            .append(hit.id()).append(" · ").append(AnswerText.cell(hit.title(), 100))
            .append(hit.where().map(where -> " · " + where).orElse(""))
            .append(hit.updated().map(date -> " · updated " + AnswerText.date(date)).orElse("")).append('\n');
      }
      text.append("Read one with jira_get_issue (issue_key) or confluence_get_page (page_id).");
    }
    results.notes().forEach(note -> text.append('\n').append(note));
    return text.toString().strip();
  }
}
