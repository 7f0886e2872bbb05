package io.github.atlassianmcp.server.tools.confluence;

import static io.github.atlassianmcp.server.tools.JsonSchemas.integer;
import static io.github.atlassianmcp.server.tools.JsonSchemas.properties;
import static io.github.atlassianmcp.server.tools.JsonSchemas.textRecord;

import io.github.atlassianmcp.server.config.Toolset;
import io.github.atlassianmcp.server.tools.InputSchema;
import io.github.atlassianmcp.server.tools.Markdown;
import io.github.atlassianmcp.server.tools.Tool;
import io.github.atlassianmcp.server.tools.ToolArguments;
import io.github.atlassianmcp.server.tools.ToolContext;
import io.github.atlassianmcp.server.tools.ToolDefinition;
import io.github.atlassianmcp.server.tools.ToolInputException;
import io.github.atlassianmcp.server.tools.ToolResult;
import io.github.atlassianmcp.server.tools.confluence.ConfluenceViews.PageView;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** {@code confluence_get_page}: one page as markdown (macros, tables and code blocks kept readable). */
public final class ConfluenceGetPageTool implements Tool {

  public static final ToolDefinition DEFINITION = ToolDefinition.builder("confluence_get_page")
      .title("Read a Confluence page")
      .description("""
          Read a Confluence page as markdown (headings, tables, code with language, panels, links). The id \
          comes from confluence_search or a page URL (.../pages/123456/...). Example: page_id="123456".""")
      .toolset(Toolset.CONFLUENCE)
      .input(InputSchema.object()
          .string("page_id", "Page id, e.g. 123456.", s -> s.pattern("^[0-9]+$"))
          .required("page_id")
          .build())
      // Text fields: id, title, space, updated, url, body (markdown).
      .reads(textRecord(properties("version", integer()), "id", "title", "body"))
      .calls(ConfluenceOperations.GET_PAGE, ConfluenceOperations.GET_SPACE)
      .build();

  private final ConfluenceService confluence;

  public ConfluenceGetPageTool(ConfluenceService confluence) {
    this.confluence = Objects.requireNonNull(confluence, "confluence");
  }

  @Override
  public ToolDefinition definition() {
    return DEFINITION;
  }

  @Override
  public ToolResult call(ToolArguments arguments, ToolContext context) {
    String id = arguments.requiredString("page_id", "\"123456\"");
    if (!id.matches("[0-9]{1,18}")) {
      throw new ToolInputException("page_id must be the page's number, e.g. \"123456\" (from confluence_search or"
          + " the page URL), got \"" + id + "\".");
    }
    PageView page = confluence.page(Long.parseLong(id));
    return ToolResult.of(text(page), structured(page));
  }

  private static String text(PageView page) {
    StringBuilder text = new StringBuilder("# ").append(page.title()).append('\n');
    List<String> facts = new ArrayList<>();
    page.space().ifPresent(space -> facts.add("space " + space));
    page.version().ifPresent(version -> facts.add("version " + version));
    page.updated().ifPresent(date -> facts.add("updated " + Markdown.dateTime(date)));
    facts.add("page " + page.id());
    text.append(String.join(" · ", facts)).append('\n');
    page.url().ifPresent(url -> text.append(url).append('\n'));
    text.append('\n').append(page.body().isBlank() ? "(The page is empty.)" : page.body().strip());
    return text.toString();
  }

  private static Map<String, Object> structured(PageView page) {
    Map<String, Object> result = new LinkedHashMap<>();
    result.put("id", page.id());
    result.put("title", page.title());
    page.space().ifPresent(space -> result.put("space", space));
    page.version().ifPresent(version -> result.put("version", version));
    page.updated().ifPresent(date -> result.put("updated", date.toString()));
    page.url().ifPresent(url -> result.put("url", url));
    result.put("body", page.body());
    return result;
  }
}
