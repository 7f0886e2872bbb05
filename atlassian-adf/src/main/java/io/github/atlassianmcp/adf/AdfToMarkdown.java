package io.github.atlassianmcp.adf;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import io.github.atlassianmcp.adf.markdown.MarkdownWriter;
import io.github.atlassianmcp.adf.text.PlainText;

/**
 * Converts Atlassian Document Format (Jira descriptions and comments, JSM comments, Confluence
 * {@code atlas_doc_format}) into compact markdown for an agent. Every node type of the ADF schema has a
 * rendering; unknown nodes give their text, never their JSON. Invisible and bidirectional control characters
 * are removed from all text. Thread-safe and stateless.
 */
public final class AdfToMarkdown {

  /**
   * The markdown for a document.
   *
   * @param adf an ADF document or node; a JSON array of nodes; a string holding ADF JSON (as Confluence
   *     returns it) or legacy plain text; or null
   * @return markdown without trailing spaces, runs of blank lines or a final newline; {@code ""} for null
   */
  public String convert(JsonElement adf) {
    JsonObject root = AdfValues.root(adf);
    if (root == null) {
      return adf == null || adf.isJsonNull() ? "" : PlainText.compact(adf.getAsString());
    }
    MarkdownWriter writer = new MarkdownWriter();
    new AdfBlocks(writer, false).block(root, 0);
    return writer.result();
  }
}
