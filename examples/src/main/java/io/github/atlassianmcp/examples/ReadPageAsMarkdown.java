package io.github.atlassianmcp.examples;

import io.github.atlassianmcp.adf.Adf;
import io.github.atlassianmcp.client.AtlassianClients;
import io.github.atlassianmcp.client.confluence.v2.api.PageApi;
import io.github.atlassianmcp.client.confluence.v2.model.Page;
import io.github.atlassianmcp.client.confluence.v2.model.PrimaryBodyRepresentationSingle;

/**
 * Reads a Confluence page in Atlassian Document Format and prints it as markdown.
 *
 * <pre>
 * ATLASSIAN_SITE_URL=... ATLASSIAN_EMAIL=... ATLASSIAN_API_TOKEN=... \
 *   java -cp examples/target/atlassian-examples.jar io.github.atlassianmcp.examples.ReadPageAsMarkdown 65868
 * </pre>
 */
public final class ReadPageAsMarkdown {

  private final PageApi pages;

  public ReadPageAsMarkdown(AtlassianClients atlassian) {
    this.pages = new PageApi(atlassian.confluenceV2());
  }

  public static void main(String[] args) {
    if (args.length != 1) {
      System.err.println("Usage: ReadPageAsMarkdown PAGE_ID");
      System.exit(2);
    }
    System.out.println(new ReadPageAsMarkdown(Examples.apiTokenClients()).markdown(args[0]));
  }

  /** The page's title as a heading, then its body. Confluence sends the ADF as a JSON string; Adf reads it. */
  public String markdown(String pageId) {
    Page page = pages.getPageById(pageId).bodyFormat(PrimaryBodyRepresentationSingle.ATLAS_DOC_FORMAT).execute();
    return "# " + page.getTitle() + "\n\n" + Adf.toMarkdown(page.getBody().getAtlasDocFormat().getValue());
  }
}
