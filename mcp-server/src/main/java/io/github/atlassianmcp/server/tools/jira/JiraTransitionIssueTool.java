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
import io.github.atlassianmcp.server.tools.jira.JiraViews.CommentView;
import io.github.atlassianmcp.server.tools.jira.JiraViews.TransitionView;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** {@code jira_transition_issue}: moves an issue through its workflow by transition name or id. */
public final class JiraTransitionIssueTool implements ToolHandler {

  public static final ServerTool TOOL = ToolDefinition.builder("jira_transition_issue")
      .title("Move a Jira issue to another status")
      .description("""
          Change a Jira issue's status by transition name or id, or target status (see \
          jira_get_transitions), optionally adding a markdown comment. \
          Example: issue_key="PROJ-123", transition="In Progress".""")
      .toolset(Toolset.JIRA)
      .input(InputSchema.object()
          .issueKey("issue_key")
          .string("transition", "Transition name or id, or target status.", s -> s.minLength(1))
          .string("comment", "Markdown comment to add.")
          .required("issue_key", "transition")
          .build())
      .writes(false, false)
      .calls(JiraOperations.GET_TRANSITIONS, JiraOperations.DO_TRANSITION, JiraOperations.ADD_COMMENT)
      .handler(services -> new JiraTransitionIssueTool(services.jira()));

  private final JiraService jira;

  JiraTransitionIssueTool(JiraService jira) {
    this.jira = Objects.requireNonNull(jira, "jira");
  }

  @Override
  public ToolResult call(ToolArguments arguments, ToolContext context) {
    String key = arguments.issueKey("issue_key");
    String wanted = arguments.requiredString("transition").strip();
    Optional<String> comment = arguments.string("comment");
    List<TransitionView> available = jira.transitions(key);
    TransitionView transition = choose(wanted, available).orElseThrow(() -> new ToolInputException(
        "No transition \"" + wanted + "\" on " + key + ". " + JiraGetTransitionsTool.describe(key, available)));
    jira.transition(key, transition.id());
    String done = key + ": ran \"" + transition.name() + "\""
        + transition.toStatus().map(status -> "; status is now " + status).orElse("") + ".";
    if (comment.isPresent()) {
      CommentView added = jira.addComment(key, comment.get());
      done += " Added comment " + added.id() + ".";
    }
    return ToolResult.text(done);
  }

  /** By id, then by transition name, then by target status name; all without regard to case. */
  static Optional<TransitionView> choose(String wanted, List<TransitionView> available) {
    return available.stream().filter(t -> t.id().equals(wanted)).findFirst()
        .or(() -> available.stream().filter(t -> t.name().equalsIgnoreCase(wanted)).findFirst())
        .or(() -> available.stream()
            .filter(t -> t.toStatus().map(status -> status.equalsIgnoreCase(wanted)).orElse(false)).findFirst());
  }
}
