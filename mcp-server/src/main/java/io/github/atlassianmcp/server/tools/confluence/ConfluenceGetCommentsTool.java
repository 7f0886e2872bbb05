package io.github.atlassianmcp.server.tools.confluence;

import io.github.atlassianmcp.server.config.Toolset;
import io.github.atlassianmcp.server.tools.AnswerText;
import io.github.atlassianmcp.server.tools.InputSchema;
import io.github.atlassianmcp.server.tools.ServerTool;
import io.github.atlassianmcp.server.tools.ToolArguments;
import io.github.atlassianmcp.server.tools.ToolContext;
import io.github.atlassianmcp.server.tools.ToolDefinition;
import io.github.atlassianmcp.server.tools.ToolHandler;
import io.github.atlassianmcp.server.tools.ToolResult;
import io.github.atlassianmcp.server.tools.confluence.ConfluenceViews.CommentThreads;
import io.github.atlassianmcp.server.tools.confluence.ConfluenceViews.CommentView;
import java.util.Objects;

/** {@code confluence_get_comments}: a page's footer comments, each followed by its replies, as a threaded list. */
public final class ConfluenceGetCommentsTool implements ToolHandler {

  public static final ServerTool TOOL = ToolDefinition.builder("confluence_get_comments")
      .title("Read a Confluence page's comments")
      .description("""
          A Confluence page's footer comments, threaded with their replies, oldest first: author, date, id (for \
          reply_to) and markdown text. Example: page_id="123456".""")
      .toolset(Toolset.CONFLUENCE)
      .input(InputSchema.object()
          .numericId("page_id")
          .integer("limit", "Comments to return, each with its replies.", 1, 100, 25)
          .required("page_id")
          .build())
      .reads(CommentThreads.class)
      .calls(ConfluenceOperations.GET_PAGE_COMMENTS, ConfluenceOperations.GET_REPLIES, ConfluenceOperations.GET_USERS)
      .handler(services -> new ConfluenceGetCommentsTool(services.confluence()));

  private final ConfluenceService confluence;

  ConfluenceGetCommentsTool(ConfluenceService confluence) {
    this.confluence = Objects.requireNonNull(confluence, "confluence");
  }

  @Override
  public ToolResult call(ToolArguments arguments, ToolContext context) {
    CommentThreads threads = confluence.comments(Long.parseLong(arguments.requiredString("page_id")),
        arguments.integer("limit"));
    return ToolResult.of(text(threads), threads);
  }

  private static String text(CommentThreads threads) {
    if (threads.comments().isEmpty()) {
      return "No comments on page " + threads.pageId() + ".";
    }
    long roots = threads.comments().stream().filter(comment -> comment.depth() == 0).count();
    int all = threads.comments().size();
    StringBuilder text = new StringBuilder().append(roots).append(roots == 1 ? " comment" : " comments");
    if (all > roots) {
      text.append(" and ").append(all - roots).append(all - roots == 1 ? " reply" : " replies");
    }
    text.append(" on page ").append(threads.pageId()).append(", oldest first:\n");
    for (CommentView comment : threads.comments()) {
      String indent = "  ".repeat(comment.depth());
      text.append(indent).append("- **").append(comment.author()).append("**")
          .append(comment.created().map(date -> " · " + AnswerText.dateTime(date)).orElse(""))
          .append(" · comment ").append(comment.id()).append('\n');
      String body = comment.body().strip();
      for (String line : (body.isEmpty() ? "(empty)" : body).split("\n", -1)) {
        text.append(line.isEmpty() ? "" : indent + "  " + line).append('\n');
      }
    }
    if (threads.more().isPresent()) {
      text.append("There are more comments: ask with a higher limit.\n");
    }
    return text.toString().stripTrailing();
  }
}
