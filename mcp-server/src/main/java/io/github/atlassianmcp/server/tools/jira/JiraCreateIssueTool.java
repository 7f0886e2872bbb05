package io.github.atlassianmcp.server.tools.jira;

import io.github.atlassianmcp.server.atlassian.AtlassianException;
import io.github.atlassianmcp.server.config.Toolset;
import io.github.atlassianmcp.server.tools.InputSchema;
import io.github.atlassianmcp.server.tools.ServerTool;
import io.github.atlassianmcp.server.tools.ToolArguments;
import io.github.atlassianmcp.server.tools.ToolContext;
import io.github.atlassianmcp.server.tools.ToolDefinition;
import io.github.atlassianmcp.server.tools.ToolHandler;
import io.github.atlassianmcp.server.tools.ToolResult;
import io.github.atlassianmcp.server.tools.jira.JiraViews.CreateOptions;
import io.github.atlassianmcp.server.tools.jira.JiraViews.CreatedIssue;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/** {@code jira_create_issue}: a new issue, its description written as markdown and sent as ADF. */
public final class JiraCreateIssueTool implements ToolHandler {

  public static final ServerTool TOOL = ToolDefinition.builder("jira_create_issue")
      .title("Create a Jira issue")
      .description("""
          Create a Jira issue; description is markdown, stored as Jira rich text. If Jira rejects it, the \
          error lists the project's issue types and required fields. \
          Example: project_key="PROJ", summary="Add retries to the refund job", issue_type="Task".""")
      .toolset(Toolset.JIRA)
      .input(InputSchema.object()
          .string("project_key", "Project key, e.g. PROJ.", s -> s.pattern(InputSchema.PROJECT_KEY_PATTERN))
          .string("summary", "One line.", s -> s.minLength(1).maxLength(255)
              .pattern(InputSchema.ONE_LINE_PATTERN))
          .string("description", "Markdown.")
          .string("issue_type", "Issue type name, e.g. Task, Bug, Story.",
              s -> s.defaultValue("Task"))
          .required("project_key", "summary")
          .build())
      .writes(false, false)
      .calls(JiraOperations.CREATE_ISSUE, JiraOperations.CREATE_META_TYPES, JiraOperations.CREATE_META_FIELDS)
      .handler(services -> new JiraCreateIssueTool(services.jira()));

  private final JiraService jira;

  JiraCreateIssueTool(JiraService jira) {
    this.jira = Objects.requireNonNull(jira, "jira");
  }

  @Override
  public ToolResult call(ToolArguments arguments, ToolContext context) {
    String project = arguments.requiredString("project_key").toUpperCase(Locale.ROOT);
    String summary = arguments.requiredString("summary").strip();
    String type = arguments.requiredString("issue_type");
    Optional<String> description = arguments.string("description");
    try {
      CreatedIssue created = jira.create(project, type, summary, description);
      return ToolResult.text("Created " + created.key() + " (" + type + "): " + summary
          + created.url().map(url -> "\n" + url).orElse(""));
    } catch (AtlassianException e) {
      if (e.failure().statusCode() == 400) {
        throw e.withAdvice(advice(project, type));
      }
      throw e;
    }
  }

  /** What Jira accepts in this project, when it can tell; nothing when that lookup fails too. */
  private String advice(String project, String type) {
    try {
      CreateOptions options = jira.createOptions(project, type);
      if (options.issueType().isEmpty()) {
        return "Issue types in " + project + ": " + String.join(", ", options.issueTypes())
            + ". Set issue_type to one of them.";
      }
      return options.requiredFields().isEmpty()
          ? "Issue types in " + project + ": " + String.join(", ", options.issueTypes()) + "."
          : "Required fields for " + options.issueType().get() + " in " + project + ": "
              + String.join("; ", options.requiredFields()) + ". This tool sets summary and description only;"
              + " create such an issue in Jira itself or pick another issue type ("
              + String.join(", ", options.issueTypes()) + ").";
    } catch (AtlassianException lookupFailed) {
      return "";
    }
  }
}
