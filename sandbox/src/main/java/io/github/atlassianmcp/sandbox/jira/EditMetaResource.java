package io.github.atlassianmcp.sandbox.jira;

import com.google.gson.JsonObject;
import io.github.atlassianmcp.sandbox.http.Call;
import io.github.atlassianmcp.sandbox.http.HttpResponse;
import io.github.atlassianmcp.sandbox.http.Json;
import io.github.atlassianmcp.sandbox.http.Router;

/**
 * Edit metadata: the fields of an issue's edit screen with their schemas, operations and allowed values, the same
 * values create metadata offers and an edit is checked against.
 */
public final class EditMetaResource {

  private final JiraSite site;

  public EditMetaResource(JiraSite site) {
    this.site = site;
  }

  public void register(Router router) {
    router.get("/rest/api/3/issue/{issueIdOrKey}/editmeta", this::editMeta);
  }

  private HttpResponse editMeta(Call call) {
    Issue issue = site.issue(call);
    JsonObject fields = new JsonObject();
    site.screens().edit(issue, call.apiBase()).forEach(field -> fields.add(field.id(), field.metadata()));
    return HttpResponse.json(200, Json.object().put("fields", fields).build());
  }
}
