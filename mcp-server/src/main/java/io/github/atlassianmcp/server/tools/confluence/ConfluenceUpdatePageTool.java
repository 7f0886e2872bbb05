package io.github.atlassianmcp.server.tools.confluence;

import io.github.atlassianmcp.server.atlassian.AtlassianException;
import io.github.atlassianmcp.server.config.Toolset;
import io.github.atlassianmcp.server.format.pageedit.EditResult;
import io.github.atlassianmcp.server.format.pageedit.PageChange;
import io.github.atlassianmcp.server.format.pageedit.PageEdit;
import io.github.atlassianmcp.server.tools.InputSchema;
import io.github.atlassianmcp.server.tools.ServerTool;
import io.github.atlassianmcp.server.tools.ToolArguments;
import io.github.atlassianmcp.server.tools.ToolContext;
import io.github.atlassianmcp.server.tools.ToolDefinition;
import io.github.atlassianmcp.server.tools.ToolHandler;
import io.github.atlassianmcp.server.tools.ToolResult;
import io.github.atlassianmcp.server.tools.confluence.ConfluenceViews.PageSource;
import io.github.atlassianmcp.server.tools.confluence.ConfluenceViews.SavedPage;
import java.util.Objects;
import java.util.Optional;

/**
 * {@code confluence_update_page}: writes markdown into a page without losing what the agent did not touch (see
 * {@link PageEdit}), as a new version. The version written is the one read plus one, so Confluence refuses it
 * (409) when someone saved in between: a section edit or an append is then applied again, once, to what they
 * saved; a whole-body replace is not, as it would overwrite their change.
 */
public final class ConfluenceUpdatePageTool implements ToolHandler {

  public static final ServerTool TOOL = ToolDefinition.builder("confluence_update_page")
      .title("Edit a Confluence page")
      .description("""
          Edit a Confluence page in markdown: the whole body, or only section="Heading", or append=true; the rest \
          stays byte for byte. Keep the {{...}} placeholders and frame lines confluence_get_page shows. Never \
          overwrites a newer version. Example: page_id="123456", section="Risks", content="- Vendor delay".""")
      .toolset(Toolset.CONFLUENCE)
      .input(InputSchema.object()
          .numericId("page_id")
          .string("content", "Markdown: new body, section content, or what to append.")
          .string("title", "New title.", s -> s.maxLength(255).pattern(InputSchema.ONE_LINE_PATTERN))
          .string("section", "Heading of the section to replace or append to, e.g. Rollout plan or Overview > Goals.")
          .bool("append", "Add content instead of replacing.", false)
          .string("version_comment", "Why, for the page history.", s -> s.maxLength(255))
          .required("page_id", "content")
          .build())
      .writes(true, false)
      .calls(ConfluenceOperations.GET_PAGE, ConfluenceOperations.UPDATE_PAGE)
      .handler(services -> new ConfluenceUpdatePageTool(services.confluence(), new PageEdit()));

  private final ConfluenceService confluence;
  private final PageEdit pageEdit;

  ConfluenceUpdatePageTool(ConfluenceService confluence, PageEdit pageEdit) {
    this.confluence = Objects.requireNonNull(confluence, "confluence");
    this.pageEdit = Objects.requireNonNull(pageEdit, "pageEdit");
  }

  @Override
  public ToolResult call(ToolArguments arguments, ToolContext context) {
    long id = Long.parseLong(arguments.requiredString("page_id"));
    PageChange change = new PageChange(arguments.requiredString("content"), arguments.string("section").orElse(null),
        arguments.bool("append"));
    Optional<String> title = arguments.string("title").map(String::strip);
    Optional<String> comment = arguments.string("version_comment").map(String::strip);

    PageSource read = confluence.pageSource(id);
    EditResult edit = pageEdit.apply(read.storage(), change);
    if (edit instanceof EditResult.Refused refused) {
      return ToolResult.error(refused.reason());
    }
    EditResult.Applied applied = (EditResult.Applied) edit;
    try {
      SavedPage saved = confluence.updatePage(id, title.orElse(read.title()), read.version() + 1, comment,
          applied.storage());
      return ToolResult.text(done(saved, applied, comment, Optional.empty()));
    } catch (AtlassianException e) {
      if (!isConflict(e)) {
        throw e;
      }
    }
    return afterConflict(id, change, title, comment, applied);
  }

  /** Someone saved the page between our read and our write: apply the change to their version, once. */
  private ToolResult afterConflict(long id, PageChange change, Optional<String> title, Optional<String> comment,
      EditResult.Applied first) {
    PageSource latest = confluence.pageSource(id);
    if (latest.storage().equals(first.storage()) && title.map(latest.title()::equals).orElse(true)) {
      // Our own write landed although its answer said otherwise (a repeated request): nothing more to do.
      return ToolResult.text(done(new SavedPage(String.valueOf(id), latest.title(), latest.version(), Optional.empty(),
          Optional.empty()), first, comment, Optional.empty()));
    }
    if (change.section() == null && !change.append()) {
      return ToolResult.error("Not saved: page " + id + " changed while this edit was being saved (it is now"
          + " version " + latest.version() + "), and replacing the whole body would overwrite that change. Read it"
          + " again with confluence_get_page and redo the edit on the new version, or change only a section.");
    }
    EditResult again = pageEdit.apply(latest.storage(), change);
    if (again instanceof EditResult.Refused refused) {
      return ToolResult.error("Not saved: page " + id + " changed meanwhile (now version " + latest.version()
          + ") and the edit no longer applies: " + refused.reason());
    }
    EditResult.Applied applied = (EditResult.Applied) again;
    try {
      SavedPage saved = confluence.updatePage(id, title.orElse(latest.title()), latest.version() + 1, comment,
          applied.storage());
      return ToolResult.text(done(saved, applied, comment, Optional.of(latest.version())));
    } catch (AtlassianException e) {
      if (!isConflict(e)) {
        throw e;
      }
      return ToolResult.error("Not saved: page " + id + " is being changed by someone else right now (it moved"
          + " past version " + latest.version() + " twice while this edit was saved). Read it again with"
          + " confluence_get_page and retry in a moment.");
    }
  }

  private static boolean isConflict(AtlassianException e) {
    return e.failure().statusCode() == 409;
  }

  private static String done(SavedPage saved, EditResult.Applied applied, Optional<String> comment,
      Optional<Integer> changedMeanwhile) {
    return "Updated page " + saved.id() + " \"" + saved.title() + "\" to version " + saved.version()
        + comment.map(c -> " (\"" + c + "\")").orElse("") + ". " + applied.summary()
        + changedMeanwhile.map(version -> " Someone saved version " + version + " while this edit was being saved;"
            + " the edit was applied on top of their version, which is kept.").orElse("")
        + saved.url().map(url -> "\n" + url).orElse("");
  }
}
