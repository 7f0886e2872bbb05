package io.github.atlassianmcp.server.tools.jira;

import io.github.atlassianmcp.client.jira.platform.model.AttachmentMetadata;
import io.github.atlassianmcp.server.config.Toolset;
import io.github.atlassianmcp.server.tools.AnswerText;
import io.github.atlassianmcp.server.tools.InputSchema;
import io.github.atlassianmcp.server.tools.ServerTool;
import io.github.atlassianmcp.server.tools.ToolArguments;
import io.github.atlassianmcp.server.tools.ToolContext;
import io.github.atlassianmcp.server.tools.ToolDefinition;
import io.github.atlassianmcp.server.tools.ToolHandler;
import io.github.atlassianmcp.server.tools.ToolResult;
import io.github.atlassianmcp.server.tools.files.AttachmentUpload;
import io.github.atlassianmcp.server.tools.jira.JiraViews.AttachmentInfo;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.Optional;

/**
 * {@code jira_get_attachment}: a text attachment as text (its start when long), an image as MCP image content, and
 * for anything else what it is and where to download it.
 */
public final class JiraGetAttachmentTool implements ToolHandler {

  /** Text files larger than this are not downloaded. */
  static final long MAX_TEXT_DOWNLOAD = 2L * 1024 * 1024;
  /** Characters of text shown. */
  static final int MAX_TEXT_SHOWN = 16_000;
  /** Images larger than this are not sent to the agent. */
  static final long MAX_IMAGE = 5L * 1024 * 1024;

  public static final ServerTool TOOL = ToolDefinition.builder("jira_get_attachment")
      .title("Read a Jira attachment")
      .description("""
          Read a Jira issue's attachment by id (ids are listed by jira_get_issue): text files as text (the \
          first 16,000 characters), images as images, other files described. Example: attachment_id="10001".""")
      .toolset(Toolset.ATTACHMENTS)
      .input(InputSchema.object()
          .string("attachment_id", "Attachment id, e.g. 10001.", s -> s.pattern(InputSchema.NUMERIC_ID_PATTERN))
          .required("attachment_id")
          .build())
      .reads(AttachmentInfo.class)
      .calls(JiraOperations.GET_ATTACHMENT, JiraOperations.ATTACHMENT_CONTENT)
      .handler(services -> new JiraGetAttachmentTool(new JiraAttachments(services.auth().access())));

  private final JiraAttachments attachments;

  JiraGetAttachmentTool(JiraAttachments attachments) {
    this.attachments = Objects.requireNonNull(attachments, "attachments");
  }

  @Override
  public ToolResult call(ToolArguments arguments, ToolContext context) {
    String id = arguments.requiredString("attachment_id");
    AttachmentMetadata metadata = attachments.metadata(id);
    String filename = Objects.toString(metadata.getFilename(), "attachment " + id);
    String mimeType = Objects.toString(metadata.getMimeType(), "application/octet-stream");
    long size = metadata.getSize() == null ? 0 : metadata.getSize();
    Optional<String> author = Optional.ofNullable(metadata.getAuthor()).map(a -> a.getDisplayName());
    String heading = filename + " (" + mimeType + ", " + AttachmentUpload.readableSize(size)
        + author.map(a -> ", by " + a).orElse("")
        + Optional.ofNullable(metadata.getCreated()).map(d -> ", " + AnswerText.dateTime(d)).orElse("") + ")";
    Optional<String> url = Optional.ofNullable(metadata.getContent());
    Optional<String> image = JiraAttachments.imageType(mimeType);
    if (image.isPresent() && size <= MAX_IMAGE) {
      byte[] bytes = attachments.content(id);
      return ToolResult.of(heading + ": the image follows.", info(metadata, id, filename, mimeType, size, "image",
          false)).withImage(ToolResult.Image.of(bytes, image.get()));
    }
    if (JiraAttachments.isText(mimeType, filename) && size <= MAX_TEXT_DOWNLOAD) {
      Optional<String> text = utf8(attachments.content(id));
      if (text.isPresent()) {
        boolean cut = text.get().length() > MAX_TEXT_SHOWN;
        String shown = cut ? text.get().substring(0, MAX_TEXT_SHOWN) : text.get();
        String fence = fence(shown);
        return ToolResult.of("# " + heading + "\n" + fence + "\n" + shown.stripTrailing() + "\n" + fence
            + (cut ? "\n[Only the first " + MAX_TEXT_SHOWN + " of " + text.get().length() + " characters are shown.]"
                : ""), info(metadata, id, filename, mimeType, size, "text", cut));
      }
    }
    String why = image.isPresent() ? "an image larger than " + AttachmentUpload.readableSize(MAX_IMAGE)
        : JiraAttachments.isText(mimeType, filename) ? "text larger than " + AttachmentUpload.readableSize(
            MAX_TEXT_DOWNLOAD) + " (or not UTF-8)" : "neither text nor an image";
    return ToolResult.of(heading + " is " + why + ", so its content is not shown. Download it"
        + url.map(u -> " from " + u + " (with your Atlassian sign-in; Jira redirects to the file)").orElse(
            " from the issue in Jira") + ".", info(metadata, id, filename, mimeType, size, "none", false));
  }

  private static AttachmentInfo info(AttachmentMetadata metadata, String id, String filename, String mimeType,
      long size, String shown, boolean truncated) {
    return new AttachmentInfo(id, filename, mimeType, size,
        Optional.ofNullable(metadata.getAuthor()).map(a -> a.getDisplayName()),
        Optional.ofNullable(metadata.getCreated()), shown, truncated, Optional.ofNullable(metadata.getContent()));
  }

  /** The bytes as UTF-8 text; empty when they are not (a binary file with a text-like name). */
  private static Optional<String> utf8(byte[] bytes) {
    try {
      return Optional.of(StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString());
    } catch (CharacterCodingException e) {
      return Optional.empty();
    }
  }

  /** A code fence longer than any run of backticks in the text, so the text cannot end it. */
  private static String fence(String text) {
    int longest = 0;
    int run = 0;
    for (int i = 0; i < text.length(); i++) {
      run = text.charAt(i) == '`' ? run + 1 : 0;
      longest = Math.max(longest, run);
    }
    return "`".repeat(Math.max(3, longest + 1));
  }
}
