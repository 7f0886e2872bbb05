package io.github.atlassianmcp.server.tools.confluence;

import java.net.URLConnection;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A file to attach to a page: a file of the server's disk (sent as it is read, never held in memory) or bytes
 * given in the call, with the name and media type it is stored under.
 *
 * @param filename the attachment's name on the page
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

  boolean isImage() {
    return mediaType.startsWith("image/");
  }

  /** The media type a file's name implies, as Confluence would show it; bytes when the name says nothing. */
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
}
