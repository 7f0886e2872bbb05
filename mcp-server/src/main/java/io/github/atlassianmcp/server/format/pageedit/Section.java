package io.github.atlassianmcp.server.format.pageedit;

import java.util.List;

/**
 * A heading of a page and the part of the storage body it heads: from the end of the heading up to the next
 * heading of the same or a higher level in the same container (the page, a layout column, an expand, a panel),
 * or to the end of that container.
 *
 * @param level 1 to 6
 * @param title the heading's text, as reading shows it
 * @param path the titles of the headings it sits under, outermost first, then its own
 * @param headingStart where the heading element starts in the body
 * @param contentStart where the section's content starts: right after the heading element
 * @param contentEnd where it ends: where the next heading of its level or higher starts, or its container closes
 */
public record Section(int level, String title, List<String> path, int headingStart, int contentStart,
    int contentEnd) {

  public Section {
    path = List.copyOf(path);
  }

  /** {@code Overview > Goals}: how an agent names it when its title alone is ambiguous. */
  public String pathName() {
    return String.join(" > ", path);
  }
}
