package io.github.atlassianmcp.server.tools.jira;

import io.github.atlassianmcp.client.jira.platform.api.ProjectsApi;
import io.github.atlassianmcp.client.jira.platform.model.Project;
import io.github.atlassianmcp.client.jira.platform.model.User;
import io.github.atlassianmcp.server.atlassian.AtlassianCall;
import io.github.atlassianmcp.server.atlassian.Product;
import io.github.atlassianmcp.server.auth.AtlassianAccess;
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

/** {@code jira_list_projects}: the projects the user can see, with their lead and issue types in one line each. */
public final class JiraListProjectsTool implements ToolHandler {

  public static final ServerTool TOOL = ToolDefinition.builder("jira_list_projects")
      .title("List Jira projects")
      .description("""
          List Jira projects you can see: key, name, type, lead and issue types. Example: query="pay".""")
      .toolset(Toolset.JIRA)
      .input(InputSchema.object()
          .string("query", "Part of a key or name.", s -> s.maxLength(255))
          .integer("limit", "How many.", 1, 100, 50)
          .build())
      .reads(Projects.class)
      .calls(JiraOperations.SEARCH_PROJECTS)
      .handler(services -> new JiraListProjectsTool(services.jiraEditing().access()));

  /**
   * One project.
   *
   * @param type software, business or service_desk
   * @param issueTypes its issue types, subtask types marked "(subtask)"
   */
  public record ProjectRow(String key, String name, Optional<String> type, Optional<String> lead,
      List<String> issueTypes) {}

  /**
   * @param more whether more projects match than were listed
   */
  public record Projects(List<ProjectRow> projects, boolean more) {}

  private final AtlassianAccess access;

  JiraListProjectsTool(AtlassianAccess access) {
    this.access = Objects.requireNonNull(access, "access");
  }

  @Override
  public ToolResult call(ToolArguments arguments, ToolContext context) {
    Optional<String> query = arguments.string("query").map(String::strip);
    int limit = arguments.integer("limit");
    var page = AtlassianCall.run(Product.JIRA, JiraOperations.SEARCH_PROJECTS, "the projects", () -> {
      var request = new ProjectsApi(access.clients().jiraPlatform()).searchProjects()
          .maxResults(limit).orderBy("key").expand("lead,issueTypes");
      query.ifPresent(request::query);
      return request.execute();
    });
    List<ProjectRow> rows = (page.getValues() == null ? List.<Project>of() : page.getValues()).stream()
        .map(JiraListProjectsTool::row).toList();
    boolean more = Boolean.FALSE.equals(page.getIsLast());
    return ToolResult.of(describe(query, rows, more), new Projects(rows, more));
  }

  private static ProjectRow row(Project project) {
    List<String> types = project.getIssueTypes() == null ? List.of() : project.getIssueTypes().stream()
        .map(type -> type.getName() + (Boolean.TRUE.equals(type.getSubtask()) ? " (subtask)" : ""))
        .toList();
    return new ProjectRow(project.getKey(), project.getName(),
        Optional.ofNullable(project.getProjectTypeKey()).map(Object::toString),
        Optional.ofNullable(project.getLead()).map(User::getDisplayName), types);
  }

  private static String describe(Optional<String> query, List<ProjectRow> rows, boolean more) {
    if (rows.isEmpty()) {
      return query.map(q -> "No project you can see matches \"" + q + "\".").orElse("You can see no projects.");
    }
    StringBuilder text = new StringBuilder();
    for (ProjectRow row : rows) {
      text.append("- ").append(row.key()).append(": ").append(row.name())
          .append(row.type().map(t -> " (" + t + ")").orElse(""))
          .append(row.lead().map(l -> ", lead " + l).orElse(""));
      if (!row.issueTypes().isEmpty()) {
        text.append(". Types: ").append(String.join(", ", row.issueTypes()));
      }
      text.append('\n');
    }
    if (more) {
      text.append("More projects match: narrow with query or raise limit.");
    }
    return text.toString().stripTrailing();
  }
}
