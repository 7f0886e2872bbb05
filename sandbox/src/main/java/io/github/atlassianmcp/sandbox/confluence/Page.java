package io.github.atlassianmcp.sandbox.confluence;

import com.google.gson.JsonObject;
import io.github.atlassianmcp.sandbox.SandboxUser;
import java.time.Instant;
import java.util.List;

/**
 * A Confluence page, immutable. The body is kept in both of the primary representations, storage (XHTML with
 * {@code ac:} macros) and atlas_doc_format (ADF), which describe the same content.
 *
 * @param parentId the parent page, or null for a space's homepage
 */
public record Page(long id, long spaceId, String title, Long parentId, int position, SandboxUser author,
    Instant createdAt, PageVersion version, String storage, JsonObject adf, List<String> labels) {

  public Page {
    adf = adf.deepCopy();
    labels = List.copyOf(labels);
  }

  @Override
  public JsonObject adf() {
    return adf.deepCopy();
  }

  public String idText() {
    return Long.toString(id);
  }
}
