package io.github.atlassianmcp.server.tools.files;

import java.net.URLConnection;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import okhttp3.MediaType;
import okhttp3.MultipartBody;
import okhttp3.Request;
import okhttp3.RequestBody;

/**
 * A file to attach to a page or an issue: a file of the server's disk (sent as it is read, never held in memory) or
 * bytes given in the call, with the name and media type it is stored under.
 *
 * @param filename the attachment's name
 * @param mediaType what the file is, from its name
 * @param file the file to send; empty when {@code bytes} are sent instead
 * @param bytes the bytes to send when there is no file
 * @param size how many bytes are sent
 */
public record AttachmentUpload(String filename, String mediaType, Optional<Path> file, byte[] bytes, long size) {

  /** Media types the JDK's table does not know, for files agents commonly attach. */
  private static final Map<String, String> MORE_TYPES = Map.ofEntries(
      Map.entry("md", "text/markdown"),
      Map.entry("csv", "text/csv"),
      Map.entry("json", "application/json"),
      Map.entry("yaml", "application/yaml"),
      Map.entry("yml", "application/yaml"),
      Map.entry("svg", "image/svg+xml"),
      Map.entry("webp", "image/webp"),
      Map.entry("pdf", "application/pdf"),
      Map.entry("zip", "application/zip"),
      Map.entry("log", "text/plain"),
      Map.entry("docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
      Map.entry("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
      Map.entry("pptx", "application/vnd.openxmlformats-officedocument.presentationml.presentation"));

  public AttachmentUpload {
    Objects.requireNonNull(filename, "filename");
    Objects.requireNonNull(mediaType, "mediaType");
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(bytes, "bytes");
  }

  static AttachmentUpload ofFile(Path file, String filename, long size) {
    return new AttachmentUpload(filename, mediaType(filename), Optional.of(file), new byte[0], size);
  }

  static AttachmentUpload ofBytes(byte[] bytes, String filename) {
    return new AttachmentUpload(filename, mediaType(filename), Optional.empty(), bytes, bytes.length);
  }

  public boolean isImage() {
    return mediaType.startsWith("image/");
  }

  /**
   * The upload as Atlassian's attachment endpoints take it: a multipart POST whose part {@code file} carries the
   * bytes under the attachment's name, plus these text parts, with {@code X-Atlassian-Token: no-check} (without it
   * Jira and Confluence refuse any multipart POST as a possible cross-site request). Built here rather than by the
   * generated operations, which take a {@code java.io.File} named like the attachment, so bytes given in the call
   * would first have to be written to a temporary file of that name.
   */
  public Request request(String url, Map<String, String> textParts) {
    MediaType type = MediaType.parse(mediaType);
    RequestBody content = file.isPresent() ? RequestBody.create(file.get().toFile(), type)
        : RequestBody.create(bytes, type);
    MultipartBody.Builder form = new MultipartBody.Builder().setType(MultipartBody.FORM)
        .addFormDataPart("file", filename, content);
    textParts.forEach(form::addFormDataPart);
    return new Request.Builder()
        .url(url)
        .header("Accept", "application/json")
        .header("X-Atlassian-Token", "no-check")
        .post(form.build())
        .build();
  }

  /** The media type a file's name implies; bytes when the name says nothing. */
  static String mediaType(String filename) {
    int dot = filename.lastIndexOf('.');
    String extension = dot < 0 ? "" : filename.substring(dot + 1).toLowerCase(Locale.ROOT);
    String known = MORE_TYPES.get(extension);
    if (known != null) {
      return known;
    }
    String guessed = URLConnection.guessContentTypeFromName(filename.toLowerCase(Locale.ROOT));
    return guessed != null ? guessed : "application/octet-stream";
  }

  /** A size as people read it: 812 bytes, 4.2 KB, 1.5 MB. */
  public static String readableSize(long bytes) {
    if (bytes < 1024) {
      return bytes + (bytes == 1 ? " byte" : " bytes");
    }
    return bytes < 1024 * 1024 ? String.format(Locale.ROOT, "%.1f KB", bytes / 1024.0) : LocalFiles.megabytes(bytes);
  }
}
