package io.github.atlassianmcp.examples;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.atlassianmcp.client.confluence.v2.api.PageApi;
import io.github.atlassianmcp.client.confluence.v2.model.PageBulk;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class ReadPageAsMarkdownTest {

  @RegisterExtension
  static final SandboxSite SITE = new SandboxSite();

  @Test
  void aPageReadsAsMarkdownWithoutAnyJson() {
    PageBulk page = new PageApi(SITE.clients().confluenceV2()).getPages().limit(1).execute().getResults().get(0);

    String markdown = new ReadPageAsMarkdown(SITE.clients()).markdown(page.getId());

    assertTrue(markdown.startsWith("# " + page.getTitle() + "\n\n"), markdown);
    assertTrue(markdown.length() > page.getTitle().length() + 10, markdown);
    assertFalse(markdown.contains("\"type\""), markdown);
  }
}
