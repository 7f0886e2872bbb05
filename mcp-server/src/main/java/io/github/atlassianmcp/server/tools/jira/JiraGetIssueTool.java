package io.github.atlassianmcp.server.tools.jira;

import static io.github.atlassianmcp.server.tools.JsonSchemas.arrayOf;
import static io.github.atlassianmcp.server.tools.JsonSchemas.integer;
import static io.github.atlassianmcp.server.tools.JsonSchemas.properties;
import static io.github.atlassianmcp.server.tools.JsonSchemas.string;
import static io.github.atlassianmcp.server.tools.JsonSchemas.textRecord;

import io.github.atlassianmcp.server.config.Toolset;
import io.github.atlassianmcp.server.tools.InputSchema;
import io.github.atlassianmcp.server.tools.Markdown;
import io.github.atlassianmcp.server.tools.Tool;
import io.github.atlassianmcp.server.tools.ToolArguments;
import io.github.atlassianmcp.server.tools.ToolContext;
import io.github.atlassianmcp.server.tools.ToolDefinition;
import io.github.atlassianmcp.server.tools.ToolResult;
import io.github.atlassianmcp.server.tools.jira.JiraViews.CommentView;
import io.github.atlassianmcp.server.tools.jira.JiraViews.IssueView;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/** {@code jira_get_issue}: one issue with its fields, description and latest comments, as markdown. */
public final class JiraGetIssueTool implements Tool {

  /** A comment: id, author, created, body (markdown). */
  static final Map<String, Object> COMMENT_SCHEMA = textRecord(properties(), "id", "author", "body");

  public static final ToolDefinition DEFINITION = ToolDefinition.builder("jira_get_issue")
      .title("Get a Jira issue")
      .description("""
          Read one Jira issue: its fields, the description as markdown and the latest comments. \
          Example: issue_key="PROJ-123", comments=10.""")
      .toolset(Toolset.JIRA)
      .input(InputSchema.object()
          .issueKey("issue_key", "PROJ-123")
          .integer("comments", "Latest comments to include; 0 for none.", 0, 100, 5)
          .required("issue_key")
          .build())
      // Text fields: key, summary, type, status, priority, assignee, reporter, created, updated, due, resolution,
      // parent, description (markdown), url.
      .reads(textRecord(properties(
          "labels", arrayOf(string()), "components", arrayOf(string()),
          "comments", arrayOf(COMMENT_SCHEMA), "total_comments", integer()),
          "key", "summary", "comments", "total_comments"))
      .calls(JiraOperations.GET_ISSUE, JiraOperations.GET_COMMENTS)
      .build();

  private final JiraService jira;

  public JiraGetIssueTool(JiraService jira) {
    this.jira = Objects.requireNonNull(jira, "jira");
  }

  @Override
  public ToolDefinition definition() {
    return DEFINITION;
  }

  @Override
  public ToolResult call(ToolArguments arguments, ToolContext context) {
    String key = arguments.issueKey("issue_key");
    int comments = arguments.integer("comments", 5, 0, 100);
    IssueView issue = jira.issue(key, comments);
    return ToolResult.of(text(issue, comments), structured(issue));
  }

  private static String text(IssueView issue, int requested) {
    StringBuilder text = new StringBuilder("# ").append(issue.key()).append(": ").append(issue.summary()).append('\n');
    List<String> facts = new ArrayList<>();
    issue.type().ifPresent(facts::add);
    issue.status().ifPresent(status -> facts.add(status + issue.resolution()
        .filter(resolution -> !resolution.equalsIgnoreCase(status)).map(r -> " (" + r + ")").orElse("")));
    issue.priority().ifPresent(p -> facts.add(p + " priority"));
    facts.add(issue.assignee().map(a -> "assigned to " + a).orElse("unassigned"));
    issue.reporter().ifPresent(r -> facts.add("reported by " + r));
    text.append(String.join(" · ", facts)).append('\n');
    List<String> more = new ArrayList<>();
    issue.created().ifPresent(d -> more.add("created " + Markdown.dateTime(d)));
    issue.updated().ifPresent(d -> more.add("updated " + Markdown.dateTime(d)));
    issue.due().ifPresent(d -> more.add("due " + d));
    issue.parent().ifPresent(p -> more.add("parent " + p));
    if (!issue.labels().isEmpty()) {
      more.add("labels " + String.join(", ", issue.labels()));
    }
    if (!issue.components().isEmpty()) {
      more.add("components " + String.join(", ", issue.components()));
    }
    if (!more.isEmpty()) {
      text.append(String.join(" · ", more)).append('\n');
    }
    issue.url().ifPresent(url -> text.append(url).append('\n'));
    if (!issue.description().isBlank()) {
      text.append("\n## Description\n").append(issue.description().strip()).append('\n');
    }
    if (!issue.comments().isEmpty()) {
      text.append("\n## Comments (").append(issue.comments().size() < issue.totalComments()
          ? "latest " + issue.comments().size() + " of " + issue.totalComments()
          : issue.comments().size()).append(")\n");
      for (CommentView comment : issue.comments()) {
        text.append("\n**").append(comment.author()).append("**")
            .append(comment.created().map(d -> ", " + Markdown.dateTime(d)).orElse("")).append(":\n")
            .append(comment.body().strip()).append('\n');
      }
      long older = issue.totalComments() - issue.comments().size();
      if (older > 0) {
        text.append("\n").append(older).append(" older comment").append(older == 1 ? "" : "s")
            .append(": call jira_get_issue with issue_key=").append(issue.key()).append(" and comments=")
            .append(Math.min(100, issue.totalComments())).append(".\n");
      }
    } else if (requested > 0) {
      text.append("\nNo comments.\n");
    }
    return text.toString().stripTrailing();
  }

  private static Map<String, Object> structured(IssueView issue) {
    Map<String, Object> result = new LinkedHashMap<>();
    result.put("key", issue.key());
    result.put("summary", issue.summary());
    put(result, "type", issue.type());
    put(result, "status", issue.status());
    put(result, "priority", issue.priority());
    put(result, "assignee", issue.assignee());
    put(result, "reporter", issue.reporter());
    issue.created().ifPresent(d -> result.put("created", d.toString()));
    issue.updated().ifPresent(d -> result.put("updated", d.toString()));
    put(result, "due", issue.due());
    put(result, "resolution", issue.resolution());
    put(result, "parent", issue.parent());
    if (!issue.labels().isEmpty()) {
      result.put("labels", issue.labels());
    }
    if (!issue.components().isEmpty()) {
      result.put("components", issue.components());
    }
    if (!issue.description().isBlank()) {
      result.put("description", issue.description());
    }
    put(result, "url", issue.url());
    List<Map<String, Object>> comments = new ArrayList<>();
    for (CommentView comment : issue.comments()) {
      comments.add(comment(comment));
    }
    result.put("comments", comments);
    result.put("total_comments", issue.totalComments());
    return result;
  }

  static Map<String, Object> comment(CommentView comment) {
    Map<String, Object> map = new LinkedHashMap<>();
    map.put("id", comment.id());
    map.put("author", comment.author());
    comment.created().ifPresent(d -> map.put("created", d.toString()));
    map.put("body", comment.body());
    return map;
  }

  private static void put(Map<String, Object> map, String key, Optional<String> value) {
    value.ifPresent(v -> map.put(key, v));
  }
}
