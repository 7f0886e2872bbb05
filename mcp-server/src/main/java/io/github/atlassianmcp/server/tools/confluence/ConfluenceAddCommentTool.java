package io.github.atlassianmcp.server.tools.confluence;

import io.github.atlassianmcp.server.config.Toolset;
import io.github.atlassianmcp.server.format.pageedit.PageEdit;
import io.github.atlassianmcp.server.tools.InputSchema;
import io.github.atlassianmcp.server.tools.ServerTool;
import io.github.atlassianmcp.server.tools.ToolArguments;
import io.github.atlassianmcp.server.tools.ToolContext;
import io.github.atlassianmcp.server.tools.ToolDefinition;
import io.github.atlassianmcp.server.tools.ToolHandler;
import io.github.atlassianmcp.server.tools.ToolInputException;
import io.github.atlassianmcp.server.tools.ToolResult;
import io.github.atlassianmcp.server.tools.confluence.ConfluenceViews.AddedComment;
import java.util.Objects;
import java.util.Optional;

/** {@code confluence_add_comment}: a footer comment on a page, or a reply to one, written from markdown. */
public final class ConfluenceAddCommentTool implements ToolHandler {

  public static final ServerTool TOOL = ToolDefinition.builder("confluence_add_comment")
      .title("Comment on a Confluence page")
      .description("""
          Add a markdown footer comment to a Confluence page, or a reply with reply_to (a comment id from \
          confluence_get_comments). Example: page_id="123456", comment="Approved.", reply_to="98319".""")
      .toolset(Toolset.CONFLUENCE)
      .input(InputSchema.object()
          .numericId("page_id")
          .string("comment", "The comment, markdown.")
          .string("reply_to", "Id of the comment to reply to.", s -> s.pattern(InputSchema.NUMERIC_ID_PATTERN))
          .required("page_id", "comment")
          .build())
      .writes(false, false)
      .calls(ConfluenceOperations.GET_COMMENT, ConfluenceOperations.CREATE_COMMENT)
      .handler(services -> new ConfluenceAddCommentTool(services.confluence(), new PageEdit()));

  private final ConfluenceService confluence;
  private final PageEdit pageEdit;

  ConfluenceAddCommentTool(ConfluenceService confluence, PageEdit pageEdit) {
    this.confluence = Objects.requireNonNull(confluence, "confluence");
    this.pageEdit = Objects.requireNonNull(pageEdit, "pageEdit");
  }

  @Override
  public ToolResult call(ToolArguments arguments, ToolContext context) {
    long pageId = Long.parseLong(arguments.requiredString("page_id"));
    Optional<Long> replyTo = arguments.string("reply_to").map(Long::parseLong);
    replyTo.ifPresent(parent -> {
      String onPage = confluence.pageOfComment(parent);
      if (!onPage.equals(String.valueOf(pageId))) {
        throw new ToolInputException("Comment " + parent + " is on page " + onPage + ", not on page " + pageId
            + ". Give the page the comment is on, or reply to a comment of page " + pageId + ".");
      }
    });
    AddedComment added = confluence.addComment(pageId, replyTo, pageEdit.newPage(arguments.requiredString("comment")));
    return ToolResult.text(replyTo.map(parent -> "Replied to comment " + parent + " on page " + added.pageId()
            + " with comment " + added.id() + ".")
        .orElse("Added comment " + added.id() + " on page " + added.pageId() + ".")
        + added.url().map(url -> "\n" + url).orElse(""));
  }
}
