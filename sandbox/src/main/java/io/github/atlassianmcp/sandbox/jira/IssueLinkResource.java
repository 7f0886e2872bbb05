package io.github.atlassianmcp.sandbox.jira;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import io.github.atlassianmcp.sandbox.SandboxUser;
import io.github.atlassianmcp.sandbox.http.Call;
import io.github.atlassianmcp.sandbox.http.HttpResponse;
import io.github.atlassianmcp.sandbox.http.Json;
import io.github.atlassianmcp.sandbox.http.Router;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Issue link types, and links between two issues: create, read, delete.
 *
 * <p><b>Which issue is which.</b> Jira's reference describes {@code outwardIssue} as the "from" issue, which
 * suggests that {@code {"type": "Blocks", "outwardIssue": A, "inwardIssue": B}} makes "A blocks B". Jira Cloud
 * does the reverse: the {@code inwardIssue} of the request is the link's source and reads the outward phrase,
 * so {@code {"inwardIssue": A, "outwardIssue": B}} makes "A blocks B" and "B is blocked by A". Reported
 * against Cloud by atlassian/atlassian-mcp-server#112 (outwardIssue IQS-2, inwardIssue IQS-4 showed "IQS-2 is
 * blocked by IQS-4" in the UI and in the issuelinks field), mozilla/jira-bugzilla-integration#1285 ("treats
 * inwardIssue as the blocker, not outwardIssue as the documentation suggests"), netresearch/jira-skill#104
 * ("outwardIssue is the destination of the outward arrow ... inwardIssue is the source", verified on a site),
 * midagedev/gadak#79 (reproduced on Cloud: "link A B --type blocks" read back A as "is blocked by") and
 * iloom-ai/iloom-cli#617; b1ff/atlassian-dc-mcp#74 documents the same for Data Center. (sooperset/mcp-atlassian
 * #1274 reads the other way, but its code swapped the keys before sending, see its PR #1292.)
 *
 * <p>Reading links back follows Atlassian's "Jira issue linking model" guide: an issue's {@code issuelinks}
 * field shows each link from that issue's side, with the other issue under {@code outwardIssue} when this issue
 * reads the outward phrase ("this issue blocks outwardIssue") and under {@code inwardIssue} when it reads the
 * inward one ("this issue is blocked by inwardIssue"). {@code GET /issueLink/{id}} names both, in the request's
 * orientation: the source as {@code inwardIssue}, the destination as {@code outwardIssue}. A comment sent with
 * the link goes on the outward issue, the one the reference calls "from": the request reads as made on its page
 * ("B is blocked by A").
 */
public final class IssueLinkResource {

  private final JiraSite site;

  public IssueLinkResource(JiraSite site) {
    this.site = site;
  }

  public void register(Router router) {
    router.get("/rest/api/3/issueLinkType", this::types);
    router.get("/rest/api/3/issueLinkType/{issueLinkTypeId}", this::type);
    router.post("/rest/api/3/issueLink", this::create);
    router.get("/rest/api/3/issueLink/{linkId}", this::get);
    router.delete("/rest/api/3/issueLink/{linkId}", this::delete);
  }

  private HttpResponse types(Call call) {
    return HttpResponse.json(200, Json.object()
        .put("issueLinkTypes", Json.array(site.store().linkTypes(), type -> JiraJson.linkType(type, call.apiBase())))
        .build());
  }

  private HttpResponse type(Call call) {
    String id = call.pathVariable("issueLinkTypeId");
    IssueLinkType type = site.store().linkTypes().stream().filter(candidate -> candidate.id().equals(id))
        .findFirst().orElseThrow(() -> JiraSite.notFound("No issue link type with id '" + id + "' found."));
    return HttpResponse.json(200, JiraJson.linkType(type, call.apiBase()));
  }

  private HttpResponse create(Call call) {
    JsonObject body = JiraSite.body(call);
    IssueLinkType type = linkType(body.get("type"));
    Issue source = issue(body, "inwardIssue");
    Issue destination = issue(body, "outwardIssue");
    if (source.id() == destination.id()) {
      throw JiraSite.badRequest("You cannot link an issue to itself.");
    }
    Optional<JsonObject> comment = comment(body.get("comment"));
    SandboxUser author = call.caller().user();
    Instant now = site.now();
    site.store().link(type, source, destination, author, now);
    comment.ifPresent(document -> site.store().update(destination.key(), current -> current.with(draft ->
        draft.comments.add(new Comment(site.store().nextCommentId(), author, author, document, now, now, true)))));
    return new HttpResponse(201, Map.of(), new byte[0]);
  }

  private HttpResponse get(Call call) {
    IssueLink link = link(call);
    String base = call.apiBase();
    Issue source = site.store().issue(link.sourceId()).orElseThrow();
    Issue destination = site.store().issue(link.destinationId()).orElseThrow();
    return HttpResponse.json(200, Json.object()
        .put("id", link.id())
        .put("self", base + "/rest/api/3/issueLink/" + link.id())
        .put("type", JiraJson.linkType(link.type(), base))
        .put("inwardIssue", IssueJson.reference(source, base))
        .put("outwardIssue", IssueJson.reference(destination, base))
        .build());
  }

  private HttpResponse delete(Call call) {
    IssueLink link = link(call);
    site.store().unlink(link.id(), call.caller().user(), site.now());
    return HttpResponse.noContent();
  }

  private IssueLink link(Call call) {
    String id = call.pathVariable("linkId");
    return site.store().link(id)
        .orElseThrow(() -> JiraSite.notFound("No issue link with id '" + id + "' exists."));
  }

  /** The link type a request names by {@code id} or {@code name}, or Jira's 404. */
  private IssueLinkType linkType(JsonElement value) {
    Optional<String> id = FieldValues.handle(value, "id");
    Optional<String> name = FieldValues.handle(value, "name");
    if (id.isEmpty() && name.isEmpty()) {
      throw JiraSite.badRequest("Specify the link type by its id or name, e.g. {\"name\": \"Blocks\"}.");
    }
    // By exact name, as Jira looks link types up.
    List<IssueLinkType> types = site.store().linkTypes();
    Optional<IssueLinkType> found = id.isPresent()
        ? types.stream().filter(type -> type.id().equals(id.get())).findFirst()
        : types.stream().filter(type -> type.name().equals(name.get())).findFirst();
    return found.orElseThrow(() -> JiraSite.notFound(id
        .map(given -> "No issue link type with id '" + given + "' found.")
        .orElseGet(() -> "No issue link type with name '" + name.get() + "' found.")));
  }

  private Issue issue(JsonObject body, String side) {
    JsonElement value = body.get(side);
    Optional<String> handle = FieldValues.handle(value, "key").or(() -> FieldValues.handle(value, "id"));
    if (handle.isEmpty()) {
      throw JiraSite.badRequest("Specify the " + side + " by its key or id, e.g. {\"key\": \"PROJ-1\"}.");
    }
    return site.store().issue(handle.get()).orElseThrow(() -> JiraSite.notFound(JiraSite.NO_ISSUE));
  }

  /** The ADF body of the optional comment, or Jira's 400. */
  private Optional<JsonObject> comment(JsonElement comment) {
    if (comment == null || comment.isJsonNull()) {
      return Optional.empty();
    }
    JsonElement body = comment.isJsonObject() ? comment.getAsJsonObject().get("body") : null;
    if (body == null || !body.isJsonObject()) {
      throw JiraSite.errors(List.of(), Map.of("comment", CommentResource.BODY_NOT_VALID));
    }
    if (!site.adf().problems(body).isEmpty()) {
      throw JiraSite.errors(List.of("INVALID_INPUT"), Map.of());
    }
    return Optional.of(body.getAsJsonObject());
  }
}
