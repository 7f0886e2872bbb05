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

/** {@code jira_edit_comment}: replaces a comment's text, written in markdown and sent as ADF. */
public final class JiraEditCommentTool implements ToolHandler {

  public static final ServerTool TOOL = ToolDefinition.builder("jira_edit_comment")
      .title("Edit a Jira comment")
      .description("""
          Replace the text of a comment on a Jira issue (ids are in jira_get_issue); markdown, @Full Name \
          mentions. Example: issue_key="PROJ-12", comment_id="10042", comment="Fixed in **2.4.0**.\"""")
      .toolset(Toolset.JIRA)
      .input(InputSchema.object()
          .issueKey("issue_key")
          .string("comment_id", "Comment id.", s -> s.pattern(InputSchema.NUMERIC_ID_PATTERN))
          .string("comment", "Markdown; replaces it all.", s -> s.minLength(1))
          .required("issue_key", "comment_id", "comment")
          .build())
      .writes(true, true)
      .calls(JiraOperations.UPDATE_COMMENT, JiraOperations.FIND_USERS)
      .handler(services -> new JiraEditCommentTool(services.jiraEditing()));

  private final JiraEditing jira;

  JiraEditCommentTool(JiraEditing jira) {
    this.jira = Objects.requireNonNull(jira, "jira");
  }

  @Override
  public ToolResult call(ToolArguments arguments, ToolContext context) {
    String key = arguments.issueKey("issue_key");
    String id = jira.editComment(key, arguments.requiredString("comment_id"), arguments.requiredString("comment"));
    return ToolResult.text("Edited comment " + id + " on " + key + ".");
  }
}
