package io.github.atlassianmcp.server.tools.jira;

import io.github.atlassianmcp.adf.MarkdownToAdf;
import io.github.atlassianmcp.server.config.Toolset;
import io.github.atlassianmcp.server.tools.InputSchema;
import io.github.atlassianmcp.server.tools.ServerTool;
import io.github.atlassianmcp.server.tools.ToolArguments;
import io.github.atlassianmcp.server.tools.ToolContext;
import io.github.atlassianmcp.server.tools.ToolDefinition;
import io.github.atlassianmcp.server.tools.ToolHandler;
import io.github.atlassianmcp.server.tools.ToolResult;
import java.util.Objects;

/** {@code jira_link_issues}: a link that reads "issue_key phrase target_issue_key", in the direction given. */
public final class JiraLinkIssuesTool implements ToolHandler {

  public static final ServerTool TOOL = ToolDefinition.builder("jira_link_issues")
      .title("Link two Jira issues")
      .description("""
          Link two Jira issues; reads "issue_key <link_type> target_issue_key". link_type is a phrase \
          ("blocks", "is blocked by", "relates to", "duplicates") or a type name ("Blocks"). \
          Example: issue_key="PROJ-1", link_type="is blocked by", target_issue_key="PROJ-2".""")
      .toolset(Toolset.JIRA)
      .input(InputSchema.object()
          .issueKey("issue_key")
          .string("link_type", "Phrase or type name.", s -> s.minLength(1).maxLength(255))
          .issueKey("target_issue_key", "PROJ-2")
          .string("comment", "Markdown comment to add with the link.", s -> s.minLength(1))
          .required("issue_key", "link_type", "target_issue_key")
          .build())
      .writes(false, false)
      .calls(JiraOperations.LINK_TYPES, JiraOperations.LINK_ISSUES)
      .handler(services -> new JiraLinkIssuesTool(
          new JiraLinks(services.auth().access(), new MarkdownToAdf(), services.clock())));

  private final JiraLinks links;

  JiraLinkIssuesTool(JiraLinks links) {
    this.links = Objects.requireNonNull(links, "links");
  }

  @Override
  public ToolResult call(ToolArguments arguments, ToolContext context) {
    String key = arguments.issueKey("issue_key");
    String target = arguments.issueKey("target_issue_key");
    JiraLinks.Reading reading = links.link(key, arguments.requiredString("link_type"), target,
        arguments.string("comment"));
    return ToolResult.text("Linked: " + key + " " + reading.phrase() + " " + target + " (" + target + " "
        + reading.reversePhrase() + " " + key + ")" + (arguments.has("comment") ? ", with the comment." : "."));
  }
}
