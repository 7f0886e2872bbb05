package io.github.atlassianmcp.sandbox.servicedesk;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import io.github.atlassianmcp.sandbox.adf.Adf;
import io.github.atlassianmcp.sandbox.http.Call;
import io.github.atlassianmcp.sandbox.http.HttpResponse;
import io.github.atlassianmcp.sandbox.http.Json;
import io.github.atlassianmcp.sandbox.http.Router;
import io.github.atlassianmcp.sandbox.jira.Comment;
import io.github.atlassianmcp.sandbox.jira.Issue;
import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * The comments of a customer request: public replies and internal notes, in plain text as the service desk API
 * shows them (the same comments Jira shows as ADF). Customers see and write public comments only; a comment must
 * say whether it is public, as JSM's 400 for a missing {@code public} documents.
 */
public final class RequestCommentResource {

  private static final String PATH = "/rest/servicedeskapi/request/{issueIdOrKey}/comment";

  private final ServiceDeskSite site;
  private final RequestJson json;

  public RequestCommentResource(ServiceDeskSite site) {
    this.site = site;
    this.json = new RequestJson(site);
  }

  public void register(Router router) {
    router.get(PATH, this::list);
    router.post(PATH, this::add);
    router.get(PATH + "/{commentId}", this::get);
  }

  private HttpResponse list(Call call) {
    ServiceDeskSite.Found found = site.request(call);
    boolean publicOnes = call.query("public").map(Boolean::parseBoolean).orElse(true);
    // Customers are returned public comments only, whatever they ask for.
    boolean internalOnes = call.query("internal").map(Boolean::parseBoolean).orElse(true)
        && ServiceDeskSite.isAgent(call.caller().user());
    boolean rendered = RequestResource.expand(call).contains("renderedBody");
    List<Comment> comments = found.issue().comments().stream()
        .filter(comment -> comment.jsdPublic() ? publicOnes : internalOnes)
        .toList();
    return HttpResponse.json(200, PagedDto.of(comments, call.count("start", 0),
        call.count("limit", 50), call.apiBase(),
        "/rest/servicedeskapi/request/" + found.issue().id() + "/comment", "", List.of("attachment", "renderedBody"),
        comment -> json.comment(found.issue(), comment, rendered, call.apiBase())));
  }

  private HttpResponse add(Call call) {
    ServiceDeskSite.Found found = site.request(call);
    JsonObject body = Json.parse(call.request().bodyText())
        .filter(JsonElement::isJsonObject)
        .map(JsonElement::getAsJsonObject)
        .orElseThrow(() -> ServiceDeskSite.badRequest("The body must be a JSON object such as"
            + " {\"body\": \"...\", \"public\": true}."));
    String text = Json.string(body, "body").orElse("");
    if (text.isBlank()) {
      throw ServiceDeskSite.badRequest("The comment body is required.");
    }
    JsonElement visibility = body.get("public");
    if (visibility == null || !visibility.isJsonPrimitive() || !visibility.getAsJsonPrimitive().isBoolean()) {
      throw ServiceDeskSite.badRequest("The public field is required: true for a reply the customer sees, false"
          + " for an internal note.");
    }
    boolean isPublic = visibility.getAsBoolean();
    if (!isPublic && !ServiceDeskSite.isAgent(call.caller().user())) {
      throw ServiceDeskSite.forbidden("Customers can only add public comments.");
    }
    Instant now = site.clock().instant();
    Comment comment = new Comment(site.jira().nextCommentId(), call.caller().user(), call.caller().user(),
        Adf.fromPlainText(text), now, now, isPublic);
    Issue updated = site.jira().update(found.issue().key(), issue -> issue.with(draft -> {
      draft.comments.add(comment);
      draft.updated = now;
    })).orElseThrow();
    return HttpResponse.json(201, json.comment(updated, comment, false, call.apiBase()));
  }

  private HttpResponse get(Call call) {
    ServiceDeskSite.Found found = site.request(call);
    String id = call.pathVariable("commentId");
    boolean agent = ServiceDeskSite.isAgent(call.caller().user());
    Comment comment = found.issue().comments().stream().filter(candidate -> candidate.id().equals(id))
        .filter(candidate -> agent || candidate.jsdPublic())
        .findFirst()
        .orElseThrow(() -> ServiceDeskSite.notFound("The comment " + id + " does not exist on this request."));
    Set<String> expand = RequestResource.expand(call);
    return HttpResponse.json(200, json.comment(found.issue(), comment, expand.contains("renderedBody"),
        call.apiBase()));
  }
}
