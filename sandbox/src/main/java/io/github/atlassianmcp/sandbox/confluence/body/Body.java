package io.github.atlassianmcp.sandbox.confluence.body;

import com.google.gson.JsonObject;

/**
 * A content body in both of Confluence's primary representations, which describe the same content: storage
 * (XHTML with {@code ac:} macros) and atlas_doc_format (ADF). {@code written} is the one the client sent, which
 * Confluence keeps as it was sent.
 */
public record Body(String storage, JsonObject adf, String written) {

  public Body {
    adf = adf.deepCopy();
  }

  @Override
  public JsonObject adf() {
    return adf.deepCopy();
  }
}
