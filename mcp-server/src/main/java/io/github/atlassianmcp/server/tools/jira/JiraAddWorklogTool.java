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
import io.github.atlassianmcp.server.tools.jira.JiraViews.WorklogView;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Objects;
import java.util.Optional;

/** {@code jira_add_worklog}: logs time on an issue. */
public final class JiraAddWorklogTool implements ToolHandler {

  public static final ServerTool TOOL = ToolDefinition.builder("jira_add_worklog")
      .title("Log work on a Jira issue")
      .description("""
          Log time spent on a Jira issue (units w, d, h, m), optionally with a markdown comment and the start \
          time (default now). Example: issue_key="PROJ-123", time_spent="1h 30m", started="2024-01-17T09:00:00+01:00".""")
      .toolset(Toolset.JIRA)
      .input(InputSchema.object()
          .issueKey("issue_key")
          .string("time_spent", "Jira duration, e.g. 1h 30m.", s -> s.minLength(2))
          .string("comment", "Markdown.")
          .string("started", "ISO 8601 date-time, or a date (9:00 that day); default now.")
          .required("issue_key", "time_spent")
          .build())
      .writes(false, false)
      .calls(JiraOperations.ADD_WORKLOG)
      .handler(services -> new JiraAddWorklogTool(services.jira(), services.clock()));

  private final JiraService jira;
  private final WorklogInputs inputs;

  JiraAddWorklogTool(JiraService jira, Clock clock) {
    this.jira = Objects.requireNonNull(jira, "jira");
    this.inputs = new WorklogInputs(Objects.requireNonNull(clock, "clock"));
  }

  @Override
  public ToolResult call(ToolArguments arguments, ToolContext context) {
    String key = arguments.issueKey("issue_key");
    String timeSpent = inputs.timeSpent(arguments.requiredString("time_spent"));
    OffsetDateTime started = inputs.started(arguments.string("started"));
    Optional<String> comment = arguments.string("comment");
    WorklogView worklog = jira.addWorklog(key, timeSpent, started, comment);
    return ToolResult.text("Logged " + worklog.timeSpent() + " on " + key + ", started "
        + AnswerText.dateTime(started) + " (worklog " + worklog.id() + ").");
  }
}
