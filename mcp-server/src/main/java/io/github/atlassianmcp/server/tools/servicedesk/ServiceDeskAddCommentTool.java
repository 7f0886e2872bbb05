package io.github.atlassianmcp.server.tools.servicedesk;

import io.github.atlassianmcp.server.atlassian.AtlassianException;
import io.github.atlassianmcp.server.config.Toolset;
import io.github.atlassianmcp.server.tools.InputSchema;
import io.github.atlassianmcp.server.tools.ServerTool;
import io.github.atlassianmcp.server.tools.ToolArguments;
import io.github.atlassianmcp.server.tools.ToolContext;
import io.github.atlassianmcp.server.tools.ToolDefinition;
import io.github.atlassianmcp.server.tools.ToolHandler;
import io.github.atlassianmcp.server.tools.ToolResult;
import io.github.atlassianmcp.server.tools.servicedesk.ServiceDeskViews.CommentView;
import java.util.Objects;

/**
 * {@code servicedesk_add_comment}: a public reply the customer sees (and is notified of), or with
 * {@code public=false} an internal note only agents see. Written in markdown, sent as the wiki markup JSM takes.
 */
public final class ServiceDeskAddCommentTool implements ToolHandler {

  public static final ServerTool TOOL = ToolDefinition.builder("servicedesk_add_comment")
      .title("Reply to a service desk request")
      .description("""
          Comment on a service desk request, in markdown. public=true (default) is a REPLY THE CUSTOMER SEES \
          and is notified of; public=false is an INTERNAL NOTE only agents see. \
          Example: issue_key="SUP-42", comment="Rolled back; please retry.", public=true.""")
      .toolset(Toolset.SERVICEDESK)
      .input(InputSchema.object()
          .issueKey("issue_key")
          .string("comment", "Markdown.", s -> s.minLength(1))
          .bool("public", "true: the customer sees it; false: internal note for agents.", true)
          .required("issue_key", "comment")
          .build())
      .writes(false, false)
      .calls(ServiceDeskOperations.ADD_COMMENT)
      .handler(services -> new ServiceDeskAddCommentTool(services.serviceDesk()));

  private final ServiceDeskService serviceDesk;

  ServiceDeskAddCommentTool(ServiceDeskService serviceDesk) {
    this.serviceDesk = Objects.requireNonNull(serviceDesk, "serviceDesk");
  }

  @Override
  public ToolResult call(ToolArguments arguments, ToolContext context) {
    String key = arguments.issueKey("issue_key");
    boolean isPublic = arguments.bool("public");
    CommentView added;
    try {
      added = serviceDesk.addComment(key, arguments.requiredString("comment"), isPublic);
    } catch (AtlassianException e) {
      if (!isPublic && e.failure().statusCode() == 403) {
        throw e.withAdvice("Only agents of the service desk write internal notes; a customer replies with"
            + " public=true.");
      }
      throw e;
    }
    return ToolResult.text(isPublic
        ? "Replied on " + key + " (comment " + added.id() + "): public, the customer sees it."
        : "Added an internal note to " + key + " (comment " + added.id() + "): agents only, the customer does not"
            + " see it.");
  }
}
