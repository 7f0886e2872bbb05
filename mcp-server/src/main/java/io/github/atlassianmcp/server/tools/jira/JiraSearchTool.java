package io.github.atlassianmcp.server.tools.jira;

import static io.github.atlassianmcp.server.tools.JsonSchemas.arrayOf;
import static io.github.atlassianmcp.server.tools.JsonSchemas.integer;
import static io.github.atlassianmcp.server.tools.JsonSchemas.object;
import static io.github.atlassianmcp.server.tools.JsonSchemas.properties;
import static io.github.atlassianmcp.server.tools.JsonSchemas.string;
import static io.github.atlassianmcp.server.tools.JsonSchemas.textRecord;
import static io.github.atlassianmcp.server.tools.JsonSchemas.stringMap;

import io.github.atlassianmcp.server.config.Toolset;
import io.github.atlassianmcp.server.tools.InputSchema;
import io.github.atlassianmcp.server.tools.Markdown;
import io.github.atlassianmcp.server.tools.Tool;
import io.github.atlassianmcp.server.tools.ToolArguments;
import io.github.atlassianmcp.server.tools.ToolContext;
import io.github.atlassianmcp.server.tools.ToolDefinition;
import io.github.atlassianmcp.server.tools.ToolResult;
import io.github.atlassianmcp.server.tools.jira.JiraViews.IssueRow;
import io.github.atlassianmcp.server.tools.jira.JiraViews.SearchPage;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/** {@code jira_search}: JQL search with Jira's enhanced search, one table row per issue. */
public final class JiraSearchTool implements Tool {

  public static final ToolDefinition DEFINITION = ToolDefinition.builder("jira_search")
      .title("Search Jira issues")
      .description("""
          Find Jira issues with JQL: one row per issue (key, summary, status, assignee, priority, type, \
          updated) and next_page_token when there are more. Example: jql="project = PROJ AND assignee = \
          currentUser() AND statusCategory != Done ORDER BY updated DESC".""")
      .toolset(Toolset.JIRA)
      .input(InputSchema.object()
          .string("jql", "The JQL query.", s -> s.minLength(1))
          .integer("max_results", "Issues to return; pages are followed.", 1, 100, 50)
          .stringList("fields", "Extra field ids to add as columns, e.g. [\"labels\", \"duedate\"].", 20)
          .string("next_page_token", "From the previous answer; keep the same jql.")
          .required("jql")
          .build())
      // Each issue: key, summary, status, assignee, priority, type, updated (text), and the extra fields asked for.
      .reads(object(properties(
          "issues", arrayOf(textRecord(properties("fields", stringMap()), "key", "summary")),
          "next_page_token", string(),
          "approximate_total", integer()), "issues"))
      .calls(JiraOperations.SEARCH, JiraOperations.COUNT)
      .build();

  private static final int SUMMARY_WIDTH = 80;

  private final JiraService jira;

  public JiraSearchTool(JiraService jira) {
    this.jira = Objects.requireNonNull(jira, "jira");
  }

  @Override
  public ToolDefinition definition() {
    return DEFINITION;
  }

  @Override
  public ToolResult call(ToolArguments arguments, ToolContext context) {
    String jql = arguments.requiredString("jql", "\"project = PROJ ORDER BY updated DESC\"");
    int max = arguments.integer("max_results", 50, 1, 100);
    List<String> fields = arguments.stringList("fields");
    Optional<String> token = arguments.optionalString("next_page_token");
    SearchPage page = jira.search(jql, max, fields, token);
    return ToolResult.of(text(jql, page, fields), structured(page));
  }

  private static String text(String jql, SearchPage page, List<String> extraFields) {
    if (page.issues().isEmpty()) {
      return "No issues match `" + jql + "`.";
    }
    List<String> extra = extraFields.stream().filter(f -> !JiraService.ROW_FIELDS.contains(f)).toList();
    StringBuilder text = new StringBuilder();
    String total = page.approximateTotal().isPresent() && page.nextPageToken().isPresent()
        ? "about " + page.approximateTotal().getAsLong() + " issues; showing " + page.issues().size()
        : page.issues().size() + (page.issues().size() == 1 ? " issue" : " issues");
    text.append(total).append(" for `").append(jql).append("`:\n");
    List<String> columns = new ArrayList<>(List.of("Key", "Summary", "Status", "Assignee", "Priority", "Type",
        "Updated"));
    columns.addAll(extra);
    text.append(Markdown.header(columns)).append('\n');
    for (IssueRow issue : page.issues()) {
      List<String> cells = new ArrayList<>(List.of(issue.key(), Markdown.cell(issue.summary(), SUMMARY_WIDTH),
          Markdown.cell(issue.status(), 30), Markdown.cell(issue.assignee(), 30), Markdown.cell(issue.priority(), 20),
          Markdown.cell(issue.type(), 20), issue.updated().map(Markdown::date).orElse(Markdown.NONE)));
      extra.forEach(field -> cells.add(Markdown.cell(issue.extraFields().get(field), 60)));
      text.append(Markdown.row(cells)).append('\n');
    }
    page.nextPageToken().ifPresent(next -> {
      String more = page.approximateTotal().isPresent()
          ? Math.max(0, page.approximateTotal().getAsLong() - page.issues().size()) + " more"
          : "More";
      text.append(more).append(": call jira_search with the same jql and next_page_token=\"").append(next)
          .append("\".");
    });
    return text.toString().stripTrailing();
  }

  private static Map<String, Object> structured(SearchPage page) {
    List<Map<String, Object>> issues = new ArrayList<>();
    for (IssueRow issue : page.issues()) {
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("key", issue.key());
      row.put("summary", issue.summary());
      issue.status().ifPresent(v -> row.put("status", v));
      issue.assignee().ifPresent(v -> row.put("assignee", v));
      issue.priority().ifPresent(v -> row.put("priority", v));
      issue.type().ifPresent(v -> row.put("type", v));
      issue.updated().ifPresent(v -> row.put("updated", v.toString()));
      if (!issue.extraFields().isEmpty()) {
        row.put("fields", new LinkedHashMap<>(issue.extraFields()));
      }
      issues.add(row);
    }
    Map<String, Object> result = new LinkedHashMap<>();
    result.put("issues", issues);
    page.nextPageToken().ifPresent(token -> result.put("next_page_token", token));
    page.approximateTotal().ifPresent(total -> result.put("approximate_total", total));
    return result;
  }
}
