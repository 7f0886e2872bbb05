package io.github.atlassianmcp.sandbox.jira;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import io.github.atlassianmcp.sandbox.http.Json;
import io.github.atlassianmcp.sandbox.http.Pages;
import java.util.List;
import java.util.Set;

/** Renders an issue as Jira's IssueBean, with the fields a request selected. */
public final class IssueJson {

  static final String EXPAND = "renderedFields,names,schema,operations,editmeta,changelog,versionedRepresentations";

  private final JiraStore store;

  public IssueJson(JiraStore store) {
    this.store = store;
  }

  /** The issue as get-issue and search answer it; {@code expand} may ask for {@code names}. */
  public JsonObject render(Issue issue, IssueFields fields, Set<String> expand, String base) {
    if (fields.idOnly()) {
      return Json.object().put("id", issue.idText()).build();
    }
    JsonObject json = Json.object()
        .put("expand", EXPAND)
        .put("id", issue.idText())
        .put("self", base + "/rest/api/3/issue/" + issue.id())
        .put("key", issue.key())
        .build();
    JsonObject values = new JsonObject();
    for (String field : IssueFields.NAMES.keySet()) {
      if (fields.includes(field)) {
        JsonElement value = value(issue, field, base);
        if (value != null) {
          values.add(field, value);
        }
      }
    }
    if (expand.contains("names")) {
      JsonObject names = new JsonObject();
      values.keySet().forEach(field -> names.addProperty(field, IssueFields.NAMES.get(field)));
      json.add("names", names);
    }
    json.add("fields", values);
    return json;
  }

  /** The value of one field; null when the field is absent from this issue (parent of a top-level issue). */
  private JsonElement value(Issue issue, String field, String base) {
    Long spent = issue.worklogs().isEmpty() ? null
        : issue.worklogs().stream().mapToLong(Worklog::timeSpentSeconds).sum();
    return switch (field) {
      case "statuscategorychangedate" -> text(JiraDates.format(issue.statusChanged()));
      case "issuetype" -> JiraJson.issueType(issue.type(), base);
      case "parent" -> issue.parentKey() == null ? null : parent(issue.parentKey(), base);
      case "timespent", "aggregatetimespent" -> spent == null ? JsonNull.INSTANCE : new JsonPrimitive(spent);
      case "project" -> JiraJson.projectReference(issue.project(), base);
      case "fixVersions", "versions", "issuelinks", "components", "attachment" -> new JsonArray();
      case "resolution" -> issue.resolved() == null ? JsonNull.INSTANCE : JiraJson.resolution(base);
      case "resolutiondate" -> issue.resolved() == null ? JsonNull.INSTANCE
          : text(JiraDates.format(issue.resolved()));
      case "workratio" -> new JsonPrimitive(-1);
      case "watches" -> Json.object()
          .put("self", base + "/rest/api/3/issue/" + issue.key() + "/watchers")
          .put("watchCount", 1)
          .put("isWatching", false)
          .build();
      case "lastViewed", "timeestimate", "aggregatetimeoriginalestimate", "timeoriginalestimate", "security",
          "aggregatetimeestimate", "environment" -> JsonNull.INSTANCE;
      case "created" -> text(JiraDates.format(issue.created()));
      case "updated" -> text(JiraDates.format(issue.updated()));
      case "priority" -> JiraJson.priority(issue.priority(), base);
      case "labels" -> Json.strings(issue.labels());
      case "assignee" -> issue.assignee() == null ? JsonNull.INSTANCE : JiraUsers.details(issue.assignee(), base);
      case "reporter" -> JiraUsers.details(issue.reporter(), base);
      case "creator" -> JiraUsers.details(issue.creator(), base);
      case "status" -> JiraJson.status(issue.status(), base);
      case "description" -> issue.description() == null ? JsonNull.INSTANCE : issue.description();
      case "timetracking" -> spent == null ? new JsonObject() : Json.object()
          .put("timeSpent", JiraDurations.format(spent))
          .put("timeSpentSeconds", spent)
          .build();
      case "summary" -> text(issue.summary());
      case "subtasks" -> Json.array(store.children(issue.key()).stream()
          .filter(child -> child.type().subtask()).toList(), child -> reference(child, base));
      case "aggregateprogress", "progress" -> Json.object()
          .put("progress", spent == null ? 0 : spent)
          .put("total", spent == null ? 0 : spent)
          .build();
      case "duedate" -> issue.dueDate() == null ? JsonNull.INSTANCE : text(JiraDates.format(issue.dueDate()));
      case "votes" -> Json.object()
          .put("self", base + "/rest/api/3/issue/" + issue.key() + "/votes")
          .put("votes", 0)
          .put("hasVoted", false)
          .build();
      case "comment" -> comments(issue, base);
      case "worklog" -> worklogs(issue, base);
      default -> null;
    };
  }

  private JsonElement parent(String parentKey, String base) {
    return store.issue(parentKey).<JsonElement>map(parent -> reference(parent, base)).orElse(null);
  }

  /** The short form of a linked issue: id, key, self and a few fields. */
  static JsonObject reference(Issue issue, String base) {
    return Json.object()
        .put("id", issue.idText())
        .put("key", issue.key())
        .put("self", base + "/rest/api/3/issue/" + issue.id())
        .put("fields", Json.object()
            .put("summary", issue.summary())
            .put("status", JiraJson.status(issue.status(), base))
            .put("priority", JiraJson.priority(issue.priority(), base))
            .put("issuetype", JiraJson.issueType(issue.type(), base)))
        .build();
  }

  private static JsonObject comments(Issue issue, String base) {
    List<Comment> comments = issue.comments();
    return Json.object()
        .put("comments", Json.array(comments, comment -> JiraJson.comment(issue, comment, base)))
        .put("self", base + "/rest/api/3/issue/" + issue.id() + "/comment")
        .put("maxResults", comments.size())
        .put("total", comments.size())
        .put("startAt", 0)
        .build();
  }

  private static JsonObject worklogs(Issue issue, String base) {
    List<Worklog> worklogs = issue.worklogs();
    List<Worklog> firstPage = Pages.slice(worklogs, 0, 20);
    return Json.object()
        .put("startAt", 0)
        .put("maxResults", 20)
        .put("total", worklogs.size())
        .put("worklogs", Json.array(firstPage, worklog -> JiraJson.worklog(issue, worklog, base)))
        .build();
  }

  private static JsonElement text(String value) {
    return value == null ? JsonNull.INSTANCE : new JsonPrimitive(value);
  }
}
