package io.github.atlassianmcp.server.format.wiki;

import io.github.atlassianmcp.adf.MarkdownToAdf;
import java.util.Objects;

/**
 * Converts markdown (what an agent writes) to Jira's wiki markup, the text format Jira Service Management's
 * customer-request API takes for comments and for text fields such as the description ({@code *bold*},
 * {@code _italic_}, {@code {{code}}}, {@code [text|url]}, {@code h2.}, {@code * item}, {@code ||head||},
 * {@code {code:java}}). The markdown is parsed once, by {@link MarkdownToAdf} (so the same markdown reads the same in
 * Jira and in JSM, and invisible control characters are dropped the same way), and the resulting document is written
 * as wiki markup; text that would read as markup is escaped. Thread-safe.
 */
public final class MarkdownToWiki {

  private final MarkdownToAdf markdownToAdf;

  public MarkdownToWiki(MarkdownToAdf markdownToAdf) {
    this.markdownToAdf = Objects.requireNonNull(markdownToAdf, "markdownToAdf");
  }

  /** The wiki markup for {@code markdown}; {@code ""} for null or blank input. */
  public String convert(String markdown) {
    if (markdown == null || markdown.isBlank()) {
      return "";
    }
    return new WikiBlocks().document(markdownToAdf.convert(markdown));
  }
}
