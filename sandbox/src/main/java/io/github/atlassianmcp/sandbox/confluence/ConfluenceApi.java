package io.github.atlassianmcp.sandbox.confluence;

import io.github.atlassianmcp.sandbox.http.Router;

/**
 * Every Confluence route the sandbox serves: v1 CQL search, labels and attachment upload and download; v2 pages
 * (read, create, update, children), spaces, footer comments, labels, attachments and the user lookup.
 */
public final class ConfluenceApi {

  private final ConfluenceSite site;

  public ConfluenceApi(ConfluenceSite site) {
    this.site = site;
  }

  public void register(Router router) {
    new CqlSearchResource(site).register(router);
    new PagesResource(site).register(router);
    new SpacesResource(site).register(router);
    new PageWriteResource(site).register(router);
    new FooterCommentsResource(site).register(router);
    new LabelsResource(site).register(router);
    new AttachmentUploadResource(site).register(router);
    new AttachmentsResource(site).register(router);
    new UsersResource(site).register(router);
  }
}
