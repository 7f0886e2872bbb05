package io.github.atlassianmcp.server.tools.confluence;

import io.github.atlassianmcp.server.config.Toolset;
import io.github.atlassianmcp.server.tools.InputSchema;
import io.github.atlassianmcp.server.tools.ServerTool;
import io.github.atlassianmcp.server.tools.ToolArguments;
import io.github.atlassianmcp.server.tools.ToolContext;
import io.github.atlassianmcp.server.tools.ToolDefinition;
import io.github.atlassianmcp.server.tools.ToolHandler;
import io.github.atlassianmcp.server.tools.ToolInputException;
import io.github.atlassianmcp.server.tools.ToolResult;
import java.util.List;
import java.util.Objects;

/** {@code confluence_add_labels}: adds labels to a page; the ones it has stay. */
public final class ConfluenceAddLabelsTool implements ToolHandler {

  public static final ServerTool TOOL = ToolDefinition.builder("confluence_add_labels")
      .title("Label a Confluence page")
      .description("""
          Add labels to a Confluence page (its other labels stay; Confluence lower-cases them). Example: \
          page_id="123456", labels=["release-notes", "q3"].""")
      .toolset(Toolset.CONFLUENCE)
      .input(InputSchema.object()
          .numericId("page_id")
          .stringList("labels", "Labels without spaces or !#&()*,.:;<>?@[]^.", 20,
              s -> s.pattern(InputSchema.LABEL_PATTERN))
          .required("page_id", "labels")
          .build())
      .writes(false, true)
      .calls(ConfluenceOperations.ADD_LABELS)
      .handler(services -> new ConfluenceAddLabelsTool(services.confluence()));

  private final ConfluenceService confluence;

  ConfluenceAddLabelsTool(ConfluenceService confluence) {
    this.confluence = Objects.requireNonNull(confluence, "confluence");
  }

  @Override
  public ToolResult call(ToolArguments arguments, ToolContext context) {
    long pageId = Long.parseLong(arguments.requiredString("page_id"));
    List<String> labels = arguments.strings("labels").stream().map(String::strip).distinct().toList();
    if (labels.isEmpty()) {
      throw new ToolInputException("labels is empty: give at least one label, e.g. [\"release-notes\"].");
    }
    List<String> all = confluence.addLabels(pageId, labels);
    return ToolResult.text("Page " + pageId + " now has the labels " + String.join(", ", all) + ".");
  }
}
