package io.github.atlassianmcp.sandbox.jira;

import io.github.atlassianmcp.sandbox.http.Router;

/** Every Jira platform route the sandbox serves, registered on the site's router. */
public final class JiraApi {

  private final JiraSite site;

  public JiraApi(JiraSite site) {
    this.site = site;
  }

  public void register(Router router) {
    new UserResource(site).register(router);
    new IssueResource(site).register(router);
    new SearchResource(site).register(router);
    new CommentResource(site).register(router);
    new WorklogResource(site).register(router);
    new TransitionResource(site).register(router);
    new ProjectResource(site).register(router);
    new CreateMetaResource(site).register(router);
    new FieldResource().register(router);
    new EditMetaResource(site).register(router);
    new ChangelogResource(site).register(router);
    new IssueLinkResource(site).register(router);
    new PriorityResource(site).register(router);
    new AttachmentResource(site).register(router);
  }
}
