package io.github.atlassianmcp.sandbox.jira;

import io.github.atlassianmcp.sandbox.http.Call;
import io.github.atlassianmcp.sandbox.http.HttpResponse;
import io.github.atlassianmcp.sandbox.http.Json;
import io.github.atlassianmcp.sandbox.http.Router;

/**
 * One priority by ID. Both ways to list priorities ({@code GET /priority} and {@code GET /priority/search}) are
 * deprecated in the current spec, so the sandbox leaves them out: the allowed values in create and edit metadata
 * are where a client finds the priorities it may set.
 */
public final class PriorityResource {

  private final JiraSite site;

  public PriorityResource(JiraSite site) {
    this.site = site;
  }

  public void register(Router router) {
    router.get("/rest/api/3/priority/{id}", this::get);
  }

  private HttpResponse get(Call call) {
    String id = call.pathVariable("id");
    Priority priority = site.store().priorities().stream().filter(p -> p.id().equals(id)).findFirst()
        .orElseThrow(() -> JiraSite.notFound("The priority with ID '" + id + "' does not exist."));
    return HttpResponse.json(200, Json.object()
        .put("self", call.apiBase() + "/rest/api/3/priority/" + priority.id())
        .put("statusColor", priority.statusColor())
        .put("description", priority.description())
        .put("iconUrl", call.apiBase() + "/images/icons/priorities/" + priority.icon() + ".svg")
        .put("name", priority.name())
        .put("id", priority.id())
        .put("isDefault", priority.id().equals(site.store().defaultPriority().id()))
        .build());
  }
}
