package io.github.atlassianmcp.server.tools.jira;

import io.github.atlassianmcp.server.config.Toolset;
import io.github.atlassianmcp.server.tools.InputSchema;
import io.github.atlassianmcp.server.tools.ServerTool;
import io.github.atlassianmcp.server.tools.ToolArguments;
import io.github.atlassianmcp.server.tools.ToolContext;
import io.github.atlassianmcp.server.tools.ToolDefinition;
import io.github.atlassianmcp.server.tools.ToolHandler;
import io.github.atlassianmcp.server.tools.ToolResult;
import io.github.atlassianmcp.server.tools.files.AttachmentUpload;
import io.github.atlassianmcp.server.tools.files.LocalFiles;
import io.github.atlassianmcp.server.tools.files.UploadArguments;
import io.github.atlassianmcp.server.tools.jira.JiraViews.AddedAttachment;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/** {@code jira_add_attachment}: uploads a file to an issue, byte for byte, from the server's disk or from base64. */
public final class JiraAddAttachmentTool implements ToolHandler {

  public static final ServerTool TOOL = ToolDefinition.builder("jira_add_attachment")
      .title("Attach a file to a Jira issue")
      .description("""
          Attach a file (up to 50 MB) to a Jira issue: file_path on the disk of the server's own machine, or \
          content_base64 + filename. Example: issue_key="PROJ-123", file_path="/home/me/error.log".""")
      .toolset(Toolset.ATTACHMENTS)
      .input(UploadArguments.addTo(InputSchema.object().issueKey("issue_key"), "error.log")
          .required("issue_key")
          .build())
      .writes(false, false)
      .calls(JiraOperations.ADD_ATTACHMENT)
      .handler(services -> new JiraAddAttachmentTool(new JiraAttachments(services.auth().access()),
          services.localFiles()));

  private final JiraAttachments attachments;
  private final LocalFiles localFiles;

  JiraAddAttachmentTool(JiraAttachments attachments, LocalFiles localFiles) {
    this.attachments = Objects.requireNonNull(attachments, "attachments");
    this.localFiles = Objects.requireNonNull(localFiles, "localFiles");
  }

  @Override
  public ToolResult call(ToolArguments arguments, ToolContext context) {
    String key = arguments.issueKey("issue_key");
    AttachmentUpload upload = UploadArguments.read(arguments, localFiles);
    List<AddedAttachment> added = attachments.add(key, upload);
    return ToolResult.text("Attached to " + key + ": " + added.stream()
        .map(a -> a.filename() + " (" + AttachmentUpload.readableSize(a.size()) + ", " + a.mimeType()
            + ", attachment " + a.id() + ")")
        .collect(Collectors.joining(", ")) + ".");
  }
}
