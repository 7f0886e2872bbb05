package io.github.atlassianmcp.sandbox.jira;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import io.github.atlassianmcp.sandbox.SandboxUser;
import io.github.atlassianmcp.sandbox.http.Call;
import io.github.atlassianmcp.sandbox.http.HttpResponse;
import io.github.atlassianmcp.sandbox.http.Json;
import io.github.atlassianmcp.sandbox.http.Router;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/** Comments of an issue: list, add, get, edit, delete. Bodies are ADF, checked against the schema. */
public final class CommentResource {

  static final String BODY_NOT_VALID = "Comment body is not valid!";
  private static final String PATH = "/rest/api/3/issue/{issueIdOrKey}/comment";

  private final JiraSite site;

  public CommentResource(JiraSite site) {
    this.site = site;
  }

  public void register(Router router) {
    router.get(PATH, this::list);
    router.post(PATH, this::add);
    router.get(PATH + "/{id}", this::get);
    router.put(PATH + "/{id}", this::edit);
    router.delete(PATH + "/{id}", this::delete);
  }

  private HttpResponse list(Call call) {
    Issue issue = site.issue(call);
    int startAt = call.count("startAt", 0);
    int maxResults = Math.min(call.count("maxResults", 5000), 5000);
    List<Comment> comments = new ArrayList<>(issue.comments());
    String orderBy = call.query("orderBy").orElse("created");
    Comparator<Comment> order = Comparator.comparing(Comment::created).thenComparing(Comment::id);
    comments.sort(orderBy.startsWith("-") ? order.reversed() : order);
    return HttpResponse.json(200, JiraJson.page("comments", comments, startAt, maxResults,
        comment -> JiraJson.comment(issue, comment, call.apiBase())));
  }

  private HttpResponse add(Call call) {
    Issue issue = site.issue(call);
    JsonObject body = JiraSite.body(call);
    JsonObject document = document(body);
    SandboxUser author = call.caller().user();
    Instant now = site.now();
    Comment comment = new Comment(site.store().nextCommentId(), author, author, document, now, now, isPublic(body));
    Issue updated = site.store().update(issue.key(), current -> current.with(draft -> {
      draft.comments.add(comment);
      draft.updated = now;
    })).orElseThrow();
    return HttpResponse.json(201, JiraJson.comment(updated, comment, call.apiBase()));
  }

  private HttpResponse get(Call call) {
    Issue issue = site.issue(call);
    return HttpResponse.json(200, JiraJson.comment(issue, comment(issue, call), call.apiBase()));
  }

  private HttpResponse edit(Call call) {
    Issue issue = site.issue(call);
    Comment old = comment(issue, call);
    JsonObject document = document(JiraSite.body(call));
    Instant now = site.now();
    Comment edited = new Comment(old.id(), old.author(), call.caller().user(), document, old.created(), now,
        old.jsdPublic());
    Issue updated = site.store().update(issue.key(), current -> current.with(draft -> {
      draft.comments.replaceAll(comment -> comment.id().equals(old.id()) ? edited : comment);
      draft.updated = now;
    })).orElseThrow();
    return HttpResponse.json(200, JiraJson.comment(updated, edited, call.apiBase()));
  }

  private HttpResponse delete(Call call) {
    Issue issue = site.issue(call);
    Comment old = comment(issue, call);
    site.store().update(issue.key(), current -> current.with(draft ->
        draft.comments.removeIf(comment -> comment.id().equals(old.id()))));
    return HttpResponse.noContent();
  }

  private Comment comment(Issue issue, Call call) {
    String id = call.pathVariable("id");
    return issue.comments().stream().filter(comment -> comment.id().equals(id)).findFirst()
        .orElseThrow(() -> JiraSite.notFound("Can not find a comment for the id: " + id + "."));
  }

  /** The ADF body of a comment request, or Jira's 400. */
  private JsonObject document(JsonObject body) {
    JsonElement document = body.get("body");
    if (document == null || document.isJsonNull()) {
      throw JiraSite.errors(List.of(), Map.of("comment", "Comment body can not be empty!"));
    }
    if (!document.isJsonObject()) {
      throw JiraSite.errors(List.of(), Map.of("comment", BODY_NOT_VALID));
    }
    if (!site.adf().problems(document).isEmpty()) {
      throw JiraSite.errors(List.of("INVALID_INPUT"), Map.of());
    }
    return document.getAsJsonObject();
  }

  /** Whether a service desk customer sees the comment: the sd.public.comment property makes it internal. */
  private static boolean isPublic(JsonObject body) {
    if (!body.has("properties") || !body.get("properties").isJsonArray()) {
      return true;
    }
    for (JsonElement property : body.getAsJsonArray("properties")) {
      if (property.isJsonObject() && "sd.public.comment".equals(Json.string(property.getAsJsonObject(), "key")
          .orElse(null))) {
        JsonElement value = property.getAsJsonObject().get("value");
        return !(value != null && value.isJsonObject() && value.getAsJsonObject().has("internal")
            && value.getAsJsonObject().get("internal").getAsBoolean());
      }
    }
    return true;
  }
}
