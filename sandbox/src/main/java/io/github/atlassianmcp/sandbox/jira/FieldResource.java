package io.github.atlassianmcp.sandbox.jira;

import com.google.gson.JsonObject;
import io.github.atlassianmcp.sandbox.http.Call;
import io.github.atlassianmcp.sandbox.http.HttpResponse;
import io.github.atlassianmcp.sandbox.http.Json;
import io.github.atlassianmcp.sandbox.http.Pages;
import io.github.atlassianmcp.sandbox.http.Router;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * {@code GET /rest/api/3/field}: the system fields, then the custom fields, with their JQL clause names and schemas;
 * and {@code GET /rest/api/3/field/search}, the same fields as Jira's offset page, which clients read at start to
 * find custom fields (type=custom).
 */
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
    router.get("/rest/api/3/field/search", FieldResource::search);
  }

  private static HttpResponse search(Call call) {
    int startAt = call.count("startAt", 0);
    int maxResults = Math.max(1, Math.min(call.count("maxResults", 50), 100));
    Set<String> types = values(call, "type");
    Set<String> ids = values(call, "id");
    String query = call.query("query").orElse("").toLowerCase(Locale.ROOT);
    Set<String> expand = IssueResource.expand(call);
    List<JsonObject> matching = fields().stream()
        .filter(f -> types.isEmpty() || types.contains(f.get("custom").getAsBoolean() ? "custom" : "system"))
        .filter(f -> ids.isEmpty() || ids.contains(f.get("id").getAsString()))
        .filter(f -> f.get("name").getAsString().toLowerCase(Locale.ROOT).contains(query))
        .toList();
    List<JsonObject> page = Pages.slice(matching, startAt, maxResults);
    return HttpResponse.json(200, Json.object()
        .put("self", call.apiBase() + "/rest/api/3/field/search?startAt=" + startAt + "&maxResults=" + maxResults)
        .put("maxResults", maxResults)
        .put("startAt", startAt)
        .put("total", matching.size())
        .put("isLast", startAt + page.size() >= matching.size())
        .put("values", Json.array(page, field -> described(field, expand)))
        .build());
  }

  /** A field as the search shows it: id, key, name, schema, and what {@code expand} asks for. */
  private static JsonObject described(JsonObject field, Set<String> expand) {
    JsonObject described = new JsonObject();
    for (String name : List.of("id", "key", "name", "schema")) {
      described.add(name, field.get(name));
    }
    if (expand.contains("isLocked")) {
      described.addProperty("isLocked", false);
    }
    if (expand.contains("screensCount")) {
      described.addProperty("screensCount", 1);
    }
    if (expand.contains("lastUsed")) {
      described.add("lastUsed", Json.object().put("type", "NOT_TRACKED").build());
    }
    return described;
  }

  private static Set<String> values(Call call, String name) {
    Set<String> values = new HashSet<>();
    call.request().queryParams(name).forEach(value -> values.addAll(List.of(value.split(","))));
    return values;
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
