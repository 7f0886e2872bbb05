package io.github.atlassianmcp.sandbox.jira;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import io.github.atlassianmcp.sandbox.http.ApiFamily;
import io.github.atlassianmcp.sandbox.http.Call;
import io.github.atlassianmcp.sandbox.http.HttpResponse;
import io.github.atlassianmcp.sandbox.http.Json;
import io.github.atlassianmcp.sandbox.http.Pages;
import io.github.atlassianmcp.sandbox.http.Router;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Issue search: the enhanced search {@code /rest/api/3/search/jql} (GET and POST, paged by
 * {@code nextPageToken} and {@code isLast}, fields selected by {@code fields}, only the ID by default), the
 * approximate count, and the removed {@code /rest/api/3/search}, which answers 410 as Cloud does now.
 */
public final class SearchResource {

  static final String REMOVED = "The requested API has been removed. Please migrate to the /rest/api/3/search/jql"
      + " API. A full migration guideline is available at https://developer.atlassian.com/changelog/#CHANGE-2046";
  static final String BAD_TOKEN = "The provided next page token is invalid or expired.";

  private final JiraSite site;

  public SearchResource(JiraSite site) {
    this.site = site;
  }

  public void register(Router router) {
    router.get("/rest/api/3/search/jql", this::searchGet);
    router.post("/rest/api/3/search/jql", this::searchPost);
    router.post("/rest/api/3/search/approximate-count", this::count);
    router.get("/rest/api/3/search", call -> removed());
    router.post("/rest/api/3/search", call -> removed());
  }

  private HttpResponse searchGet(Call call) {
    Set<String> expand = IssueResource.expand(call);
    return search(call, call.query("jql").orElse(""), call.query("nextPageToken").orElse(null),
        call.count("maxResults", 50), call.request().queryParams("fields"), expand);
  }

  private HttpResponse searchPost(Call call) {
    JsonObject body = JiraSite.body(call);
    List<String> fields = new ArrayList<>();
    if (body.has("fields") && body.get("fields").isJsonArray()) {
      body.getAsJsonArray("fields").forEach(field -> fields.add(field.getAsString()));
    }
    Set<String> expand = new HashSet<>();
    Json.string(body, "expand").ifPresent(value -> expand.addAll(List.of(value.split(","))));
    int maxResults = body.has("maxResults") ? integer(body.get("maxResults")) : 50;
    return search(call, Json.string(body, "jql").orElse(""), Json.string(body, "nextPageToken").orElse(null),
        maxResults, fields, expand);
  }

  private HttpResponse search(Call call, String jql, String nextPageToken, int maxResults, List<String> fieldNames,
      Set<String> expand) {
    IssueQuery query = compile(call, jql);
    int start = 0;
    if (nextPageToken != null && !nextPageToken.isEmpty()) {
      start = PageToken.decode(nextPageToken, jql).orElseThrow(() -> JiraSite.badRequest(BAD_TOKEN));
    }
    IssueFields fields = IssueFields.parse(fieldNames, "id");
    int limit = Math.max(1, Math.min(maxResults, fields.idOnly() ? 5000 : 100));
    List<Issue> matches = query.run(site.store().issues());
    List<Issue> page = Pages.slice(matches, start, limit);
    JsonArray issues = new JsonArray();
    Set<String> present = new HashSet<>();
    for (Issue issue : page) {
      JsonObject rendered = site.issueJson().render(issue, fields, Set.of(), call.apiBase());
      if (rendered.has("fields")) {
        present.addAll(rendered.getAsJsonObject("fields").keySet());
      }
      issues.add(rendered);
    }
    JsonObject answer = Json.object().put("issues", issues).build();
    int next = start + page.size();
    if (next < matches.size()) {
      answer.addProperty("nextPageToken", PageToken.encode(next, jql));
    }
    answer.addProperty("isLast", next >= matches.size());
    if (expand.contains("names")) {
      JsonObject names = new JsonObject();
      IssueFields.NAMES.forEach((id, name) -> {
        if (present.contains(id)) {
          names.addProperty(id, name);
        }
      });
      answer.add("names", names);
    }
    return HttpResponse.json(200, answer);
  }

  private HttpResponse count(Call call) {
    JsonObject body = JiraSite.body(call);
    IssueQuery query = compile(call, Json.string(body, "jql").orElse(""));
    return HttpResponse.json(200, Json.object().put("count", query.run(site.store().issues()).size()).build());
  }

  private IssueQuery compile(Call call, String jql) {
    QueryContext context = new QueryContext(call.caller().user(), site.now(), ZoneOffset.UTC, site.store(),
        site.users());
    IssueQuery.Result result = IssueQuery.compile(jql, context, true);
    return result.query().orElseThrow(() -> JiraSite.errors(result.errors(), Map.of()));
  }

  private static HttpResponse removed() {
    return ApiFamily.JIRA.error(410, REMOVED);
  }

  private static int integer(JsonElement value) {
    try {
      return value.getAsInt();
    } catch (RuntimeException e) {
      throw JiraSite.badRequest(JiraSite.BAD_PAYLOAD);
    }
  }
}
