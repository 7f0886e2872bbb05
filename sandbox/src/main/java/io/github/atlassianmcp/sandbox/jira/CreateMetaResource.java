package io.github.atlassianmcp.sandbox.jira;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import io.github.atlassianmcp.sandbox.http.Call;
import io.github.atlassianmcp.sandbox.http.HttpResponse;
import io.github.atlassianmcp.sandbox.http.Json;
import io.github.atlassianmcp.sandbox.http.Router;
import java.util.ArrayList;
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
    String base = call.apiBase();
    List<JsonObject> fields = new ArrayList<>();
    fields.add(field("issuetype", "Issue Type", true, schema("issuetype", "issuetype"), List.of("set"),
        Json.array(List.of(JiraJson.issueType(type, base)))));
    if (type.subtask()) {
      fields.add(field("parent", "Parent", true, schema("issuelink", "parent"), List.of("set"), null));
    } else if (type.hierarchyLevel() == 0) {
      fields.add(field("parent", "Parent", false, schema("issuelink", "parent"), List.of("set"), null));
    }
    fields.add(field("summary", "Summary", true, schema("string", "summary"), List.of("set"), null));
    fields.add(field("description", "Description", false, schema("string", "description"), List.of("set"), null));
    fields.add(field("project", "Project", true, schema("project", "project"), List.of("set"),
        Json.array(List.of(JiraJson.projectReference(project, base)))));
    JsonObject reporter = field("reporter", "Reporter", true, schema("user", "reporter"), List.of("set"), null);
    reporter.addProperty("autoCompleteUrl", base + "/rest/api/3/user/search?query=");
    fields.add(reporter);
    JsonObject assignee = field("assignee", "Assignee", false, schema("user", "assignee"), List.of("set"), null);
    assignee.addProperty("autoCompleteUrl", base + "/rest/api/3/user/assignable/search?project=" + project.key()
        + "&query=");
    fields.add(assignee);
    JsonObject priority = field("priority", "Priority", false, schema("priority", "priority"), List.of("set"),
        Json.array(site.store().priorities(), p -> JiraJson.priority(p, base)));
    priority.addProperty("hasDefaultValue", true);
    priority.add("defaultValue", JiraJson.priority(site.store().defaultPriority(), base));
    fields.add(priority);
    JsonObject labelsSchema = schema("array", "labels");
    labelsSchema.addProperty("items", "string");
    JsonObject labels = field("labels", "Labels", false, labelsSchema, List.of("add", "set", "remove"), null);
    labels.addProperty("autoCompleteUrl", base + "/rest/api/1.0/labels/suggest?query=");
    fields.add(labels);
    fields.add(field("duedate", "Due date", false, schema("date", "duedate"), List.of("set"), null));
    return HttpResponse.json(200, Json.object()
        .put("maxResults", 50)
        .put("startAt", 0)
        .put("total", fields.size())
        .put("fields", Json.array(fields))
        .build());
  }

  private Project project(Call call) {
    String idOrKey = call.pathVariable("projectIdOrKey");
    return site.store().project(idOrKey)
        .orElseThrow(() -> JiraSite.notFound("No project could be found with key '" + idOrKey + "'."));
  }

  private static JsonObject field(String id, String name, boolean required, JsonObject schema, List<String> operations,
      JsonArray allowedValues) {
    Json.ObjectBuilder field = Json.object()
        .put("required", required)
        .put("schema", schema)
        .put("name", name)
        .put("key", id)
        .put("hasDefaultValue", false)
        .put("operations", Json.strings(operations));
    if (allowedValues != null) {
      field.put("allowedValues", allowedValues);
    }
    return field.put("fieldId", id).build();
  }

  private static JsonObject schema(String type, String system) {
    return Json.object().put("type", type).put("system", system).build();
  }
}
