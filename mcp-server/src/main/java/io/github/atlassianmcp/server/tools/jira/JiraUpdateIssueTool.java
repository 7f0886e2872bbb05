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
import java.util.List;
import java.util.Objects;

/**
 * {@code jira_update_issue}: changes only what is given. People, priorities, components, versions and custom
 * fields go by name and are checked against the issue's edit metadata before anything is sent.
 */
public final class JiraUpdateIssueTool implements ToolHandler {

  /** The arguments that change something, in the order the answer names them. */
  private static final List<String> CHANGES = List.of("summary", "description", "assignee", "priority", "labels",
      "add_labels", "remove_labels", "due_date", "components", "fix_versions", "parent", "fields");

  public static final ServerTool TOOL = ToolDefinition.builder("jira_update_issue")
      .title("Update a Jira issue")
      .description("""
          Change a Jira issue; only what is given changes, checked first. People: "me", "none", email, name, \
          accountId. fields: any field by name or id. Example: issue_key="PROJ-12", assignee="Priya", \
          add_labels=["payments"], fields={"Story Points": 3}.""")
      .toolset(Toolset.JIRA)
      .input(InputSchema.object()
          .issueKey("issue_key")
          .string("summary", "One line.", s -> s.minLength(1).maxLength(255).pattern(InputSchema.ONE_LINE_PATTERN))
          .string("description", "Markdown; replaces it all.")
          .string("assignee", "Person or \"none\".")
          .string("priority", "Name, e.g. High.")
          .stringList("labels", "Replaces all.", IssueInputs.MAX_ITEMS)
          .stringList("add_labels", "To add.", IssueInputs.MAX_ITEMS)
          .stringList("remove_labels", "To remove.", IssueInputs.MAX_ITEMS)
          .string("due_date", "YYYY-MM-DD or \"none\".")
          .stringList("components", "Names; replaces.", IssueInputs.MAX_ITEMS)
          .stringList("fix_versions", "Names; replaces.", IssueInputs.MAX_ITEMS)
          .string("parent", "Epic or parent key, or \"none\".")
          .map("fields", "Name or id to value.", IssueInputs.MAX_ITEMS)
          .required("issue_key")
          .build())
      .writes(true, true)
      .calls(JiraOperations.EDIT_ISSUE, JiraOperations.EDIT_META, JiraOperations.ASSIGNABLE_USERS,
          JiraOperations.FIND_USERS, JiraOperations.MYSELF)
      .handler(services -> new JiraUpdateIssueTool(services.jiraEditing()));

  private final JiraEditing jira;

  JiraUpdateIssueTool(JiraEditing jira) {
    this.jira = Objects.requireNonNull(jira, "jira");
  }

  @Override
  public ToolResult call(ToolArguments arguments, ToolContext context) {
    String key = arguments.issueKey("issue_key");
    if (CHANGES.stream().noneMatch(arguments::has)) {
      throw new ToolInputException("Give at least one of " + String.join(", ", CHANGES) + ": nothing to change on "
          + key + ".");
    }
    if (arguments.has("labels") && (arguments.has("add_labels") || arguments.has("remove_labels"))) {
      throw new ToolInputException("labels replaces all labels; give it or add_labels/remove_labels, not both.");
    }
    IssueChange change = jira.changeOf(key);
    arguments.string("summary").map(String::strip).ifPresent(s -> change.set("summary", s, "summary \"" + s + "\""));
    arguments.string("description").ifPresent(markdown -> change.description(markdown, true));
    arguments.string("assignee").ifPresent(change::assignee);
    arguments.string("priority").ifPresent(priority -> change.screenField("priority", "priority", priority));
    if (arguments.has("labels")) {
      change.labels(arguments.strings("labels"));
    }
    change.editLabels(arguments.strings("add_labels"), arguments.strings("remove_labels"));
    arguments.string("due_date").ifPresent(change::dueDate);
    if (arguments.has("components")) {
      change.screenField("components", "components", arguments.strings("components"));
    }
    if (arguments.has("fix_versions")) {
      change.screenField("fix_versions", "fixVersions", arguments.strings("fix_versions"));
    }
    arguments.string("parent").ifPresent(change::parent);
    arguments.map("fields").ifPresent(change::fields);
    jira.edit(key, change);
    return ToolResult.text("Updated " + key + ": " + String.join("; ", change.changes()) + ".");
  }
}
