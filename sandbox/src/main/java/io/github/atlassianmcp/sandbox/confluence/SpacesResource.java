package io.github.atlassianmcp.sandbox.confluence;

import io.github.atlassianmcp.sandbox.http.Call;
import io.github.atlassianmcp.sandbox.http.HttpResponse;
import io.github.atlassianmcp.sandbox.http.Router;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Confluence v2 spaces: the list (by ID, key, type) and one space. */
public final class SpacesResource {

  private final ConfluenceSite site;

  public SpacesResource(ConfluenceSite site) {
    this.site = site;
  }

  public void register(Router router) {
    router.get("/wiki/api/v2/spaces", this::list);
    router.get("/wiki/api/v2/spaces/{id}", this::get);
  }

  private HttpResponse list(Call call) {
    Set<String> keys = values(call, "keys", true);
    Set<String> ids = values(call, "ids", false);
    String type = call.query("type").orElse(null);
    Set<String> include = include(call);
    V2Page.Window window = V2Page.window(call);
    List<Space> spaces = new ArrayList<>(site.store().spaces().stream()
        .filter(space -> keys.isEmpty() || keys.contains(space.key().toUpperCase(Locale.ROOT)))
        .filter(space -> ids.isEmpty() || ids.contains(Long.toString(space.id())))
        .filter(space -> type == null || space.type().equals(type))
        .filter(space -> call.query("status").map("current"::equals).orElse(true))
        .toList());
    spaces.sort(order(call.query("sort").orElse("id")));
    return V2Page.of(call, spaces, window, space -> V2Json.space(space, include, call.siteBase(), false));
  }

  private HttpResponse get(Call call) {
    long id = ConfluenceSite.id(call, "id");
    Space space = site.store().space(id).orElseThrow(ConfluenceSite::v2NotFound);
    return HttpResponse.json(200, V2Json.space(space, include(call), call.siteBase(), true));
  }

  private static Set<String> include(Call call) {
    Set<String> include = new HashSet<>();
    call.query("description-format").ifPresent(format -> {
      if (!format.equals("plain") && !format.equals("view")) {
        throw ConfluenceSite.v2BadRequest("description-format must be plain or view, was '" + format + "'.");
      }
      include.add("description:" + format);
    });
    if (call.query("include-icon").map(Boolean::parseBoolean).orElse(false)) {
      include.add("icon");
    }
    return include;
  }

  private static Set<String> values(Call call, String name, boolean upper) {
    Set<String> values = new HashSet<>();
    call.request().queryParams(name).forEach(value -> {
      for (String part : value.split(",")) {
        values.add(upper ? part.trim().toUpperCase(Locale.ROOT) : part.trim());
      }
    });
    return values;
  }

  private static Comparator<Space> order(String sort) {
    boolean descending = sort.startsWith("-");
    Comparator<Space> order = switch (descending ? sort.substring(1) : sort) {
      case "key" -> Comparator.comparing(Space::key);
      case "name" -> Comparator.comparing(Space::name);
      case "id" -> Comparator.comparingLong(Space::id);
      default -> throw ConfluenceSite.v2BadRequest("sort must be one of id, key, name (with - for descending),"
          + " was '" + sort + "'.");
    };
    return descending ? order.reversed() : order;
  }
}
