package io.github.atlassianmcp.sandbox.media;

/** A file in the media store (api.media.atlassian.com), by its UUID: the bytes and how to serve them. */
public record MediaFile(String id, String name, String mimeType, byte[] content) {

  public MediaFile {
    content = content.clone();
  }

  @Override
  public byte[] content() {
    return content.clone();
  }

  public int size() {
    return content.length;
  }
}
