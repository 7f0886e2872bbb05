package io.github.atlassianmcp.sandbox.jira;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import io.github.atlassianmcp.sandbox.http.Json;
import io.github.atlassianmcp.sandbox.http.Pages;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.Function;
import java.util.function.IntFunction;

/**
 * Jira's JSON for the values inside an issue: status, status category, issue type, priority, project,
 * resolution, comment, worklog, component, version, option, sprint, link type, attachment, changelog entry, and
 * its offset pages. Every link is on {@code base}: the site, or the gateway prefix.
 */
public final class JiraJson {

  /** Jira Software writes sprint dates in UTC with a Z. */
  private static final DateTimeFormatter SPRINT_DATE =
      DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

  private JiraJson() {}

  /**
   * Jira's offset page of a list: {@code startAt}, {@code maxResults}, {@code total} and the slice of
   * {@code all} under {@code itemsKey} (comments, worklogs, issueTypes...).
   */
  public static <T> JsonObject page(String itemsKey, List<T> all, int startAt, int maxResults,
      Function<T, ? extends JsonElement> render) {
    return Json.object()
        .put("startAt", startAt)
        .put("maxResults", maxResults)
        .put("total", all.size())
        .put(itemsKey, Json.array(Pages.slice(all, startAt, maxResults), render))
        .build();
  }

  /**
   * Jira's PageBean: {@code self} and, unless this is the last page, {@code nextPage} (built by {@code url} from
   * a start index), then {@code maxResults}, {@code startAt}, {@code total}, {@code isLast} and the {@code values}.
   */
  public static <T> JsonObject pageBean(IntFunction<String> url, List<T> all, int startAt, int maxResults,
      Function<T, ? extends JsonElement> render) {
    List<T> page = Pages.slice(all, startAt, maxResults);
    boolean last = startAt + page.size() >= all.size();
    Json.ObjectBuilder answer = Json.object().put("self", url.apply(startAt));
    if (!last) {
      answer.put("nextPage", url.apply(startAt + page.size()));
    }
    return answer
        .put("maxResults", maxResults)
        .put("startAt", startAt)
        .put("total", all.size())
        .put("isLast", last)
        .put("values", Json.array(page, render))
        .build();
  }

  public static JsonObject status(Status status, String base) {
    return Json.object()
        .put("self", base + "/rest/api/3/status/" + status.id())
        .put("description", status.description())
        .put("iconUrl", base + "/images/icons/statuses/" + status.icon() + ".png")
        .put("name", status.name())
        .put("id", status.id())
        .put("statusCategory", statusCategory(status.category(), base))
        .build();
  }

  public static JsonObject statusCategory(StatusCategory category, String base) {
    return Json.object()
        .put("self", base + "/rest/api/3/statuscategory/" + category.id())
        .put("id", category.id())
        .put("key", category.key())
        .put("colorName", category.colorName())
        .put("name", category.displayName())
        .build();
  }

  public static JsonObject issueType(IssueType type, String base) {
    return Json.object()
        .put("self", base + "/rest/api/3/issuetype/" + type.id())
        .put("id", type.id())
        .put("description", type.description())
        .put("iconUrl", base + "/rest/api/2/universal_avatar/view/type/issuetype/avatar/" + type.avatarId()
            + "?size=medium")
        .put("name", type.name())
        .put("subtask", type.subtask())
        .put("avatarId", type.avatarId())
        .put("hierarchyLevel", type.hierarchyLevel())
        .build();
  }

  public static JsonObject priority(Priority priority, String base) {
    return Json.object()
        .put("self", base + "/rest/api/3/priority/" + priority.id())
        .put("iconUrl", base + "/images/icons/priorities/" + priority.icon() + ".svg")
        .put("name", priority.name())
        .put("id", priority.id())
        .build();
  }

  /** The short project form inside an issue. */
  public static JsonObject projectReference(Project project, String base) {
    return Json.object()
        .put("self", base + "/rest/api/3/project/" + project.id())
        .put("id", project.id())
        .put("key", project.key())
        .put("name", project.name())
        .put("projectTypeKey", project.typeKey())
        .put("simplified", false)
        .put("avatarUrls", projectAvatars(project, base))
        .build();
  }

  public static JsonObject projectAvatars(Project project, String base) {
    String avatar = base + "/rest/api/3/universal_avatar/view/type/project/avatar/" + project.avatarId();
    return Json.object()
        .put("48x48", avatar)
        .put("24x24", avatar + "?size=small")
        .put("16x16", avatar + "?size=xsmall")
        .put("32x32", avatar + "?size=medium")
        .build();
  }

  public static JsonObject resolution(String base) {
    return Json.object()
        .put("self", base + "/rest/api/3/resolution/10000")
        .put("id", "10000")
        .put("description", "Work has taken place and no further action is needed.")
        .put("name", "Done")
        .build();
  }

  public static JsonObject comment(Issue issue, Comment comment, String base) {
    return Json.object()
        .put("self", base + "/rest/api/3/issue/" + issue.id() + "/comment/" + comment.id())
        .put("id", comment.id())
        .put("author", JiraUsers.details(comment.author(), base))
        .put("body", comment.body())
        .put("updateAuthor", JiraUsers.details(comment.updateAuthor(), base))
        .put("created", JiraDates.format(comment.created()))
        .put("updated", JiraDates.format(comment.updated()))
        .put("jsdPublic", comment.jsdPublic())
        .build();
  }

  public static JsonObject worklog(Issue issue, Worklog worklog, String base) {
    Json.ObjectBuilder json = Json.object()
        .put("self", base + "/rest/api/3/issue/" + issue.id() + "/worklog/" + worklog.id())
        .put("author", JiraUsers.details(worklog.author(), base))
        .put("updateAuthor", JiraUsers.details(worklog.updateAuthor(), base));
    if (worklog.comment() != null) {
      json.put("comment", worklog.comment());
    }
    return json
        .put("created", JiraDates.format(worklog.created()))
        .put("updated", JiraDates.format(worklog.updated()))
        .put("started", JiraDates.format(worklog.started()))
        .put("timeSpent", JiraDurations.format(worklog.timeSpentSeconds()))
        .put("timeSpentSeconds", worklog.timeSpentSeconds())
        .put("id", worklog.id())
        .put("issueId", issue.idText())
        .build();
  }

  public static JsonObject component(Component component, String base) {
    return Json.object()
        .put("self", base + "/rest/api/3/component/" + component.id())
        .put("id", component.id())
        .put("name", component.name())
        .put("description", component.description())
        .build();
  }

  public static JsonObject version(Version version, String base) {
    Json.ObjectBuilder json = Json.object()
        .put("self", base + "/rest/api/3/version/" + version.id())
        .put("id", version.id())
        .put("description", version.description())
        .put("name", version.name())
        .put("archived", version.archived())
        .put("released", version.released());
    if (version.releaseDate() != null) {
      json.put("releaseDate", version.releaseDate().toString());
    }
    return json.build();
  }

  /** A select list's option, as an issue shows it and as allowed values list it. */
  public static JsonObject option(FieldOption option, String base) {
    return Json.object()
        .put("self", base + "/rest/api/3/customFieldOption/" + option.id())
        .put("value", option.value())
        .put("id", option.id())
        .build();
  }

  /** A sprint as the Sprint field of an issue shows it. */
  public static JsonObject sprintField(Sprint sprint) {
    Json.ObjectBuilder json = Json.object()
        .put("id", sprint.id())
        .put("name", sprint.name())
        .put("state", sprint.state().key())
        .put("boardId", sprint.boardId())
        .put("goal", sprint.goal() == null ? "" : sprint.goal());
    sprintDates(json, sprint);
    return json.build();
  }

  /** The start, end and completion dates a sprint has. */
  public static void sprintDates(Json.ObjectBuilder json, Sprint sprint) {
    if (sprint.start() != null) {
      json.put("startDate", sprintDate(sprint.start()));
    }
    if (sprint.end() != null) {
      json.put("endDate", sprintDate(sprint.end()));
    }
    if (sprint.completed() != null) {
      json.put("completeDate", sprintDate(sprint.completed()));
    }
  }

  public static String sprintDate(Instant instant) {
    return SPRINT_DATE.format(instant);
  }

  public static JsonObject linkType(IssueLinkType type, String base) {
    return Json.object()
        .put("id", type.id())
        .put("name", type.name())
        .put("inward", type.inward())
        .put("outward", type.outward())
        .put("self", base + "/rest/api/3/issueLinkType/" + type.id())
        .build();
  }

  /** An attachment as an issue's attachment field and the upload answer show it. */
  public static JsonObject attachment(Attachment attachment, String base) {
    Json.ObjectBuilder json = Json.object()
        .put("self", base + "/rest/api/3/attachment/" + attachment.id())
        .put("id", attachment.id())
        .put("filename", attachment.filename())
        .put("author", JiraUsers.details(attachment.author(), base))
        .put("created", JiraDates.format(attachment.created()))
        .put("size", attachment.size())
        .put("mimeType", attachment.mimeType())
        .put("content", base + "/rest/api/3/attachment/content/" + attachment.id());
    if (attachment.isImage()) {
      json.put("thumbnail", base + "/rest/api/3/attachment/thumbnail/" + attachment.id());
    }
    return json.build();
  }

  public static JsonObject changeGroup(ChangeGroup group, String base) {
    return Json.object()
        .put("id", group.id())
        .put("author", JiraUsers.details(group.author(), base))
        .put("created", JiraDates.format(group.created()))
        .put("items", Json.array(group.items(), JiraJson::changeItem))
        .build();
  }

  private static JsonObject changeItem(ChangeItem item) {
    Json.ObjectBuilder json = Json.object().put("field", item.field()).put("fieldtype", item.fieldtype());
    if (item.fieldId() != null) {
      json.put("fieldId", item.fieldId());
    }
    return json
        .put("from", item.from())
        .put("fromString", item.fromText())
        .put("to", item.to())
        .put("toString", item.toText())
        .build();
  }
}
