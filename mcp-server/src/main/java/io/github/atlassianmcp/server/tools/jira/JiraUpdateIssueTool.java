package io.github.atlassianmcp.server.tools.jira;

import io.github.atlassianmcp.server.config.Toolset;
import io.github.atlassianmcp.server.tools.InputSchema;
import io.github.atlassianmcp.server.tools.ServerTool;
import io.github.atlassianmcp.server.tools.ToolArguments;
import io.github.atlassianmcp.server.tools.ToolContext;
import io.github.atlassianmcp.server.tools.ToolDefinition;
import io.github.atlassianmcp.server.tools.ToolHandler;
import io.github.atlassianmcp.server.tools.ToolInputException;
import io.github.atlassianmcp.server.tools.ToolResult;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** {@code jira_update_issue}: changes the summary and/or description; what is not given stays as it is. */
public final class JiraUpdateIssueTool implements ToolHandler {

  public static final ServerTool TOOL = ToolDefinition.builder("jira_update_issue")
      .title("Update a Jira issue")
      .description("""
          Change a Jira issue's summary and/or description (markdown; replaces the whole description, \
          dropping its images and mentions); the rest stays. Example: issue_key="PROJ-123", summary="New title".""")
      .toolset(Toolset.JIRA)
      .input(InputSchema.object()
          .issueKey("issue_key", "PROJ-123")
          .string("summary", "New summary, one line.", s -> s.minLength(1).maxLength(255)
              .pattern(InputSchema.ONE_LINE_PATTERN))
          .string("description", "New description, markdown.")
          .required("issue_key")
          .build())
      .writes(true, true)
      .calls(JiraOperations.EDIT_ISSUE)
      .handler(services -> new JiraUpdateIssueTool(services.jira()));

  private final JiraService jira;

  JiraUpdateIssueTool(JiraService jira) {
    this.jira = Objects.requireNonNull(jira, "jira");
  }

  @Override
  public ToolResult call(ToolArguments arguments, ToolContext context) {
    String key = arguments.issueKey("issue_key");
    Optional<String> summary = arguments.string("summary").map(String::strip);
    Optional<String> description = arguments.string("description");
    if (summary.isEmpty() && description.isEmpty()) {
      throw new ToolInputException("Give summary or description (or both): nothing to change on " + key + ".");
    }
    jira.update(key, summary, description);
    List<String> changed = new ArrayList<>();
    summary.ifPresent(s -> changed.add("summary"));
    description.ifPresent(d -> changed.add("description"));
    return ToolResult.text("Updated " + key + ": " + String.join(" and ", changed) + "."
        + summary.map(s -> " Summary is now: " + s).orElse(""));
  }
}
