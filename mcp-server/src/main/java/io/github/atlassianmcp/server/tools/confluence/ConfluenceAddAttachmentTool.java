package io.github.atlassianmcp.server.tools.confluence;

import io.github.atlassianmcp.server.atlassian.AtlassianException;
import io.github.atlassianmcp.server.config.Toolset;
import io.github.atlassianmcp.server.tools.InputSchema;
import io.github.atlassianmcp.server.tools.ServerTool;
import io.github.atlassianmcp.server.tools.ToolArguments;
import io.github.atlassianmcp.server.tools.ToolContext;
import io.github.atlassianmcp.server.tools.ToolDefinition;
import io.github.atlassianmcp.server.tools.ToolHandler;
import io.github.atlassianmcp.server.tools.ToolResult;
import io.github.atlassianmcp.server.tools.confluence.ConfluenceViews.AddedAttachment;
import io.github.atlassianmcp.server.tools.files.AttachmentUpload;
import io.github.atlassianmcp.server.tools.files.LocalFiles;
import io.github.atlassianmcp.server.tools.files.UploadArguments;
import java.util.Objects;

/**
 * {@code confluence_add_attachment}: uploads a file to a page, from the server's disk or from base64 in the call.
 * The bytes are sent as they are: what Confluence stores is byte for byte what was given.
 */
public final class ConfluenceAddAttachmentTool implements ToolHandler {

  public static final ServerTool TOOL = ToolDefinition.builder("confluence_add_attachment")
      .title("Attach a file to a Confluence page")
      .description("""
          Attach a file (up to 50 MB) to a Confluence page: file_path on the disk of the server's own machine, \
          or content_base64 + filename. Show an image with {{image name.png}} via confluence_update_page. \
          Example: page_id="123456", file_path="/home/me/flow.png".""")
      .toolset(Toolset.ATTACHMENTS)
      .input(UploadArguments.addTo(InputSchema.object()
          .numericId("page_id"), "flow.png")
          .required("page_id")
          .build())
      .writes(false, false)
      .calls(ConfluenceOperations.ADD_ATTACHMENT)
      .handler(services -> new ConfluenceAddAttachmentTool(services.confluence(), services.localFiles()));

  private final ConfluenceService confluence;
  private final LocalFiles localFiles;

  ConfluenceAddAttachmentTool(ConfluenceService confluence, LocalFiles localFiles) {
    this.confluence = Objects.requireNonNull(confluence, "confluence");
    this.localFiles = Objects.requireNonNull(localFiles, "localFiles");
  }

  @Override
  public ToolResult call(ToolArguments arguments, ToolContext context) {
    long pageId = Long.parseLong(arguments.requiredString("page_id"));
    AttachmentUpload upload = UploadArguments.read(arguments, localFiles);
    AddedAttachment added;
    try {
      added = confluence.addAttachment(pageId, upload);
    } catch (AtlassianException e) {
      if (e.failure().statusCode() == 400 && e.failure().responseBody().contains("same file name")) {
        throw e.withAdvice("Send it under another filename.");
      }
      throw e;
    }
    return ToolResult.text("Attached " + added.filename() + " (" + AttachmentUpload.readableSize(added.size()) + ", "
        + added.mediaType() + ") to page " + pageId + " as attachment " + added.id() + ". "
        + (added.mediaType().startsWith("image/") ? "Show it on the page with {{image " + added.filename() + "}}"
            : "Link to it with {{attachment " + added.filename() + "}}")
        + " in confluence_update_page content.");
  }
}
