package io.github.atlassianmcp.server.tools.confluence;

import io.github.atlassianmcp.server.config.Toolset;
import io.github.atlassianmcp.server.tools.AnswerText;
import io.github.atlassianmcp.server.tools.InputSchema;
import io.github.atlassianmcp.server.tools.ServerTool;
import io.github.atlassianmcp.server.tools.ToolArguments;
import io.github.atlassianmcp.server.tools.ToolContext;
import io.github.atlassianmcp.server.tools.ToolDefinition;
import io.github.atlassianmcp.server.tools.ToolHandler;
import io.github.atlassianmcp.server.tools.ToolInputException;
import io.github.atlassianmcp.server.tools.ToolResult;
import io.github.atlassianmcp.server.tools.confluence.ConfluenceViews.PageView;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * {@code confluence_get_page}: one page as markdown (macros, tables and code blocks kept readable), found by id or
 * by title, with what an edit needs: version, labels, parent, children, and the names of its sections.
 */
public final class ConfluenceGetPageTool implements ToolHandler {

  /** Sections listed in the answer; a longer outline is cut (the body still shows every heading). */
  private static final int LISTED_SECTIONS = 40;

  public static final ServerTool TOOL = ToolDefinition.builder("confluence_get_page")
      .title("Read a Confluence page")
      .description("""
          Read a Confluence page as markdown by page_id, or by exact title (+ space_key), with version, labels, \
          parent, children and sections. {{...}} placeholders and frame lines stand for what markdown cannot show. \
          Example: title="Release Process", space_key="ENG".""")
      .toolset(Toolset.CONFLUENCE)
      .input(InputSchema.object()
          .numericId("page_id")
          .string("title", "Exact page title, instead of page_id.")
          .string("space_key", "Space key, e.g. ENG.", s -> s.pattern(InputSchema.SPACE_KEY_PATTERN))
          .build())
      .reads(PageView.class)
      .calls(ConfluenceOperations.GET_PAGE, ConfluenceOperations.GET_PAGES, ConfluenceOperations.GET_SPACE,
          ConfluenceOperations.GET_SPACES, ConfluenceOperations.GET_CHILD_PAGES, ConfluenceOperations.SEARCH)
      .handler(services -> new ConfluenceGetPageTool(services.confluence()));

  private final ConfluenceService confluence;

  ConfluenceGetPageTool(ConfluenceService confluence) {
    this.confluence = Objects.requireNonNull(confluence, "confluence");
  }

  @Override
  public ToolResult call(ToolArguments arguments, ToolContext context) {
    Optional<String> id = arguments.string("page_id");
    Optional<String> title = arguments.string("title").map(String::strip);
    if (id.isPresent() == title.isPresent()) {
      throw new ToolInputException(id.isPresent() ? "Give page_id or title, not both."
          : "Give page_id (e.g. \"123456\") or title (with space_key when several spaces may have it).");
    }
    long pageId = id.isPresent() ? Long.parseLong(id.get())
        : confluence.pageIdByTitle(title.get(), arguments.string("space_key").map(ConfluenceInputs::spaceKey));
    PageView page = confluence.page(pageId);
    return ToolResult.of(text(page), page);
  }

  private static String text(PageView page) {
    StringBuilder text = new StringBuilder("# ").append(page.title()).append('\n');
    List<String> facts = new ArrayList<>();
    page.space().ifPresent(space -> facts.add("space " + space));
    page.version().ifPresent(version -> facts.add("version " + version
        + page.versionMessage().map(message -> " (\"" + AnswerText.truncate(message, 120) + "\")").orElse("")));
    page.updated().ifPresent(date -> facts.add("updated " + AnswerText.dateTime(date)));
    facts.add("page " + page.id());
    text.append(String.join(" · ", facts)).append('\n');
    List<String> family = new ArrayList<>();
    page.parentId().ifPresent(parent -> family.add("parent " + page.parentTitle().map(t -> t + " (" + parent + ")")
        .orElse(parent)));
    page.childPages().ifPresent(count -> family.add(count + (page.moreChildPages().isPresent() ? "+" : "")
        + (count == 1 ? " child page" : " child pages")));
    family.add(page.labels().isEmpty() ? "no labels" : "labels " + String.join(", ", page.labels()));
    text.append(String.join(" · ", family)).append('\n');
    if (!page.sections().isEmpty()) {
      List<String> listed = page.sections().size() > LISTED_SECTIONS
          ? page.sections().subList(0, LISTED_SECTIONS) : page.sections();
      text.append("sections: ").append(String.join("; ", listed))
          .append(page.sections().size() > LISTED_SECTIONS ? "; ..." : "").append('\n');
    }
    page.url().ifPresent(url -> text.append(url).append('\n'));
    text.append('\n').append(page.body().isBlank() ? "(The page is empty.)" : page.body().strip());
    return text.toString();
  }
}
