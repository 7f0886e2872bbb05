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
import io.github.atlassianmcp.server.tools.confluence.ConfluenceViews.SpaceList;
import io.github.atlassianmcp.server.tools.confluence.ConfluenceViews.SpaceView;
import java.util.List;
import java.util.Objects;

/** {@code confluence_list_spaces}: the spaces an agent can write in, by key, name and type. */
public final class ConfluenceListSpacesTool implements ToolHandler {

  public static final ServerTool TOOL = ToolDefinition.builder("confluence_list_spaces")
      .title("List Confluence spaces")
      .description("""
          List Confluence spaces: key (the space_key other tools take), name, type; query filters by key or \
          name. Example: query="engineering".""")
      .toolset(Toolset.CONFLUENCE)
      .input(InputSchema.object()
          .string("query", "Words in the space's key or name.")
          .integer("limit", "Spaces to return.", 1, ConfluenceService.MAX_PAGE, 25)
          .build())
      .reads(SpaceList.class)
      .calls(ConfluenceOperations.GET_SPACES)
      .handler(services -> new ConfluenceListSpacesTool(services.confluence()));

  private final ConfluenceService confluence;

  ConfluenceListSpacesTool(ConfluenceService confluence) {
    this.confluence = Objects.requireNonNull(confluence, "confluence");
  }

  @Override
  public ToolResult call(ToolArguments arguments, ToolContext context) {
    SpaceList spaces = confluence.spaces(arguments.string("query"), arguments.integer("limit"));
    return ToolResult.of(text(spaces), spaces);
  }

  private static String text(SpaceList list) {
    String matching = list.query().map(query -> " matching \"" + query + "\"").orElse("");
    if (list.spaces().isEmpty()) {
      return "No space" + matching + (list.query().isPresent() ? "; list them all without query." : ".");
    }
    StringBuilder text = new StringBuilder().append(list.spaces().size())
        .append(list.spaces().size() == 1 ? " space" : " spaces").append(matching)
        .append(list.more().isPresent() ? " (there are more: raise limit or narrow query)" : "").append(":\n")
        .append(AnswerText.header(List.of("Key", "Name", "Type"))).append('\n');
    for (SpaceView space : list.spaces()) {
      text.append(AnswerText.row(List.of(space.key(), AnswerText.cell(space.name(), 80), space.type()))).append('\n');
    }
    return text.toString().stripTrailing();
  }
}
