package io.github.atlassianmcp.sandbox.confluence;

import java.time.Instant;

/**
 * An attachment of a page, immutable: its metadata here, its bytes in the media service under {@code fileId}.
 * Confluence writes its ID with an {@code att} prefix.
 */
public record Attachment(long id, long pageId, String filename, String mediaType, long fileSize, String comment,
    String fileId, Instant createdAt, PageVersion version) {

  public String idText() {
    return "att" + id;
  }
}
