package io.github.atlassianmcp.adf;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.util.List;
import org.commonmark.ext.gfm.strikethrough.StrikethroughExtension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.Node;
import org.commonmark.parser.Parser;

/**
 * Converts markdown (what an agent writes for descriptions, comments and worklogs) to an Atlassian Document
 * Format document, by walking commonmark-java's syntax tree with the GFM tables and strikethrough extensions.
 * Every document it returns is valid against the ADF schema. Images become links (ADF images need uploaded
 * media) and raw HTML stays as text; {@code <br>} is a hard break. Invisible and bidirectional control
 * characters are removed, so they are not planted in Jira for the next reader. An {@code @} followed by a
 * person's name or email becomes a mention when the caller's {@link Mentions} says whom it names. Thread-safe.
 */
public final class MarkdownToAdf {

  private final Parser parser = Parser.builder()
      .extensions(List.of(TablesExtension.create(),
          // One tilde is too common in prose ("~5 minutes") to mean strikethrough.
          StrikethroughExtension.builder().requireTwoTildes(true).build()))
      .build();

  /** The ADF document for {@code markdown}; an empty document for null or blank input. */
  public JsonObject convert(String markdown) {
    return convert(markdown, Mentions.NONE);
  }

  /** As {@link #convert(String)}, with {@code @Name} turned into mention nodes where {@code mentions} knows them. */
  public JsonObject convert(String markdown, Mentions mentions) {
    if (markdown == null || markdown.isBlank()) {
      return AdfNodes.doc(new JsonArray());
    }
    Node root;
    try {
      root = parser.parse(markdown);
    } catch (StackOverflowError tooDeep) {
      // commonmark's inline parser recurses on pathological nesting (thousands of nested emphasis); such
      // input is not meant as structure, so it is kept as plain text.
      return plainTextDocument(markdown);
    }
    return new AdfBlockBuilder(mentions).document(root);
  }

  private static JsonObject plainTextDocument(String markdown) {
    JsonArray content = new JsonArray();
    for (String block : markdown.split("\n\\s*\n")) {
      JsonArray inline = AdfBlockBuilder.textContent(block);
      if (!inline.isEmpty()) {
        content.add(AdfNodes.paragraph(inline));
      }
    }
    return AdfNodes.doc(content);
  }
}
