package io.github.atlassianmcp.server.tools.jira;

import io.github.atlassianmcp.server.config.Toolset;
import io.github.atlassianmcp.server.tools.InputSchema;
import io.github.atlassianmcp.server.tools.Tool;
import io.github.atlassianmcp.server.tools.ToolArguments;
import io.github.atlassianmcp.server.tools.ToolContext;
import io.github.atlassianmcp.server.tools.ToolDefinition;
import io.github.atlassianmcp.server.tools.ToolInputException;
import io.github.atlassianmcp.server.tools.ToolResult;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** {@code jira_update_issue}: changes the summary and/or description; what is not given stays as it is. */
public final class JiraUpdateIssueTool implements Tool {

  public static final ToolDefinition DEFINITION = ToolDefinition.builder("jira_update_issue")
      .title("Update a Jira issue")
      .description("""
          Change a Jira issue's summary and/or description (markdown; replaces the whole description, \
          dropping its images and mentions); the rest stays. Example: issue_key="PROJ-123", summary="New title".""")
      .toolset(Toolset.JIRA)
      .input(InputSchema.object()
          .issueKey("issue_key", "PROJ-123")
          .string("summary", "New summary, one line.", s -> s.minLength(1).maxLength(255))
          .string("description", "New description, markdown.")
          .required("issue_key")
          .build())
      .writes(true, true)
      .calls(JiraOperations.EDIT_ISSUE)
      .build();

  private final JiraService jira;

  public JiraUpdateIssueTool(JiraService jira) {
    this.jira = Objects.requireNonNull(jira, "jira");
  }

  @Override
  public ToolDefinition definition() {
    return DEFINITION;
  }

  @Override
  public ToolResult call(ToolArguments arguments, ToolContext context) {
    String key = arguments.issueKey("issue_key");
    Optional<String> summary = arguments.optionalString("summary");
    Optional<String> description = arguments.optionalText("description");
    if (summary.isEmpty() && description.isEmpty()) {
      throw new ToolInputException("Give summary or description (or both): nothing to change on " + key + ".");
    }
    if (summary.isPresent() && (summary.get().length() > 255 || summary.get().contains("\n"))) {
      throw new ToolInputException("summary must be one line of at most 255 characters.");
    }
    jira.update(key, summary, description);
    List<String> changed = new ArrayList<>();
    summary.ifPresent(s -> changed.add("summary"));
    description.ifPresent(d -> changed.add("description"));
    return ToolResult.text("Updated " + key + ": " + String.join(" and ", changed) + "."
        + summary.map(s -> " Summary is now: " + s).orElse(""));
  }
}
