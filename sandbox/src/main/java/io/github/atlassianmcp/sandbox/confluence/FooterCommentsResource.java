package io.github.atlassianmcp.sandbox.confluence;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import io.github.atlassianmcp.sandbox.confluence.body.Body;
import io.github.atlassianmcp.sandbox.confluence.body.BodyRejected;
import io.github.atlassianmcp.sandbox.http.Call;
import io.github.atlassianmcp.sandbox.http.HttpResponse;
import io.github.atlassianmcp.sandbox.http.Json;
import io.github.atlassianmcp.sandbox.http.Router;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * Confluence v2 footer comments: create one on a page ({@code pageId}) or as a reply ({@code parentCommentId}),
 * answered 201; a page's top-level comments; a comment's replies; one comment. Bodies are checked and converted
 * like page bodies. Comments are titled "Re: " and the page's title, as Confluence titles them.
 */
public final class FooterCommentsResource {

  private static final Set<String> FORMATS = Set.of("storage", "atlas_doc_format");

  private final ConfluenceSite site;

  public FooterCommentsResource(ConfluenceSite site) {
    this.site = site;
  }

  public void register(Router router) {
    router.post("/wiki/api/v2/footer-comments", this::create);
    router.get("/wiki/api/v2/footer-comments/{id}", this::get);
    router.get("/wiki/api/v2/pages/{id}/footer-comments", this::ofPage);
    router.get("/wiki/api/v2/footer-comments/{id}/children", this::replies);
  }

  private HttpResponse create(Call call) {
    JsonObject request = ConfluenceSite.jsonBody(call);
    String pageId = text(request, "pageId");
    String parentId = text(request, "parentCommentId");
    if (pageId.isEmpty() == parentId.isEmpty()) {
      throw ConfluenceSite.v2Error(400, "Give either pageId (a comment on the page) or parentCommentId (a reply),"
          + " not both and not neither.");
    }
    FooterComment parent = parentId.isEmpty() ? null : site.store().comment(number(parentId, "parentCommentId"))
        .orElseThrow(() -> ConfluenceSite.v2Error(404, "The parent comment " + parentId + " does not exist."));
    long page = parent != null ? parent.pageId() : number(pageId, "pageId");
    site.store().page(page).orElseThrow(() -> ConfluenceSite.v2Error(404, "The page " + page + " does not exist."));
    Body body;
    try {
      body = site.bodies().read(request.get("body"), site.bodyContext(page))
          .orElseThrow(() -> ConfluenceSite.v2Error(400, "body is required: the comment in storage or"
              + " atlas_doc_format."));
    } catch (BodyRejected rejected) {
      throw ConfluenceSite.v2Error(rejected);
    }
    if (body.storage().isBlank()) {
      throw ConfluenceSite.v2Error(400, "A comment cannot be empty.");
    }
    Instant now = site.clock().instant();
    FooterComment comment = new FooterComment(site.store().nextId(), page, parent == null ? null : parent.id(),
        call.caller().user(), now, new PageVersion(1, now, call.caller().user(), "", false), body);
    site.store().put(comment);
    JsonObject json = json(comment, body.written(), true);
    json.getAsJsonObject("_links").addProperty("base", call.siteBase() + "/wiki");
    return HttpResponse.json(201, json);
  }

  private HttpResponse get(Call call) {
    FooterComment comment = comment(call);
    JsonObject json = json(comment, format(call), true);
    json.getAsJsonObject("_links").addProperty("base", call.siteBase() + "/wiki");
    return HttpResponse.json(200, json);
  }

  private HttpResponse ofPage(Call call) {
    long pageId = ConfluenceSite.id(call, "id");
    site.store().page(pageId).orElseThrow(ConfluenceSite::v2NotFound);
    String format = format(call);
    V2Page.Window window = V2Page.window(call);
    List<FooterComment> comments = sorted(call, site.store().comments(pageId));
    return V2Page.of(call, comments, window, comment -> json(comment, format, false));
  }

  private HttpResponse replies(Call call) {
    FooterComment parent = comment(call);
    String format = format(call);
    V2Page.Window window = V2Page.window(call);
    List<FooterComment> replies = sorted(call, site.store().replies(parent.id()));
    return V2Page.of(call, replies, window, reply -> {
      JsonObject json = json(reply, format, false);
      json.remove("pageId");
      return json;
    });
  }

  private FooterComment comment(Call call) {
    return site.store().comment(ConfluenceSite.id(call, "id")).orElseThrow(ConfluenceSite::v2NotFound);
  }

  /** A comment as the v2 API writes it; {@code full} adds what only the single-comment answers carry. */
  private JsonObject json(FooterComment comment, String format, boolean full) {
    Page page = site.store().page(comment.pageId()).orElseThrow();
    Space space = site.store().space(page.spaceId()).orElseThrow();
    Json.ObjectBuilder json = Json.object()
        .put("id", comment.idText())
        .put("status", "current")
        .put("title", "Re: " + page.title())
        .put("pageId", page.idText());
    if (comment.parentId() != null) {
      json.put("parentCommentId", Long.toString(comment.parentId()));
    }
    json.put("version", Json.object()
            .put("createdAt", ConfluenceDates.format(comment.version().createdAt()))
            .put("message", comment.version().message())
            .put("number", comment.version().number())
            .put("minorEdit", comment.version().minorEdit())
            .put("authorId", comment.version().author().accountId()))
        .put("body", V2Json.body(comment.body().storage(), comment.body().adf(), format));
    if (full) {
      json.put("properties", Json.object().put("results", Json.array(List.of())).put("meta",
          Json.object().put("hasMore", false).put("cursor", "")));
    }
    return json.put("_links", Json.object().put("webui", ConfluenceSite.webui(space, page) + "?focusedCommentId="
        + comment.id() + "#comment-" + comment.id())).build();
  }

  private static List<FooterComment> sorted(Call call, List<FooterComment> comments) {
    String sort = call.query("sort").orElse("created-date");
    boolean descending = sort.startsWith("-");
    Comparator<FooterComment> order = switch (descending ? sort.substring(1) : sort) {
      case "created-date" -> Comparator.comparing(FooterComment::createdAt).thenComparingLong(FooterComment::id);
      case "modified-date" -> Comparator.comparing((FooterComment comment) -> comment.version().createdAt())
          .thenComparingLong(FooterComment::id);
      default -> throw ConfluenceSite.v2BadRequest("sort must be one of created-date, modified-date (with - for"
          + " descending), was '" + sort + "'.");
    };
    List<FooterComment> sorted = new ArrayList<>(comments);
    sorted.sort(descending ? order.reversed() : order);
    return sorted;
  }

  private static String format(Call call) {
    String format = call.query("body-format").orElse(null);
    if (format != null && !FORMATS.contains(format)) {
      throw ConfluenceSite.v2BadRequest("body-format must be one of " + FORMATS + ", was '" + format + "'.");
    }
    return format;
  }

  private static String text(JsonObject object, String name) {
    JsonElement value = object.get(name);
    return value == null || value.isJsonNull() || !value.isJsonPrimitive() ? "" : value.getAsString().strip();
  }

  private static long number(String value, String name) {
    try {
      return Long.parseLong(value);
    } catch (NumberFormatException e) {
      throw ConfluenceSite.v2Error(400, name + " must be a numeric ID, was '" + value + "'.");
    }
  }
}
