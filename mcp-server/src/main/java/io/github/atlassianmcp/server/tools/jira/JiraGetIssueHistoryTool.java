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
import io.github.atlassianmcp.server.tools.jira.JiraViews.ChangeView;
import io.github.atlassianmcp.server.tools.jira.JiraViews.FieldChange;
import io.github.atlassianmcp.server.tools.jira.JiraViews.History;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/** {@code jira_get_issue_history}: the changelog, newest first: who changed which field from what to what, when. */
public final class JiraGetIssueHistoryTool implements ToolHandler {

  /** Long values (descriptions) are cut to this many characters. */
  private static final int MAX_VALUE = 80;

  public static final ServerTool TOOL = ToolDefinition.builder("jira_get_issue_history")
      .title("Read a Jira issue's history")
      .description("""
          Who changed which field of a Jira issue, from what to what, and when (the changelog, newest first). \
          Example: issue_key="PROJ-123", limit=10.""")
      .toolset(Toolset.JIRA)
      .input(InputSchema.object()
          .issueKey("issue_key")
          .integer("limit", "Latest changes to show.", 1, 100, 20)
          .required("issue_key")
          .build())
      .reads(History.class)
      .calls(JiraOperations.CHANGELOG)
      .handler(services -> new JiraGetIssueHistoryTool(new IssueHistory(services.auth().access())));

  private final IssueHistory history;

  JiraGetIssueHistoryTool(IssueHistory history) {
    this.history = Objects.requireNonNull(history, "history");
  }

  @Override
  public ToolResult call(ToolArguments arguments, ToolContext context) {
    String key = arguments.issueKey("issue_key");
    History found = history.latest(key, arguments.integer("limit"));
    if (found.changes().isEmpty()) {
      return ToolResult.of(key + " has not been changed since it was created.", found);
    }
    StringBuilder text = new StringBuilder("# History of ").append(key).append(" (")
        .append(found.changes().size() < found.total()
            ? "latest " + found.changes().size() + " of " + found.total() + " changes"
            : found.total() + (found.total() == 1 ? " change" : " changes"))
        .append(", newest first)\n");
    for (ChangeView change : found.changes()) {
      text.append("- ").append(change.created().map(AnswerText::dateTime).orElse("?")).append(' ')
          .append(change.author()).append(": ")
          .append(change.items().stream().map(JiraGetIssueHistoryTool::item).collect(Collectors.joining("; ")))
          .append('\n');
    }
    return ToolResult.of(text.toString().stripTrailing(), found);
  }

  private static String item(FieldChange change) {
    return change.field() + " " + value(change.from()) + " → " + value(change.to());
  }

  private static String value(Optional<String> value) {
    return value.map(text -> "\"" + AnswerText.truncate(text.replaceAll("\\s+", " ").strip(), MAX_VALUE) + "\"")
        .orElse("(none)");
  }
}
