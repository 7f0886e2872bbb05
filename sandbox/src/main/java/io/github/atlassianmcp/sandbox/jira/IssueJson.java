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
  private final CustomFieldValues customValues;

  public IssueJson(JiraStore store) {
    this.store = store;
    this.customValues = new CustomFieldValues(store);
  }

  /**
   * The issue as get-issue and search answer it; {@code expand} may ask for {@code names} (the names of the
   * fields shown) and {@code changelog} (the whole history, oldest first).
   */
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
    if (expand.contains("changelog")) {
      List<ChangeGroup> history = store.changelog(issue.id());
      json.add("changelog", Json.object()
          .put("startAt", 0)
          .put("maxResults", history.size())
          .put("total", history.size())
          .put("histories", Json.array(history, group -> JiraJson.changeGroup(group, base)))
          .build());
    }
    return json;
  }

  /**
   * The value of one field; null when the field is absent from this issue (parent of a top-level issue, a custom
   * field that is not on the issue's screens).
   */
  private JsonElement value(Issue issue, String field, String base) {
    Long spent = issue.timeSpent();
    return switch (field) {
      case "statuscategorychangedate" -> text(JiraDates.format(issue.statusChanged()));
      case "issuetype" -> JiraJson.issueType(issue.type(), base);
      case "parent" -> issue.parentKey() == null ? null : parent(issue.parentKey(), base);
      case "timespent", "aggregatetimespent" -> seconds(spent);
      case "timeoriginalestimate", "aggregatetimeoriginalestimate" -> seconds(issue.originalEstimate());
      case "timeestimate", "aggregatetimeestimate" -> seconds(issue.remainingEstimate());
      case "project" -> JiraJson.projectReference(issue.project(), base);
      case "fixVersions" -> Json.array(issue.fixVersions(), version -> JiraJson.version(version, base));
      case "versions" -> Json.array(issue.versions(), version -> JiraJson.version(version, base));
      case "components" -> Json.array(issue.components(), component -> JiraJson.component(component, base));
      case "attachment" -> Json.array(issue.attachments(), attachment -> JiraJson.attachment(attachment, base));
      case "issuelinks" -> links(issue, base);
      case "resolution" -> issue.resolved() == null ? JsonNull.INSTANCE : JiraJson.resolution(base);
      case "resolutiondate" -> issue.resolved() == null ? JsonNull.INSTANCE
          : text(JiraDates.format(issue.resolved()));
      case "workratio" -> new JsonPrimitive(workRatio(issue, spent));
      case "watches" -> Json.object()
          .put("self", base + "/rest/api/3/issue/" + issue.key() + "/watchers")
          .put("watchCount", 1)
          .put("isWatching", false)
          .build();
      case "lastViewed", "security", "environment" -> JsonNull.INSTANCE;
      case "created" -> text(JiraDates.format(issue.created()));
      case "updated" -> text(JiraDates.format(issue.updated()));
      case "priority" -> JiraJson.priority(issue.priority(), base);
      case "labels" -> Json.strings(issue.labels());
      case "assignee" -> issue.assignee() == null ? JsonNull.INSTANCE : JiraUsers.details(issue.assignee(), base);
      case "reporter" -> JiraUsers.details(issue.reporter(), base);
      case "creator" -> JiraUsers.details(issue.creator(), base);
      case "status" -> JiraJson.status(issue.status(), base);
      case "description" -> issue.description() == null ? JsonNull.INSTANCE : issue.description();
      case "timetracking" -> timeTracking(issue, spent);
      case "summary" -> text(issue.summary());
      case "subtasks" -> Json.array(store.children(issue.key()).stream()
          .filter(child -> child.type().subtask()).toList(), child -> reference(child, base));
      case "aggregateprogress", "progress" -> progress(issue, spent);
      case "duedate" -> issue.dueDate() == null ? JsonNull.INSTANCE : text(JiraDates.format(issue.dueDate()));
      case "votes" -> Json.object()
          .put("self", base + "/rest/api/3/issue/" + issue.key() + "/votes")
          .put("votes", 0)
          .put("hasVoted", false)
          .build();
      case "comment" -> comments(issue, base);
      case "worklog" -> worklogs(issue, base);
      default -> CustomFields.byId(field).map(custom -> customValue(issue, custom, base)).orElse(null);
    };
  }

  /** A custom field's value: null (JSON) when empty, absent when the field is not on the issue's screens. */
  private JsonElement customValue(Issue issue, CustomField field, String base) {
    if (!CustomFields.shownOn(field, issue.project(), issue.type())) {
      return null;
    }
    return switch (field.kind()) {
      case NUMBER -> issue.custom(field).orElse(JsonNull.INSTANCE);
      case SELECT -> CustomFieldValues.team(issue).<JsonElement>map(option -> JiraJson.option(option, base))
          .orElse(JsonNull.INSTANCE);
      case SPRINT -> {
        List<Sprint> sprints = customValues.sprints(issue);
        yield sprints.isEmpty() ? JsonNull.INSTANCE : Json.array(sprints, JiraJson::sprintField);
      }
    };
  }

  /**
   * The issue's links, each from this issue's point of view: {@code outwardIssue} when this issue is the link's
   * source (this issue "blocks" the other), {@code inwardIssue} when it is the destination (this issue "is
   * blocked by" the other).
   */
  private JsonArray links(Issue issue, String base) {
    JsonArray links = new JsonArray();
    for (IssueLink link : store.links(issue.id())) {
      boolean source = link.sourceId() == issue.id();
      long otherId = source ? link.destinationId() : link.sourceId();
      store.issue(otherId).ifPresent(other -> links.add(Json.object()
          .put("id", link.id())
          .put("self", base + "/rest/api/3/issueLink/" + link.id())
          .put("type", JiraJson.linkType(link.type(), base))
          .put(source ? "outwardIssue" : "inwardIssue", reference(other, base))
          .build()));
    }
    return links;
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

  /** Jira's time tracking object: only the parts that have a value. */
  private static JsonObject timeTracking(Issue issue, Long spent) {
    JsonObject json = new JsonObject();
    if (issue.originalEstimate() != null) {
      json.addProperty("originalEstimate", JiraDurations.format(issue.originalEstimate()));
    }
    if (issue.remainingEstimate() != null) {
      json.addProperty("remainingEstimate", JiraDurations.format(issue.remainingEstimate()));
    }
    if (spent != null) {
      json.addProperty("timeSpent", JiraDurations.format(spent));
    }
    if (issue.originalEstimate() != null) {
      json.addProperty("originalEstimateSeconds", issue.originalEstimate());
    }
    if (issue.remainingEstimate() != null) {
      json.addProperty("remainingEstimateSeconds", issue.remainingEstimate());
    }
    if (spent != null) {
      json.addProperty("timeSpentSeconds", spent);
    }
    return json;
  }

  /** Progress: time spent out of time spent plus time remaining, as Jira computes it. */
  private static JsonObject progress(Issue issue, Long spent) {
    long done = spent == null ? 0 : spent;
    long total = done + (issue.remainingEstimate() == null ? 0 : issue.remainingEstimate());
    Json.ObjectBuilder json = Json.object().put("progress", done).put("total", total);
    if (total > 0) {
      json.put("percent", done * 100 / total);
    }
    return json.build();
  }

  /** Time spent as a percentage of the original estimate; -1 without an estimate. */
  private static long workRatio(Issue issue, Long spent) {
    if (issue.originalEstimate() == null || issue.originalEstimate() == 0) {
      return -1;
    }
    return (spent == null ? 0 : spent) * 100 / issue.originalEstimate();
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

  private static JsonElement seconds(Long value) {
    return value == null ? JsonNull.INSTANCE : new JsonPrimitive(value);
  }

  private static JsonElement text(String value) {
    return value == null ? JsonNull.INSTANCE : new JsonPrimitive(value);
  }
}
