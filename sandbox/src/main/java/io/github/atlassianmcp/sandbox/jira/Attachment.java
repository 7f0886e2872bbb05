package io.github.atlassianmcp.sandbox.jira;

import io.github.atlassianmcp.sandbox.SandboxUser;
import java.time.Instant;

/**
 * A file attached to an issue. The bytes live with it; {@code mediaId} is the file's ID in the media store, where
 * the content URL redirects.
 */
public record Attachment(String id, String filename, String mimeType, SandboxUser author, Instant created,
    String mediaId, byte[] content) {

  public Attachment {
    content = content.clone();
  }

  @Override
  public byte[] content() {
    return content.clone();
  }

  public long size() {
    return content.length;
  }

  public boolean isImage() {
    return mimeType.startsWith("image/");
  }
}
