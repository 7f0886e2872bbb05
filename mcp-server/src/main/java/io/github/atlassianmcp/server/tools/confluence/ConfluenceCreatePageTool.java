package io.github.atlassianmcp.server.tools.confluence;

import io.github.atlassianmcp.server.atlassian.AtlassianException;
import io.github.atlassianmcp.server.config.Toolset;
import io.github.atlassianmcp.server.format.pageedit.PageEdit;
import io.github.atlassianmcp.server.tools.InputSchema;
import io.github.atlassianmcp.server.tools.ServerTool;
import io.github.atlassianmcp.server.tools.ToolArguments;
import io.github.atlassianmcp.server.tools.ToolContext;
import io.github.atlassianmcp.server.tools.ToolDefinition;
import io.github.atlassianmcp.server.tools.ToolHandler;
import io.github.atlassianmcp.server.tools.ToolResult;
import io.github.atlassianmcp.server.tools.confluence.ConfluenceViews.SavedPage;
import java.util.Objects;
import java.util.Optional;

/** {@code confluence_create_page}: a new page from markdown, written in Confluence's storage format. */
public final class ConfluenceCreatePageTool implements ToolHandler {

  public static final ServerTool TOOL = ToolDefinition.builder("confluence_create_page")
      .title("Create a Confluence page")
      .description("""
          Create a Confluence page from markdown (tables, code with language, task lists, > [!NOTE] panels; \
          {{table of contents}}, {{status DONE}}, {{jira PROJ-1}} make macros), under the space's home page or \
          parent_id. Example: space_key="ENG", title="Q3 retro", content="## Decisions\\n- Ship Friday".""")
      .toolset(Toolset.CONFLUENCE)
      .input(InputSchema.object()
          .string("space_key", "Space key, e.g. ENG.", s -> s.pattern(InputSchema.SPACE_KEY_PATTERN))
          .string("title", "Page title, unique in the space.", s -> s.maxLength(255)
              .pattern(InputSchema.ONE_LINE_PATTERN))
          .string("content", "The page, markdown.")
          .string("parent_id", "Id of the parent page.", s -> s.pattern(InputSchema.NUMERIC_ID_PATTERN))
          .required("space_key", "title", "content")
          .build())
      .writes(false, false)
      .calls(ConfluenceOperations.GET_SPACES, ConfluenceOperations.CREATE_PAGE)
      .handler(services -> new ConfluenceCreatePageTool(services.confluence(), new PageEdit()));

  private final ConfluenceService confluence;
  private final PageEdit pageEdit;

  ConfluenceCreatePageTool(ConfluenceService confluence, PageEdit pageEdit) {
    this.confluence = Objects.requireNonNull(confluence, "confluence");
    this.pageEdit = Objects.requireNonNull(pageEdit, "pageEdit");
  }

  @Override
  public ToolResult call(ToolArguments arguments, ToolContext context) {
    String space = ConfluenceInputs.spaceKey(arguments.requiredString("space_key"));
    String title = arguments.requiredString("title").strip();
    Optional<Long> parent = arguments.string("parent_id").map(Long::parseLong);
    String storage = pageEdit.newPage(arguments.requiredString("content"));
    SavedPage page;
    try {
      page = confluence.createPage(space, title, storage, parent);
    } catch (AtlassianException e) {
      if (e.failure().statusCode() == 400 && e.failure().responseBody().contains("already exists")) {
        throw e.withAdvice("Pick another title, or change that page with confluence_update_page (confluence_get_page"
            + " title=\"" + title + "\" space_key=\"" + space + "\" gives its id).");
      }
      throw e;
    }
    return ToolResult.text("Created page " + page.id() + " \"" + page.title() + "\" in " + space
        + page.parentId().map(id -> " under page " + id).orElse("") + ", version " + page.version() + "."
        + page.url().map(url -> "\n" + url).orElse(""));
  }
}
