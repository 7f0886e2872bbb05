package io.github.atlassianmcp.server.tools.confluence;

import io.github.atlassianmcp.server.config.Toolset;
import io.github.atlassianmcp.server.tools.InputSchema;
import io.github.atlassianmcp.server.tools.AnswerText;
import io.github.atlassianmcp.server.tools.ServerTool;
import io.github.atlassianmcp.server.tools.ToolHandler;
import io.github.atlassianmcp.server.tools.ToolArguments;
import io.github.atlassianmcp.server.tools.ToolContext;
import io.github.atlassianmcp.server.tools.ToolDefinition;
import io.github.atlassianmcp.server.tools.ToolResult;
import io.github.atlassianmcp.server.tools.confluence.ConfluenceViews.PageView;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** {@code confluence_get_page}: one page as markdown (macros, tables and code blocks kept readable). */
public final class ConfluenceGetPageTool implements ToolHandler {

  public static final ServerTool TOOL = ToolDefinition.builder("confluence_get_page")
      .title("Read a Confluence page")
      .description("""
          Read a Confluence page as markdown (headings, tables, code with language, panels, links). The id \
          comes from confluence_search or a page URL (.../pages/123456/...). Example: page_id="123456".""")
      .toolset(Toolset.CONFLUENCE)
      .input(InputSchema.object()
          .string("page_id", "Page id, e.g. 123456.", s -> s.pattern(InputSchema.NUMERIC_ID_PATTERN))
          .required("page_id")
          .build())
      .reads(PageView.class)
      .calls(ConfluenceOperations.GET_PAGE, ConfluenceOperations.GET_SPACE)
      .handler(services -> new ConfluenceGetPageTool(services.confluence()));

  private final ConfluenceService confluence;

  ConfluenceGetPageTool(ConfluenceService confluence) {
    this.confluence = Objects.requireNonNull(confluence, "confluence");
  }

  @Override
  public ToolResult call(ToolArguments arguments, ToolContext context) {
    PageView page = confluence.page(Long.parseLong(arguments.requiredString("page_id")));
    return ToolResult.of(text(page), page);
  }

  private static String text(PageView page) {
    StringBuilder text = new StringBuilder("# ").append(page.title()).append('\n');
    List<String> facts = new ArrayList<>();
    page.space().ifPresent(space -> facts.add("space " + space));
    page.version().ifPresent(version -> facts.add("version " + version));
    page.updated().ifPresent(date -> facts.add("updated " + AnswerText.dateTime(date)));
    facts.add("page " + page.id());
    text.append(String.join(" · ", facts)).append('\n');
    page.url().ifPresent(url -> text.append(url).append('\n'));
    text.append('\n').append(page.body().isBlank() ? "(The page is empty.)" : page.body().strip());
    return text.toString();
  }
}
