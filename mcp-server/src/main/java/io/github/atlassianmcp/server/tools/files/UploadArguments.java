package io.github.atlassianmcp.server.tools.files;

import io.github.atlassianmcp.server.tools.InputSchema;
import io.github.atlassianmcp.server.tools.ToolArguments;
import io.github.atlassianmcp.server.tools.ToolInputException;
import java.util.Base64;
import java.util.Optional;

/**
 * The arguments of an attachment upload, the same for every product: {@code file_path} (a file on the server's
 * disk) or {@code content_base64} with {@code filename}, which may also rename a file.
 */
public final class UploadArguments {

  /** The most bytes content_base64 may carry, decoded; larger files go by file_path. */
  public static final int MAX_BASE64_BYTES = 10 * 1024 * 1024;
  /** A name Atlassian can store and a multipart header can carry: no folders, quotes or control characters. */
  private static final String FILENAME_PATTERN = "^[^/\\\\\"\\u0000-\\u001f\\u007f]{1,255}$";

  private UploadArguments() {}

  /** Adds {@code file_path}, {@code content_base64} and {@code filename} to a tool's schema. */
  public static InputSchema addTo(InputSchema schema, String exampleName) {
    return schema
        .string("file_path", "Absolute path of a file on the server's machine.")
        .string("content_base64", "The file's bytes in base64 (at most 10 MB).",
            s -> s.maxLength(4 * (MAX_BASE64_BYTES / 3 + 1) + 1000))
        .string("filename", "Attachment name, e.g. " + exampleName + "; default: the file's name.",
            s -> s.pattern(FILENAME_PATTERN));
  }

  /**
   * The file the arguments name, ready to send.
   *
   * @throws ToolInputException when both or neither are given, the file cannot be sent or the base64 is not
   */
  public static AttachmentUpload read(ToolArguments arguments, LocalFiles files) {
    Optional<String> path = arguments.string("file_path");
    Optional<String> base64 = arguments.string("content_base64");
    Optional<String> filename = arguments.string("filename").map(String::strip);
    if (path.isPresent() == base64.isPresent()) {
      throw new ToolInputException(path.isPresent() ? "Give file_path or content_base64, not both."
          : "Give file_path (a file on the server's machine) or content_base64 with filename.");
    }
    if (path.isPresent()) {
      AttachmentUpload upload = files.upload(path.get(), filename);
      if (filename.isEmpty() && !upload.filename().matches(FILENAME_PATTERN)) {
        throw new ToolInputException("The file's name \"" + upload.filename() + "\" cannot name an attachment"
            + " (it has quotes or control characters): give filename.");
      }
      return upload;
    }
    String name = filename.orElseThrow(() -> new ToolInputException(
        "filename is needed with content_base64: the attachment's name, e.g. \"flow.png\"."));
    return AttachmentUpload.ofBytes(decode(base64.get()), name);
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
}
