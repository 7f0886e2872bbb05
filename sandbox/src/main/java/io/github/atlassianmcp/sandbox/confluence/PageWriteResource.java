package io.github.atlassianmcp.sandbox.confluence;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import io.github.atlassianmcp.sandbox.adf.Adf;
import io.github.atlassianmcp.sandbox.confluence.body.Body;
import io.github.atlassianmcp.sandbox.confluence.body.BodyRejected;
import io.github.atlassianmcp.sandbox.http.Call;
import io.github.atlassianmcp.sandbox.http.HttpResponse;
import io.github.atlassianmcp.sandbox.http.Router;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Confluence v2 page writes: create ({@code POST /pages}, answered 200 as Cloud does) and update
 * ({@code PUT /pages/{id}}). An update must carry the current version plus one, else the real 409: "Version must
 * be incremented when updating a page. Current Version: [N]. Provided version: [M]". Titles are unique in a space
 * ("A page with this title already exists: ..."). Bodies are checked and converted by {@link
 * io.github.atlassianmcp.sandbox.confluence.body.BodyInput}.
 */
public final class PageWriteResource {

  static final String DUPLICATE_TITLE = "A page with this title already exists: A page already exists with the same"
      + " TITLE in this space";

  private final ConfluenceSite site;

  public PageWriteResource(ConfluenceSite site) {
    this.site = site;
  }

  public void register(Router router) {
    router.post("/wiki/api/v2/pages", this::create);
    router.put("/wiki/api/v2/pages/{id}", this::update);
  }

  private HttpResponse create(Call call) {
    JsonObject request = ConfluenceSite.jsonBody(call);
    long spaceId = number(request, "spaceId")
        .orElseThrow(() -> ConfluenceSite.v2Error(400, "spaceId is required: the ID of the space to create the"
            + " page in."));
    Space space = site.store().space(spaceId).orElseThrow(ConfluenceSite::v2NotFound);
    published(request);
    String title = title(request);
    boolean rootLevel = call.query("root-level").map(Boolean::parseBoolean).orElse(false);
    Optional<Long> requestedParent = number(request, "parentId");
    if (rootLevel && requestedParent.isPresent()) {
      throw ConfluenceSite.v2Error(400, "parentId may not be given with root-level=true.");
    }
    Long parentId = rootLevel ? null : requestedParent.map(id -> parentIn(space, id, null)).orElse(space.homepageId());
    long id = site.store().nextId();
    Body body = body(request, id).orElseGet(() -> new Body("", Adf.doc(List.of()), "storage"));
    Instant now = site.clock().instant();
    Page page = site.store().atomically(() -> {
      if (site.store().pageByTitle(space.id(), title).isPresent()) {
        throw ConfluenceSite.v2Error(400, DUPLICATE_TITLE);
      }
      int position = parentId == null ? 0 : site.store().children(parentId).stream()
          .mapToInt(Page::position).max().orElse(0) + 1;
      Page created = new Page(id, space.id(), title, parentId, position, call.caller().user(), now,
          new PageVersion(1, now, call.caller().user(), "", false), body.storage(), body.adf(), List.of());
      site.store().put(created);
      return created;
    });
    return HttpResponse.json(200, V2Json.page(page, space, body.written(), call.siteBase(), true));
  }

  private HttpResponse update(Call call) {
    long id = ConfluenceSite.id(call, "id");
    Page current = site.store().page(id).orElseThrow(ConfluenceSite::v2NotFound);
    Space space = site.store().space(current.spaceId()).orElseThrow();
    JsonObject request = ConfluenceSite.jsonBody(call);
    for (String required : List.of("id", "status", "title", "body", "version")) {
      if (!request.has(required) || request.get(required).isJsonNull()) {
        throw ConfluenceSite.v2Error(400, required + " is required to update a page.");
      }
    }
    if (!number(request, "id").map(bodyId -> bodyId == id).orElse(false)) {
      throw ConfluenceSite.v2Error(400, "The id in the body must be the page's ID, " + id + ".");
    }
    published(request);
    String title = title(request);
    number(request, "spaceId").filter(spaceId -> spaceId != current.spaceId()).ifPresent(spaceId -> {
      throw ConfluenceSite.v2Error(400, "Moving a page to another space is not supported.");
    });
    Long parentId = number(request, "parentId").map(parent -> parentIn(space, parent, id)).orElse(current.parentId());
    JsonElement version = request.get("version");
    int number = (version.isJsonObject() ? number(version.getAsJsonObject(), "number") : Optional.<Long>empty())
        .map(Long::intValue)
        .orElseThrow(() -> ConfluenceSite.v2Error(400, "version.number is required: the current version plus one."));
    String message = version.isJsonObject() && version.getAsJsonObject().has("message")
        && version.getAsJsonObject().get("message").isJsonPrimitive()
        ? version.getAsJsonObject().get("message").getAsString() : "";
    Body body = body(request, id).orElseThrow(() -> ConfluenceSite.v2Error(400, "body is required to update a"
        + " page."));
    Instant now = site.clock().instant();
    Page page = site.store().atomically(() -> {
      Page latest = site.store().page(id).orElseThrow(ConfluenceSite::v2NotFound);
      if (number != latest.version().number() + 1) {
        throw ConfluenceSite.v2Error(409, "Version must be incremented when updating a page. Current Version: ["
            + latest.version().number() + "]. Provided version: [" + number + "]");
      }
      if (site.store().pageByTitle(latest.spaceId(), title).filter(other -> other.id() != id).isPresent()) {
        throw ConfluenceSite.v2Error(400, DUPLICATE_TITLE);
      }
      Page updated = new Page(id, latest.spaceId(), title, parentId, latest.position(), latest.author(),
          latest.createdAt(), new PageVersion(number, now, call.caller().user(), message, false), body.storage(),
          body.adf(), latest.labels());
      site.store().put(updated);
      return updated;
    });
    return HttpResponse.json(200, V2Json.page(page, space, body.written(), call.siteBase(), true));
  }

  private Optional<Body> body(JsonObject request, long pageId) {
    try {
      return site.bodies().read(request.get("body"), site.bodyContext(pageId));
    } catch (BodyRejected rejected) {
      throw ConfluenceSite.v2Error(rejected);
    }
  }

  /** The parent page, which must exist, be in the space, and not be the page itself. */
  private long parentIn(Space space, long parentId, Long pageId) {
    Page parent = site.store().page(parentId)
        .orElseThrow(() -> ConfluenceSite.v2Error(404, "The parent page " + parentId + " does not exist."));
    if (parent.spaceId() != space.id()) {
      throw ConfluenceSite.v2Error(400, "The parent page " + parentId + " is not in space " + space.key() + ".");
    }
    if (pageId != null && (parentId == pageId
        || site.store().ancestors(parent).stream().anyMatch(ancestor -> ancestor.id() == pageId))) {
      throw ConfluenceSite.v2Error(400, "A page cannot be moved under itself or one of its children.");
    }
    return parentId;
  }

  private static void published(JsonObject request) {
    String status = request.has("status") && request.get("status").isJsonPrimitive()
        ? request.get("status").getAsString() : "current";
    if (status.equals("draft")) {
      throw ConfluenceSite.v2Error(501, "The Atlassian sandbox does not keep drafts: write pages as current.");
    }
    if (!status.equals("current")) {
      throw ConfluenceSite.v2Error(400, "status must be current or draft, was '" + status + "'.");
    }
  }

  private static String title(JsonObject request) {
    String title = request.has("title") && request.get("title").isJsonPrimitive()
        ? request.get("title").getAsString().strip() : "";
    if (title.isEmpty()) {
      throw ConfluenceSite.v2Error(400, "A published page needs a title.");
    }
    if (title.length() > 255) {
      throw ConfluenceSite.v2Error(400, "A page title can have at most 255 characters.");
    }
    return title;
  }

  /** A numeric ID sent as a string (as the spec says) or as a number (as many clients do). */
  private static Optional<Long> number(JsonObject object, String name) {
    JsonElement value = object.get(name);
    if (value == null || value.isJsonNull()) {
      return Optional.empty();
    }
    try {
      return Optional.of(Long.parseLong(value.getAsString().strip()));
    } catch (NumberFormatException | UnsupportedOperationException | IllegalStateException e) {
      throw ConfluenceSite.v2Error(400, name + " must be a numeric ID, was " + value + ".");
    }
  }
}
