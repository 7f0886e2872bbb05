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
import io.github.atlassianmcp.server.tools.files.AttachmentUpload;
import io.github.atlassianmcp.server.tools.jira.JiraViews.CommentView;
import io.github.atlassianmcp.server.tools.jira.JiraViews.IssueDetails;
import io.github.atlassianmcp.server.tools.jira.JiraViews.IssueRef;
import io.github.atlassianmcp.server.tools.jira.JiraViews.IssueView;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** {@code jira_get_issue}: one issue with its fields, description and latest comments, as markdown. */
public final class JiraGetIssueTool implements ToolHandler {

  public static final ServerTool TOOL = ToolDefinition.builder("jira_get_issue")
      .title("Get a Jira issue")
      .description("""
          Read one Jira issue: fields, sprint, time tracking, custom fields, links, subtasks, attachments, \
          the description as markdown and the latest comments. Example: issue_key="PROJ-123", comments=10.""")
      .toolset(Toolset.JIRA)
      .input(InputSchema.object()
          .issueKey("issue_key")
          .integer("comments", "Latest comments to include; 0 for none.", 0, 100, 5)
          .required("issue_key")
          .build())
      .reads(IssueView.class)
      .calls(JiraOperations.GET_ISSUE, JiraOperations.GET_COMMENTS)
      .handler(services -> new JiraGetIssueTool(services.jira()));

  private final JiraService jira;

  JiraGetIssueTool(JiraService jira) {
    this.jira = Objects.requireNonNull(jira, "jira");
  }

  @Override
  public ToolResult call(ToolArguments arguments, ToolContext context) {
    String key = arguments.issueKey("issue_key");
    int comments = arguments.integer("comments");
    IssueView issue = jira.issue(key, comments);
    return ToolResult.of(text(issue, comments), issue);
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
    issue.created().ifPresent(d -> more.add("created " + AnswerText.dateTime(d)));
    issue.updated().ifPresent(d -> more.add("updated " + AnswerText.dateTime(d)));
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
    details(issue.details(), text);
    issue.url().ifPresent(url -> text.append(url).append('\n'));
    issue.description().ifPresent(description ->
        text.append("\n## Description\n").append(description.strip()).append('\n'));
    if (!issue.comments().isEmpty()) {
      text.append("\n## Comments (").append(issue.comments().size() < issue.totalComments()
          ? "latest " + issue.comments().size() + " of " + issue.totalComments()
          : issue.comments().size()).append(")\n");
      for (CommentView comment : issue.comments()) {
        text.append("\n**").append(comment.author()).append("**")
            .append(comment.created().map(d -> ", " + AnswerText.dateTime(d)).orElse("")).append(":\n")
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

  /** Planning and custom fields on one line; links, subtasks and attachments on one line each. */
  private static void details(IssueDetails details, StringBuilder text) {
    List<String> planning = new ArrayList<>();
    details.sprint().ifPresent(sprint -> planning.add("sprint " + sprint.name() + " (" + sprint.state()
        + (details.earlierSprints().isEmpty() ? "" : "; before: " + String.join(", ", details.earlierSprints()))
        + ")"));
    if (!details.fixVersions().isEmpty()) {
      planning.add("fix " + String.join(", ", details.fixVersions()));
    }
    details.timeTracking().ifPresent(time -> {
      List<String> parts = new ArrayList<>();
      time.originalEstimate().ifPresent(e -> parts.add(e + " estimated"));
      time.remainingEstimate().ifPresent(e -> parts.add(e + " left"));
      time.timeSpent().ifPresent(e -> parts.add(e + " logged"));
      planning.add("time " + String.join(", ", parts));
    });
    details.customFields().forEach((name, value) -> planning.add(name + ": " + value));
    line("", planning, " · ", text);
    line("links: ", details.links().stream().map(link -> link.phrase() + " "
        + reference(new IssueRef(link.key(), link.summary(), link.status()))).toList(), "; ", text);
    line("subtasks: ", details.subtasks().stream().map(JiraGetIssueTool::reference).toList(), "; ", text);
    line("attachments: ", details.attachments().stream().map(a -> a.id() + " " + a.filename()
        + " (" + AttachmentUpload.readableSize(a.size()) + ")").toList(), ", ", text);
  }

  private static void line(String title, List<String> items, String separator, StringBuilder text) {
    if (!items.isEmpty()) {
      text.append(title).append(String.join(separator, items)).append('\n');
    }
  }

  private static String reference(IssueRef issue) {
    return issue.key() + " " + AnswerText.truncate(issue.summary(), 50)
        + issue.status().map(status -> " (" + status + ")").orElse("");
  }
}
