package io.github.atlassianmcp.server.tools.jira;

import io.github.atlassianmcp.server.config.Toolset;
import io.github.atlassianmcp.server.tools.InputSchema;
import io.github.atlassianmcp.server.tools.ServerTool;
import io.github.atlassianmcp.server.tools.ToolArguments;
import io.github.atlassianmcp.server.tools.ToolContext;
import io.github.atlassianmcp.server.tools.ToolDefinition;
import io.github.atlassianmcp.server.tools.ToolHandler;
import io.github.atlassianmcp.server.tools.ToolResult;
import java.util.Objects;

/** {@code jira_add_comment}: a comment written in markdown, stored as Jira rich text. */
public final class JiraAddCommentTool implements ToolHandler {

  public static final ServerTool TOOL = ToolDefinition.builder("jira_add_comment")
      .title("Comment on a Jira issue")
      .description("""
          Add a comment to a Jira issue, written in markdown (bold, lists, code blocks, links, tables; @Full Name \
          or @email mentions). Example: issue_key="PROJ-123", comment="Fixed in `main`, see the PR.\"""")
      .toolset(Toolset.JIRA)
      .input(InputSchema.object()
          .issueKey("issue_key")
          .string("comment", "Markdown.", s -> s.minLength(1))
          .required("issue_key", "comment")
          .build())
      .writes(false, false)
      .calls(JiraOperations.ADD_COMMENT, JiraOperations.FIND_USERS)
      .handler(services -> new JiraAddCommentTool(services.jiraEditing()));

  private final JiraEditing jira;

  JiraAddCommentTool(JiraEditing jira) {
    this.jira = Objects.requireNonNull(jira, "jira");
  }

  @Override
  public ToolResult call(ToolArguments arguments, ToolContext context) {
    String key = arguments.issueKey("issue_key");
    String comment = arguments.requiredString("comment");
    return ToolResult.text("Added comment " + jira.addComment(key, comment) + " to " + key + ".");
  }
}
