package io.github.atlassianmcp.server.tools.jira;


import io.github.atlassianmcp.server.config.Toolset;
import io.github.atlassianmcp.server.tools.AnswerText;
import io.github.atlassianmcp.server.tools.InputSchema;
import io.github.atlassianmcp.server.tools.ServerTool;
import io.github.atlassianmcp.server.tools.ToolArguments;
import io.github.atlassianmcp.server.tools.ToolContext;
import io.github.atlassianmcp.server.tools.ToolDefinition;
import io.github.atlassianmcp.server.tools.ToolHandler;
import io.github.atlassianmcp.server.tools.ToolResult;
import io.github.atlassianmcp.server.tools.jira.JiraViews.IssueRow;
import io.github.atlassianmcp.server.tools.jira.JiraViews.SearchPage;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** {@code jira_search}: JQL search with Jira's enhanced search, one table row per issue. */
public final class JiraSearchTool implements ToolHandler {

  public static final ServerTool TOOL = ToolDefinition.builder("jira_search")
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
      .reads(SearchPage.class)
      .calls(JiraOperations.SEARCH, JiraOperations.COUNT)
      .handler(services -> new JiraSearchTool(services.jira()));

  private static final int SUMMARY_WIDTH = 80;

  private final JiraService jira;

  JiraSearchTool(JiraService jira) {
    this.jira = Objects.requireNonNull(jira, "jira");
  }

  @Override
  public ToolResult call(ToolArguments arguments, ToolContext context) {
    String jql = arguments.requiredString("jql");
    int max = arguments.integer("max_results");
    List<String> fields = arguments.strings("fields");
    Optional<String> token = arguments.string("next_page_token");
    SearchPage page = jira.search(jql, max, fields, token);
    return ToolResult.of(text(jql, page, fields), page);
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
    text.append(AnswerText.header(columns)).append('\n');
    for (IssueRow issue : page.issues()) {
      List<String> cells = new ArrayList<>(List.of(issue.key(), AnswerText.cell(issue.summary(), SUMMARY_WIDTH),
          AnswerText.cell(issue.status(), 30), AnswerText.cell(issue.assignee(), 30), AnswerText.cell(issue.priority(), 20),
          AnswerText.cell(issue.type(), 20), issue.updated().map(AnswerText::date).orElse(AnswerText.NONE)));
      extra.forEach(field -> cells.add(AnswerText.cell(issue.fields().map(values -> values.get(field))
          .orElse(null), 60)));
      text.append(AnswerText.row(cells)).append('\n');
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
}
