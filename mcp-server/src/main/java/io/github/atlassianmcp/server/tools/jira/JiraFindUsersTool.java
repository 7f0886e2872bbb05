package io.github.atlassianmcp.server.tools.jira;

import io.github.atlassianmcp.server.config.Toolset;
import io.github.atlassianmcp.server.tools.InputSchema;
import io.github.atlassianmcp.server.tools.ServerTool;
import io.github.atlassianmcp.server.tools.ToolArguments;
import io.github.atlassianmcp.server.tools.ToolContext;
import io.github.atlassianmcp.server.tools.ToolDefinition;
import io.github.atlassianmcp.server.tools.ToolHandler;
import io.github.atlassianmcp.server.tools.ToolResult;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** {@code jira_find_users}: people by the start of their name or email, for assignee, user fields and mentions. */
public final class JiraFindUsersTool implements ToolHandler {

  public static final ServerTool TOOL = ToolDefinition.builder("jira_find_users")
      .title("Find Jira users")
      .description("""
          Find people by the start of a name or email: name, accountId, email when visible. For assignee, user \
          fields and @mentions. Example: query="priya".""")
      .toolset(Toolset.JIRA)
      .input(InputSchema.object()
          .string("query", "Start of a name or email.", s -> s.minLength(1).maxLength(255))
          .integer("limit", "How many.", 1, 50, 10)
          .required("query")
          .build())
      .reads(Users.class)
      .calls(JiraOperations.FIND_USERS)
      .handler(services -> new JiraFindUsersTool(services.jiraEditing().people()));

  /** One person; the email only when its owner lets others see it. */
  public record UserRow(String name, String accountId, Optional<String> email) {}

  /** The people found, in Jira's order. */
  public record Users(List<UserRow> users) {}

  private final JiraPeople people;

  JiraFindUsersTool(JiraPeople people) {
    this.people = Objects.requireNonNull(people, "people");
  }

  @Override
  public ToolResult call(ToolArguments arguments, ToolContext context) {
    String query = arguments.requiredString("query").strip();
    List<UserRow> rows = people.find(query, arguments.integer("limit")).stream()
        .map(person -> new UserRow(person.name(), person.accountId(), person.email())).toList();
    return ToolResult.of(describe(query, rows), new Users(rows));
  }

  private static String describe(String query, List<UserRow> rows) {
    if (rows.isEmpty()) {
      return "No active person's name or visible email starts with \"" + query + "\".";
    }
    StringBuilder text = new StringBuilder();
    for (UserRow row : rows) {
      text.append("- ").append(row.name()).append(row.email().map(e -> " <" + e + ">").orElse(""))
          .append(" (").append(row.accountId()).append(")\n");
    }
    return text.toString().stripTrailing();
  }
}
