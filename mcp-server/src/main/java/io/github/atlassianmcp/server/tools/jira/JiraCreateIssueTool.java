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
import java.util.Map;
import java.util.Objects;

/**
 * {@code jira_create_issue}: a new issue, its description written as markdown and sent as ADF; people, priority,
 * components and custom fields by name, checked against the project's create metadata before sending.
 */
public final class JiraCreateIssueTool implements ToolHandler {

  public static final ServerTool TOOL = ToolDefinition.builder("jira_create_issue")
      .title("Create a Jira issue")
      .description("""
          Create a Jira issue; description is markdown. People: "me", email, name, accountId; fields: any \
          field by name or id. If Jira refuses, the error lists issue types and required fields. \
          Example: project_key="PROJ", summary="Retry refunds", assignee="me", labels=["payments"].""")
      .toolset(Toolset.JIRA)
      .input(InputSchema.object()
          .string("project_key", "Project key, e.g. PROJ.", s -> s.pattern(InputSchema.PROJECT_KEY_PATTERN))
          .string("summary", "One line.", s -> s.minLength(1).maxLength(255)
              .pattern(InputSchema.ONE_LINE_PATTERN))
          .string("description", "Markdown.")
          .string("issue_type", "Issue type name, e.g. Task, Bug, Story.",
              s -> s.defaultValue("Task"))
          .string("assignee", "Person.")
          .string("priority", "Name, e.g. High.")
          .stringList("labels", "Labels.", IssueInputs.MAX_ITEMS)
          .string("parent", "Epic or parent key.")
          .string("due_date", "YYYY-MM-DD.")
          .stringList("components", "Names.", IssueInputs.MAX_ITEMS)
          .map("fields", "Name or id to value.", IssueInputs.MAX_ITEMS)
          .required("project_key", "summary")
          .build())
      .writes(false, false)
      .calls(JiraOperations.CREATE_ISSUE, JiraOperations.CREATE_META_TYPES, JiraOperations.CREATE_META_FIELDS,
          JiraOperations.ASSIGNABLE_USERS, JiraOperations.FIND_USERS, JiraOperations.MYSELF)
      .handler(services -> new JiraCreateIssueTool(services.jira(), services.jiraEditing()));

  private final JiraService jira;
  private final JiraEditing editing;

  JiraCreateIssueTool(JiraService jira, JiraEditing editing) {
    this.jira = Objects.requireNonNull(jira, "jira");
    this.editing = Objects.requireNonNull(editing, "editing");
  }

  @Override
  public ToolResult call(ToolArguments arguments, ToolContext context) {
    String project = arguments.requiredString("project_key").toUpperCase(Locale.ROOT);
    String summary = arguments.requiredString("summary").strip();
    String type = arguments.requiredString("issue_type");
    IssueChange fields = editing.newIssue(project, type)
        .set("project", Map.of("key", project), null)
        .set("issuetype", Map.of("name", type), null)
        .set("summary", summary, null);
    arguments.string("description").ifPresent(markdown -> fields.description(markdown, false));
    arguments.string("assignee").ifPresent(fields::assignee);
    arguments.string("priority").ifPresent(priority -> fields.screenField("priority", "priority", priority));
    if (arguments.has("labels")) {
      fields.labels(arguments.strings("labels"));
    }
    arguments.string("parent").ifPresent(fields::parent);
    arguments.string("due_date").ifPresent(fields::dueDate);
    if (arguments.has("components")) {
      fields.screenField("components", "components", arguments.strings("components"));
    }
    arguments.map("fields").ifPresent(fields::fields);
    try {
      CreatedIssue created = editing.create(project, fields);
      return ToolResult.text("Created " + created.key() + " (" + type + "): " + summary
          + (fields.changes().isEmpty() ? "" : "\nWith " + String.join("; ", fields.changes()) + ".")
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
              + String.join("; ", options.requiredFields()) + ". Set them in fields, e.g. {\"Name\": value},"
              + " or pick another issue type (" + String.join(", ", options.issueTypes()) + ").";
    } catch (AtlassianException lookupFailed) {
      return "";
    }
  }
}
