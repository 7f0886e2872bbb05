package io.github.atlassianmcp.sandbox.confluence;

import io.github.atlassianmcp.sandbox.SandboxUser;
import io.github.atlassianmcp.sandbox.confluence.body.Body;
import java.time.Instant;

/**
 * A footer comment on a page, immutable: a top-level comment ({@code parentId} null) or a reply to another
 * comment. Its body is kept in both representations.
 */
public record FooterComment(long id, long pageId, Long parentId, SandboxUser author, Instant createdAt,
    PageVersion version, Body body) {

  public String idText() {
    return Long.toString(id);
  }
}
