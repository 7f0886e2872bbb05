package io.github.atlassianmcp.sandbox.confluence;

import io.github.atlassianmcp.sandbox.http.Router;

/** Every Confluence route the sandbox serves: v1 CQL search, v2 pages and spaces. */
public final class ConfluenceApi {

  private final ConfluenceSite site;

  public ConfluenceApi(ConfluenceSite site) {
    this.site = site;
  }

  public void register(Router router) {
    new CqlSearchResource(site).register(router);
    new PagesResource(site).register(router);
    new SpacesResource(site).register(router);
  }
}
