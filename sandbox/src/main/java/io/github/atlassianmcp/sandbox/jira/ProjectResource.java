package io.github.atlassianmcp.sandbox.jira;

import com.google.gson.JsonObject;
import io.github.atlassianmcp.sandbox.http.Call;
import io.github.atlassianmcp.sandbox.http.HttpResponse;
import io.github.atlassianmcp.sandbox.http.Json;
import io.github.atlassianmcp.sandbox.http.Router;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Projects: the paged search (ordered by key unless {@code orderBy} says otherwise), one project, and the statuses of each of its issue types. */
public final class ProjectResource {

  private final JiraSite site;

  public ProjectResource(JiraSite site) {
    this.site = site;
  }

  public void register(Router router) {
    router.get("/rest/api/3/project/search", this::search);
    router.get("/rest/api/3/project/{projectIdOrKey}", this::get);
    router.get("/rest/api/3/project/{projectIdOrKey}/statuses", this::statuses);
    router.get("/rest/api/3/project/{projectIdOrKey}/components", this::components);
    router.get("/rest/api/3/project/{projectIdOrKey}/versions", this::versions);
  }

  private HttpResponse components(Call call) {
    Project project = project(call);
    String base = call.apiBase();
    return HttpResponse.json(200, Json.array(site.store().components(project), component -> {
      JsonObject json = JiraJson.component(component, base);
      json.addProperty("assigneeType", "PROJECT_DEFAULT");
      json.addProperty("realAssigneeType", "PROJECT_DEFAULT");
      json.addProperty("isAssigneeTypeValid", false);
      json.addProperty("project", project.key());
      json.addProperty("projectId", Long.parseLong(project.id()));
      return json;
    }));
  }

  private HttpResponse versions(Call call) {
    Project project = project(call);
    String base = call.apiBase();
    return HttpResponse.json(200, Json.array(site.store().versions(project), version -> {
      JsonObject json = JiraJson.version(version, base);
      if (version.startDate() != null) {
        json.addProperty("startDate", version.startDate().toString());
      }
      json.addProperty("overdue", !version.released() && version.releaseDate() != null
          && version.releaseDate().isBefore(site.now().atZone(ZoneOffset.UTC).toLocalDate()));
      json.addProperty("projectId", Long.parseLong(project.id()));
      return json;
    }));
  }

  private HttpResponse search(Call call) {
    int startAt = call.count("startAt", 0);
    int maxResults = Math.max(1, Math.min(call.count("maxResults", 50), 100));
    String query = call.query("query").orElse("").toLowerCase(Locale.ROOT);
    Set<String> keys = new HashSet<>();
    call.request().queryParams("keys").forEach(value -> keys.addAll(List.of(value.toUpperCase(Locale.ROOT).split(","))));
    String typeKey = call.query("typeKey").orElse(null);
    Set<String> expand = IssueResource.expand(call);
    List<Project> matching = site.store().projects().stream()
        .filter(p -> query.isEmpty() || p.key().toLowerCase(Locale.ROOT).contains(query)
            || p.name().toLowerCase(Locale.ROOT).contains(query))
        .filter(p -> keys.isEmpty() || keys.contains(p.key()) || keys.contains(p.id()))
        .filter(p -> typeKey == null || List.of(typeKey.split(",")).contains(p.typeKey()))
        .sorted(order(call.query("orderBy").orElse("key")))
        .toList();
    String path = call.apiBase() + "/rest/api/3/project/search";
    return HttpResponse.json(200, JiraJson.pageBean(start -> path + "?startAt=" + start + "&maxResults=" + maxResults,
        matching, startAt, maxResults, project -> render(project, expand, call.apiBase())));
  }

  /**
   * Jira's {@code orderBy}: key (the default), name or owner (the lead), {@code -} for descending; the other
   * orders it documents (category, issue count, dates) fall back to key here.
   */
  private static Comparator<Project> order(String orderBy) {
    boolean descending = orderBy.startsWith("-");
    String field = orderBy.replaceFirst("^[+-]", "");
    Comparator<Project> order = switch (field) {
      case "name" -> Comparator.comparing((Project p) -> p.name().toLowerCase(Locale.ROOT));
      case "owner" -> Comparator.comparing((Project p) -> p.lead().displayName().toLowerCase(Locale.ROOT));
      default -> Comparator.comparing(Project::key);
    };
    order = order.thenComparing(Project::key);
    return descending ? order.reversed() : order;
  }

  private HttpResponse get(Call call) {
    Project project = project(call);
    Set<String> expand = new HashSet<>(IssueResource.expand(call));
    expand.addAll(List.of("description", "lead", "issueTypes"));
    return HttpResponse.json(200, render(project, expand, call.apiBase()));
  }

  private HttpResponse statuses(Call call) {
    Project project = project(call);
    return HttpResponse.json(200, Json.array(project.issueTypes(), type -> Json.object()
        .put("self", call.apiBase() + "/rest/api/3/issuetype/" + type.id())
        .put("id", type.id())
        .put("name", type.name())
        .put("subtask", type.subtask())
        .put("statuses", Json.array(project.statuses(), status -> JiraJson.status(status, call.apiBase())))
        .build()));
  }

  private Project project(Call call) {
    String idOrKey = call.pathVariable("projectIdOrKey");
    return site.store().project(idOrKey)
        .orElseThrow(() -> JiraSite.notFound("No project could be found with key '" + idOrKey + "'."));
  }

  private JsonObject render(Project project, Set<String> expand, String base) {
    Json.ObjectBuilder json = Json.object()
        .put("expand", "description,lead,issueTypes,url,projectKeys,permissions,insight")
        .put("self", base + "/rest/api/3/project/" + project.id())
        .put("id", project.id())
        .put("key", project.key());
    if (expand.contains("description")) {
      json.put("description", project.description());
    }
    if (expand.contains("lead")) {
      json.put("lead", JiraUsers.details(project.lead(), base));
    }
    if (expand.contains("issueTypes")) {
      json.put("issueTypes", Json.array(project.issueTypes(), type -> JiraJson.issueType(type, base)));
    }
    json.put("name", project.name())
        .put("avatarUrls", JiraJson.projectAvatars(project, base))
        .put("projectTypeKey", project.typeKey())
        .put("simplified", false)
        .put("style", "classic")
        .put("isPrivate", false)
        .put("properties", new JsonObject());
    if (expand.contains("insight")) {
      List<Issue> issues = new ArrayList<>(site.store().issues());
      issues.removeIf(issue -> !issue.project().key().equals(project.key()));
      Instant last = issues.stream().map(Issue::updated).max(Instant::compareTo).orElse(null);
      Json.ObjectBuilder insight = Json.object().put("totalIssueCount", issues.size());
      if (last != null) {
        insight.put("lastIssueUpdateTime", JiraDates.format(last));
      }
      json.put("insight", insight);
    }
    return json.build();
  }
}
