package io.github.atlassianmcp.sandbox.media;

import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Files uploaded to Confluence, by media file ID (a UUID, as ADF's media nodes name them); the media host serves
 * their bytes. Thread-safe.
 */
public final class MediaFiles implements MediaSource {

  private final Map<String, MediaFile> files = new ConcurrentHashMap<>();

  /** Keeps the bytes and returns the new file. */
  public MediaFile add(String name, String mediaType, byte[] bytes) {
    MediaFile file = new MediaFile(UUID.randomUUID().toString(), name, mediaType, bytes);
    files.put(file.id(), file);
    return file;
  }

  @Override
  public Optional<MediaFile> mediaFile(String id) {
    return Optional.ofNullable(files.get(id));
  }
}
