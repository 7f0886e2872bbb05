package io.github.atlassianmcp.sandbox.confluence;

import io.github.atlassianmcp.sandbox.http.Call;
import io.github.atlassianmcp.sandbox.http.HttpResponse;
import io.github.atlassianmcp.sandbox.http.Json;
import io.github.atlassianmcp.sandbox.http.Router;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Confluence v2 pages: list (by ID, space, title), get one with {@code body-format=storage|atlas_doc_format},
 * and the pages of a space.
 */
public final class PagesResource {

  private static final Set<String> LIST_FORMATS = Set.of("storage", "atlas_doc_format");
  private static final Set<String> SINGLE_FORMATS = Set.of("storage", "atlas_doc_format", "view");

  private final ConfluenceSite site;

  public PagesResource(ConfluenceSite site) {
    this.site = site;
  }

  public void register(Router router) {
    router.get("/wiki/api/v2/pages", this::list);
    router.get("/wiki/api/v2/pages/{id}", this::get);
    router.get("/wiki/api/v2/spaces/{id}/pages", this::inSpace);
    router.get("/wiki/api/v2/pages/{id}/children", this::children);
  }

  /** The child pages, by position unless {@code sort} says otherwise. */
  private HttpResponse children(Call call) {
    long id = ConfluenceSite.id(call, "id");
    site.store().page(id).orElseThrow(ConfluenceSite::v2NotFound);
    V2Page.Window window = V2Page.window(call);
    String sort = call.query("sort").orElse("child-position");
    boolean descending = sort.startsWith("-");
    Comparator<Page> order = switch (descending ? sort.substring(1) : sort) {
      case "child-position" -> Comparator.comparingInt(Page::position).thenComparingLong(Page::id);
      case "created-date" -> Comparator.comparing(Page::createdAt);
      case "modified-date" -> Comparator.comparing((Page page) -> page.version().createdAt());
      case "id" -> Comparator.comparingLong(Page::id);
      default -> throw ConfluenceSite.v2BadRequest("sort must be one of child-position, created-date, modified-date,"
          + " id (with - for descending), was '" + sort + "'.");
    };
    List<Page> children = new ArrayList<>(site.store().children(id));
    children.sort(descending ? order.reversed() : order);
    return V2Page.of(call, children, window, child -> Json.object()
        .put("id", child.idText())
        .put("status", "current")
        .put("title", child.title())
        .put("spaceId", Long.toString(child.spaceId()))
        .put("childPosition", child.position())
        .build());
  }

  private HttpResponse list(Call call) {
    Set<Long> ids = longs(call, "id");
    Set<Long> spaceIds = longs(call, "space-id");
    Predicate<Page> filter = page -> (ids.isEmpty() || ids.contains(page.id()))
        && (spaceIds.isEmpty() || spaceIds.contains(page.spaceId()));
    return pages(call, filter);
  }

  private HttpResponse inSpace(Call call) {
    long spaceId = ConfluenceSite.id(call, "id");
    Space space = site.store().space(spaceId).orElseThrow(ConfluenceSite::v2NotFound);
    boolean rootOnly = call.query("depth").map("root"::equals).orElse(false);
    return pages(call, page -> page.spaceId() == space.id() && (!rootOnly || page.parentId() == null));
  }

  private HttpResponse pages(Call call, Predicate<Page> filter) {
    String format = bodyFormat(call, LIST_FORMATS);
    V2Page.Window window = V2Page.window(call);
    String title = call.query("title").orElse(null);
    boolean current = call.request().queryParams("status").isEmpty()
        || call.request().queryParams("status").stream().anyMatch(value -> List.of(value.split(",")).contains("current"));
    List<Page> pages = new ArrayList<>(site.store().pages().stream()
        .filter(filter)
        .filter(page -> title == null || page.title().equals(title))
        .filter(page -> current)
        .toList());
    pages.sort(order(call.query("sort").orElse("id")));
    return V2Page.of(call, pages, window, page -> V2Json.page(page, space(page), format, call.siteBase(), false));
  }

  private HttpResponse get(Call call) {
    long id = ConfluenceSite.id(call, "id");
    Page page = site.store().page(id).orElseThrow(ConfluenceSite::v2NotFound);
    String format = bodyFormat(call, SINGLE_FORMATS);
    if (call.query("version").filter(version -> !version.equals(Integer.toString(page.version().number())))
        .isPresent()) {
      throw ConfluenceSite.v2NotFound();
    }
    var json = V2Json.page(page, space(page), format, call.siteBase(), true);
    if ("view".equals(format)) {
      json.add("body", Json.object().put("view", Json.object().put("representation", "view")
          .put("value", page.storage())).build());
    }
    if (call.query("include-labels").map(Boolean::parseBoolean).orElse(false)) {
      json.add("labels", Json.object()
          .put("results", Json.array(page.labels(), label -> Json.object()
              .put("id", Long.toString(site.store().labelId(label))).put("name", label).put("prefix", "global")
              .build()))
          .put("meta", Json.object().put("hasMore", false).put("cursor", ""))
          .put("_links", Json.object())
          .build());
    }
    return HttpResponse.json(200, json);
  }

  private Space space(Page page) {
    return site.store().space(page.spaceId()).orElseThrow();
  }

  private static String bodyFormat(Call call, Set<String> allowed) {
    String format = call.query("body-format").orElse(null);
    if (format != null && !allowed.contains(format)) {
      throw ConfluenceSite.v2BadRequest("body-format must be one of " + allowed + ", was '" + format + "'.");
    }
    return format;
  }

  private static Set<Long> longs(Call call, String name) {
    Set<Long> values = new HashSet<>();
    for (String value : call.request().queryParams(name)) {
      for (String part : value.split(",")) {
        try {
          values.add(Long.parseLong(part.trim()));
        } catch (NumberFormatException e) {
          throw ConfluenceSite.v2BadRequest(name + " must hold numeric IDs, was '" + part + "'.");
        }
      }
    }
    return values;
  }

  private static Comparator<Page> order(String sort) {
    boolean descending = sort.startsWith("-");
    Comparator<Page> order = switch (descending ? sort.substring(1) : sort) {
      case "created-date" -> Comparator.comparing(Page::createdAt);
      case "modified-date" -> Comparator.comparing((Page page) -> page.version().createdAt());
      case "title" -> Comparator.comparing(Page::title);
      case "id" -> Comparator.comparingLong(Page::id);
      default -> throw ConfluenceSite.v2BadRequest("sort must be one of id, created-date, modified-date, title"
          + " (with - for descending), was '" + sort + "'.");
    };
    return descending ? order.reversed() : order;
  }
}
