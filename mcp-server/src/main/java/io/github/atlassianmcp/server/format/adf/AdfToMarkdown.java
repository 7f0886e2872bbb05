package io.github.atlassianmcp.server.format.adf;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import io.github.atlassianmcp.server.format.markdown.MarkdownWriter;
import io.github.atlassianmcp.server.format.text.PlainText;
import java.io.IOException;
import java.io.StringReader;

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
    if (adf == null || adf.isJsonNull()) {
      return "";
    }
    if (adf.isJsonPrimitive()) {
      return fromString(adf.getAsString());
    }
    JsonObject root;
    if (adf.isJsonArray()) {
      root = new JsonObject();
      root.add("content", adf);
    } else {
      root = adf.getAsJsonObject();
    }
    MarkdownWriter writer = new MarkdownWriter();
    new AdfBlocks(writer, false).block(root, 0);
    return writer.result();
  }

  private String fromString(String value) {
    String trimmed = value.strip();
    if (trimmed.startsWith("{") || trimmed.startsWith("[")) {
      try {
        // Gson stops at 255 levels by default; deeper documents are read (iteratively) and flattened below.
        JsonReader reader = new JsonReader(new StringReader(trimmed));
        reader.setNestingLimit(Integer.MAX_VALUE);
        JsonElement parsed = JsonParser.parseReader(reader);
        boolean whole = reader.peek() == JsonToken.END_DOCUMENT;
        if (whole && (parsed.isJsonArray() || (parsed.isJsonObject() && parsed.getAsJsonObject().has("type")))) {
          return convert(parsed);
        }
      } catch (IOException | RuntimeException notJson) {
        // Text that merely starts with a brace: shown as the text it is.
      }
    }
    return PlainText.compact(value);
  }
}
