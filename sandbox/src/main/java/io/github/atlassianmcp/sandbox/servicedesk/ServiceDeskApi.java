package io.github.atlassianmcp.sandbox.servicedesk;

import io.github.atlassianmcp.sandbox.http.Router;

/** Every Jira Service Management route the sandbox serves. */
public final class ServiceDeskApi {

  private final ServiceDeskSite site;

  public ServiceDeskApi(ServiceDeskSite site) {
    this.site = site;
  }

  public void register(Router router) {
    new ServiceDeskResource(site).register(router);
    new QueueResource(site).register(router);
    new RequestResource(site).register(router);
    new RequestCreateResource(site).register(router);
    new RequestCommentResource(site).register(router);
    new ApprovalResource(site).register(router);
  }
}
