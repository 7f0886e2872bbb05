package io.github.atlassianmcp.sandbox.jira;

import com.google.gson.JsonObject;
import io.github.atlassianmcp.sandbox.http.HttpResponse;
import io.github.atlassianmcp.sandbox.http.Json;
import io.github.atlassianmcp.sandbox.http.Router;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** {@code GET /rest/api/3/field}: the system fields, then the custom fields, with their JQL clause names and schemas. */
public final class FieldResource {

  private static final Map<String, String> TYPES = Map.ofEntries(
      Map.entry("summary", "string"), Map.entry("description", "string"), Map.entry("environment", "string"),
      Map.entry("created", "datetime"), Map.entry("updated", "datetime"), Map.entry("resolutiondate", "datetime"),
      Map.entry("lastViewed", "datetime"), Map.entry("statuscategorychangedate", "datetime"),
      Map.entry("duedate", "date"), Map.entry("assignee", "user"), Map.entry("reporter", "user"),
      Map.entry("creator", "user"), Map.entry("status", "status"), Map.entry("priority", "priority"),
      Map.entry("issuetype", "issuetype"), Map.entry("project", "project"), Map.entry("resolution", "resolution"),
      Map.entry("comment", "comments-page"), Map.entry("worklog", "array"), Map.entry("labels", "array"),
      Map.entry("parent", "issuelink"), Map.entry("subtasks", "array"), Map.entry("issuelinks", "array"),
      Map.entry("components", "array"), Map.entry("fixVersions", "array"), Map.entry("versions", "array"),
      Map.entry("attachment", "array"), Map.entry("votes", "votes"), Map.entry("watches", "watches"),
      Map.entry("timetracking", "timetracking"), Map.entry("progress", "progress"),
      Map.entry("aggregateprogress", "progress"), Map.entry("security", "securitylevel"));
  private static final Set<String> SEARCHABLE = Set.of("summary", "description", "environment", "created", "updated",
      "resolutiondate", "duedate", "assignee", "reporter", "creator", "status", "priority", "issuetype", "project",
      "resolution", "comment", "labels", "parent");

  public void register(Router router) {
    router.get("/rest/api/3/field", call -> HttpResponse.json(200, Json.array(fields())));
  }

  private static List<JsonObject> fields() {
    List<JsonObject> fields = new ArrayList<>();
    IssueFields.SYSTEM.forEach((id, name) -> {
      Json.ObjectBuilder schema = Json.object().put("type", TYPES.getOrDefault(id, "number")).put("system", id);
      fields.add(Json.object()
          .put("id", id)
          .put("key", id)
          .put("name", name)
          .put("custom", false)
          .put("orderable", !Set.of("comment", "worklog", "subtasks", "votes", "watches").contains(id))
          .put("navigable", !Set.of("comment", "worklog", "timetracking").contains(id))
          .put("searchable", SEARCHABLE.contains(id))
          .put("clauseNames", Json.strings(SEARCHABLE.contains(id) ? List.of(id) : List.of()))
          .put("schema", schema)
          .build());
    });
    for (CustomField custom : CustomFields.ALL) {
      fields.add(Json.object()
          .put("id", custom.id())
          .put("key", custom.id())
          .put("name", custom.name())
          .put("custom", true)
          .put("orderable", true)
          .put("navigable", true)
          .put("searchable", true)
          .put("clauseNames", Json.strings(List.of(custom.clauseId(), custom.name())))
          .put("schema", custom.schema())
          .build());
    }
    return fields;
  }
}
