package io.github.atlassianmcp.sandbox.agile;

import io.github.atlassianmcp.sandbox.http.Router;
import io.github.atlassianmcp.sandbox.jira.JiraSite;

/**
 * The Jira Software (agile) routes the sandbox serves, under {@code /rest/agile/1.0}: boards, their sprints, and
 * moving issues into a sprint. They work on the same issues as the platform API.
 */
public final class AgileApi {

  private final JiraSite site;

  public AgileApi(JiraSite site) {
    this.site = site;
  }

  public void register(Router router) {
    new BoardResource(site).register(router);
    new SprintResource(site).register(router);
  }
}
