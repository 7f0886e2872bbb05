package io.github.atlassianmcp.sandbox.jira;

import io.github.atlassianmcp.sandbox.http.Call;
import io.github.atlassianmcp.sandbox.http.HttpResponse;
import io.github.atlassianmcp.sandbox.http.Router;
import java.util.List;

/**
 * Create metadata, the current form: the issue types a project accepts, and the fields of one of them with
 * their schemas, whether required, and allowed values.
 */
public final class CreateMetaResource {

  private static final String PATH = "/rest/api/3/issue/createmeta/{projectIdOrKey}/issuetypes";

  private final JiraSite site;

  public CreateMetaResource(JiraSite site) {
    this.site = site;
  }

  public void register(Router router) {
    router.get(PATH, this::issueTypes);
    router.get(PATH + "/{issueTypeId}", this::fields);
  }

  private HttpResponse issueTypes(Call call) {
    Project project = project(call);
    int startAt = call.count("startAt", 0);
    int maxResults = Math.max(1, call.count("maxResults", 50));
    return HttpResponse.json(200, JiraJson.page("issueTypes", project.issueTypes(), startAt, maxResults,
        type -> JiraJson.issueType(type, call.apiBase())));
  }

  private HttpResponse fields(Call call) {
    Project project = project(call);
    String typeId = call.pathVariable("issueTypeId");
    IssueType type = project.issueTypes().stream().filter(candidate -> candidate.id().equals(typeId)).findFirst()
        .orElseThrow(() -> JiraSite.badRequest("The issue type ID '" + typeId + "' is not valid for project '"
            + project.key() + "'."));
    List<IssueScreens.ScreenField> fields = site.screens().create(project, type, call.apiBase());
    int startAt = call.count("startAt", 0);
    int maxResults = Math.max(1, call.count("maxResults", 50));
    return HttpResponse.json(200, JiraJson.page("fields", fields, startAt, maxResults,
        IssueScreens.ScreenField::createMetadata));
  }

  private Project project(Call call) {
    String idOrKey = call.pathVariable("projectIdOrKey");
    return site.store().project(idOrKey)
        .orElseThrow(() -> JiraSite.notFound("No project could be found with key '" + idOrKey + "'."));
  }
}
