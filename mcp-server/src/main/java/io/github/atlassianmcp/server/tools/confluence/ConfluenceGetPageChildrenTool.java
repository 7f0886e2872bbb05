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
import io.github.atlassianmcp.server.tools.confluence.ConfluenceViews.ChildPage;
import io.github.atlassianmcp.server.tools.confluence.ConfluenceViews.ChildPages;
import java.util.List;
import java.util.Objects;

/** {@code confluence_get_page_children}: a page's child pages in their order, each with its own child count. */
public final class ConfluenceGetPageChildrenTool implements ToolHandler {

  public static final ServerTool TOOL = ToolDefinition.builder("confluence_get_page_children")
      .title("List a Confluence page's children")
      .description("""
          A Confluence page's child pages in order: id, title and their own child count (to walk the tree). \
          Example: page_id="123456".""")
      .toolset(Toolset.CONFLUENCE)
      .input(InputSchema.object()
          .numericId("page_id")
          .integer("limit", "Child pages to return.", 1, 100, 25)
          .required("page_id")
          .build())
      .reads(ChildPages.class)
      .calls(ConfluenceOperations.GET_CHILD_PAGES)
      .handler(services -> new ConfluenceGetPageChildrenTool(services.confluence()));

  private final ConfluenceService confluence;

  ConfluenceGetPageChildrenTool(ConfluenceService confluence) {
    this.confluence = Objects.requireNonNull(confluence, "confluence");
  }

  @Override
  public ToolResult call(ToolArguments arguments, ToolContext context) {
    ChildPages children = confluence.children(Long.parseLong(arguments.requiredString("page_id")),
        arguments.integer("limit"));
    return ToolResult.of(text(children), children);
  }

  private static String text(ChildPages children) {
    if (children.children().isEmpty()) {
      return "Page " + children.pageId() + " has no child pages.";
    }
    StringBuilder text = new StringBuilder().append(children.children().size())
        .append(children.children().size() == 1 ? " child page" : " child pages").append(" of page ")
        .append(children.pageId())
        .append(children.more().isPresent() ? " (there are more: raise limit)" : "").append(":\n")
        .append(AnswerText.header(List.of("Id", "Title", "Children"))).append('\n');
    for (ChildPage child : children.children()) {
      String count = child.childPages().map(n -> n + (child.moreChildPages().isPresent() ? "+" : ""))
          .orElse(AnswerText.NONE);
      text.append(AnswerText.row(List.of(child.id(), AnswerText.cell(child.title(), 100), count))).append('\n');
    }
    return text.toString().stripTrailing();
  }
}
