package io.github.atlassianmcp.sandbox.media;

import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/** Uploaded files by media file ID (a UUID, as ADF's media nodes name them). Thread-safe. */
public final class MediaFiles {

  private final Map<String, MediaFile> files = new ConcurrentHashMap<>();

  /** Keeps the bytes and returns the new file. */
  public MediaFile add(String name, String mediaType, byte[] bytes) {
    MediaFile file = new MediaFile(UUID.randomUUID().toString(), name, mediaType, bytes);
    files.put(file.id(), file);
    return file;
  }

  public Optional<MediaFile> file(String id) {
    return Optional.ofNullable(files.get(id));
  }
}
