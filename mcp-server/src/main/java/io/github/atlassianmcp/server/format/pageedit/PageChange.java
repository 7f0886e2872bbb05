package io.github.atlassianmcp.server.format.pageedit;

/**
 * A change to a page's body, written in markdown: the whole body, or only the content under the heading
 * {@code section}, or appended at the end of the page (or of that section).
 *
 * @param markdown the new content; placeholders ({@code {{...}}}) as reading shows them keep what they stand for
 * @param section the title of a heading, or a path of titles ({@code Overview > Goals}); null for the whole page
 * @param append whether to add after the existing content instead of replacing it
 */
public record PageChange(String markdown, String section, boolean append) {

  public PageChange {
    markdown = markdown == null ? "" : markdown;
    section = section == null || section.isBlank() ? null : section.strip();
  }

  public static PageChange wholeBody(String markdown) {
    return new PageChange(markdown, null, false);
  }

  public static PageChange section(String section, String markdown) {
    return new PageChange(markdown, section, false);
  }

  public static PageChange append(String markdown) {
    return new PageChange(markdown, null, true);
  }
}
