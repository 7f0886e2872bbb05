package io.github.atlassianmcp.client.paging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

/** Confluence writes the next page's cursor into a link, relative to the site or absolute. */
class CursorLinkTest {

  @Test
  void cursorsAreReadFromRelativeAndAbsoluteLinks() {
    assertEquals("abc=", Paginator.cursorOf("/wiki/api/v2/pages?limit=5&cursor=abc%3D"));
    assertEquals("x", Paginator.cursorOf("https://site.atlassian.net/wiki/api/v2/pages?cursor=x"));
    assertNull(Paginator.cursorOf("/wiki/api/v2/pages?limit=5"));
    assertNull(Paginator.cursorOf(null));
  }
}
