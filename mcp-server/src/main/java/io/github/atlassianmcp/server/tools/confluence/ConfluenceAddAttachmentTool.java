package io.github.atlassianmcp.server.tools.confluence;

import io.github.atlassianmcp.server.atlassian.AtlassianException;
import io.github.atlassianmcp.server.config.Toolset;
import io.github.atlassianmcp.server.tools.InputSchema;
import io.github.atlassianmcp.server.tools.ServerTool;
import io.github.atlassianmcp.server.tools.ToolArguments;
import io.github.atlassianmcp.server.tools.ToolContext;
import io.github.atlassianmcp.server.tools.ToolDefinition;
import io.github.atlassianmcp.server.tools.ToolHandler;
import io.github.atlassianmcp.server.tools.ToolInputException;
import io.github.atlassianmcp.server.tools.ToolResult;
import io.github.atlassianmcp.server.tools.confluence.ConfluenceViews.AddedAttachment;
import java.util.Base64;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * {@code confluence_add_attachment}: uploads a file to a page, from the server's disk or from base64 in the call.
 * The bytes are sent as they are: what Confluence stores is byte for byte what was given.
 */
public final class ConfluenceAddAttachmentTool implements ToolHandler {

  /** The most bytes content_base64 may carry, decoded; larger files go by file_path. */
  static final int MAX_BASE64_BYTES = 10 * 1024 * 1024;
  /** A name Confluence can store and a multipart header can carry: no folders, quotes or control characters. */
  private static final String FILENAME_PATTERN = "^[^/\\\\\"\\u0000-\\u001f\\u007f]{1,255}$";

  public static final ServerTool TOOL = ToolDefinition.builder("confluence_add_attachment")
      .title("Attach a file to a Confluence page")
      .description("""
          Attach a file (up to 50 MB) to a Confluence page: file_path on the disk of the server's own machine, \
          or content_base64 + filename. Show an image with {{image name.png}} via confluence_update_page. \
          Example: page_id="123456", file_path="/home/me/flow.png".""")
      .toolset(Toolset.CONFLUENCE)
      .input(InputSchema.object()
          .string("page_id", "Page id, e.g. 123456.", s -> s.pattern(InputSchema.NUMERIC_ID_PATTERN))
          .string("file_path", "Absolute path of a file on the server's machine.")
          .string("content_base64", "The file's bytes in base64 (at most 10 MB).",
              s -> s.maxLength(4 * (MAX_BASE64_BYTES / 3 + 1) + 1000))
          .string("filename", "Attachment name, e.g. flow.png; default: the file's name.",
              s -> s.pattern(FILENAME_PATTERN))
          .required("page_id")
          .build())
      .writes(false, false)
      .calls(ConfluenceOperations.ADD_ATTACHMENT)
      .handler(services -> new ConfluenceAddAttachmentTool(services.confluence()));

  private final ConfluenceService confluence;

  ConfluenceAddAttachmentTool(ConfluenceService confluence) {
    this.confluence = Objects.requireNonNull(confluence, "confluence");
  }

  @Override
  public ToolResult call(ToolArguments arguments, ToolContext context) {
    long pageId = Long.parseLong(arguments.requiredString("page_id"));
    Optional<String> path = arguments.string("file_path");
    Optional<String> base64 = arguments.string("content_base64");
    Optional<String> filename = arguments.string("filename").map(String::strip);
    if (path.isPresent() == base64.isPresent()) {
      throw new ToolInputException(path.isPresent() ? "Give file_path or content_base64, not both."
          : "Give file_path (a file on the server's machine) or content_base64 with filename.");
    }
    AttachmentUpload upload;
    if (path.isPresent()) {
      upload = confluence.localFiles().upload(path.get(), filename);
      if (filename.isEmpty() && !upload.filename().matches(FILENAME_PATTERN)) {
        throw new ToolInputException("The file's name \"" + upload.filename() + "\" cannot name an attachment"
            + " (it has quotes or control characters): give filename.");
      }
    } else {
      String name = filename.orElseThrow(() -> new ToolInputException(
          "filename is needed with content_base64: the attachment's name, e.g. \"flow.png\"."));
      upload = AttachmentUpload.ofBytes(decode(base64.get()), name);
    }
    AddedAttachment added;
    try {
      added = confluence.addAttachment(pageId, upload);
    } catch (AtlassianException e) {
      if (e.failure().statusCode() == 400 && e.failure().responseBody().contains("same file name")) {
        throw e.withAdvice("Send it under another filename.");
      }
      throw e;
    }
    return ToolResult.text("Attached " + added.filename() + " (" + size(added.size()) + ", " + added.mediaType()
        + ") to page " + pageId + " as attachment " + added.id() + ". "
        + (added.mediaType().startsWith("image/") ? "Show it on the page with {{image " + added.filename() + "}}"
            : "Link to it with {{attachment " + added.filename() + "}}")
        + " in confluence_update_page content.");
  }

  /** The bytes of base64 text: standard or URL-safe alphabet, line breaks and a data: URL prefix allowed. */
  static byte[] decode(String text) {
    String data = text.strip().replaceFirst("(?s)^data:[^,]*;base64,", "").replaceAll("\\s+", "");
    byte[] bytes;
    try {
      bytes = data.contains("-") || data.contains("_") ? Base64.getUrlDecoder().decode(data)
          : Base64.getDecoder().decode(data);
    } catch (IllegalArgumentException e) {
      throw new ToolInputException("content_base64 is not valid base64 (" + e.getMessage() + "). Send the file's"
          + " bytes encoded as base64, or use file_path.");
    }
    if (bytes.length == 0) {
      throw new ToolInputException("content_base64 holds no bytes: an empty file cannot be attached.");
    }
    if (bytes.length > MAX_BASE64_BYTES) {
      throw new ToolInputException("content_base64 holds " + LocalFiles.megabytes(bytes.length) + "; at most "
          + LocalFiles.megabytes(MAX_BASE64_BYTES) + " are taken this way. Use file_path for larger files.");
    }
    return bytes;
  }

  private static String size(long bytes) {
    if (bytes < 1024) {
      return bytes + (bytes == 1 ? " byte" : " bytes");
    }
    return bytes < 1024 * 1024 ? String.format(Locale.ROOT, "%.1f KB", bytes / 1024.0) : LocalFiles.megabytes(bytes);
  }
}
