package io.github.atlassianmcp.server.format.storage;

import io.github.atlassianmcp.adf.markdown.MarkdownWriter;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.parser.Parser;

/**
 * Converts a Confluence page body in storage format (XHTML with {@code ac:} macros and {@code ri:} resource
 * identifiers) into compact markdown for an agent. Parsed with jsoup's XML parser, so namespaced tags and
 * CDATA bodies survive and no external entity is ever resolved. Known macros (code, panels, expand, status,
 * Jira, task lists, images, emoticons) have a rendering; unknown macros keep the text of their body and never
 * leak markup. Invisible and bidirectional control characters are removed. Thread-safe and stateless.
 */
public final class StorageToMarkdown {

  /** The markdown for a storage-format body; {@code ""} for null or blank input. */
  public String convert(String storageXhtml) {
    if (storageXhtml == null || storageXhtml.isBlank()) {
      return "";
    }
    Document document = Jsoup.parse(storageXhtml, "", Parser.xmlParser());
    MarkdownWriter writer = new MarkdownWriter();
    new StorageBlocks(writer, false).children(document, 0);
    return writer.result();
  }
}
