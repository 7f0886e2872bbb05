package io.github.atlassianmcp.sandbox.media;

/** The bytes of one uploaded file, as Atlassian's media service keeps them, with its type and name. */
public record MediaFile(String id, String name, String mediaType, byte[] bytes) {

  public MediaFile {
    bytes = bytes.clone();
  }

  @Override
  public byte[] bytes() {
    return bytes.clone();
  }

  public int size() {
    return bytes.length;
  }
}
