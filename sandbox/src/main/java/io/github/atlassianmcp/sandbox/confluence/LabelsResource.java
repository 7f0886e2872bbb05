package io.github.atlassianmcp.sandbox.confluence;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import io.github.atlassianmcp.sandbox.http.Call;
import io.github.atlassianmcp.sandbox.http.HttpResponse;
import io.github.atlassianmcp.sandbox.http.Json;
import io.github.atlassianmcp.sandbox.http.Router;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Page labels: added with v1 ({@code POST /wiki/rest/api/content/{id}/label}, one label object or an array of
 * them; the current way to add labels, v2 has none) and read with v2 ({@code GET /wiki/api/v2/pages/{id}/labels}).
 * Confluence keeps labels in lower case and refuses spaces and a few punctuation marks in them.
 */
public final class LabelsResource {

  private static final String FORBIDDEN = " !#&()*,.:;<>?@[]^";
  private static final Set<String> PREFIXES = Set.of("global", "my", "team");

  private final ConfluenceSite site;

  public LabelsResource(ConfluenceSite site) {
    this.site = site;
  }

  public void register(Router router) {
    router.post("/wiki/rest/api/content/{id}/label", this::add);
    router.get("/wiki/api/v2/pages/{id}/labels", this::list);
  }

  private HttpResponse add(Call call) {
    Page page = site.v1Page(call);
    JsonElement body = Json.parse(call.request().bodyText()).orElse(null);
    List<JsonObject> requested = new ArrayList<>();
    if (body != null && body.isJsonArray()) {
      body.getAsJsonArray().forEach(item -> requested.add(item.isJsonObject() ? item.getAsJsonObject() : null));
    } else if (body != null && body.isJsonObject()) {
      requested.add(body.getAsJsonObject());
    }
    if (requested.isEmpty() || requested.contains(null)) {
      throw ConfluenceSite.v1Error(400,
          "Send the labels as {\"prefix\":\"global\",\"name\":\"release\"} or an array of those.");
    }
    Set<String> names = new LinkedHashSet<>(page.labels());
    for (JsonObject label : requested) {
      String prefix = Json.string(label, "prefix").orElse("global");
      String name = Json.string(label, "name").orElse("").strip().toLowerCase(Locale.ROOT);
      if (!PREFIXES.contains(prefix)) {
        throw ConfluenceSite.v1Error(400, "The label prefix must be global, my or team, was '" + prefix + "'.");
      }
      if (name.isEmpty() || name.length() > 255 || name.chars().anyMatch(c -> FORBIDDEN.indexOf(c) >= 0)) {
        throw ConfluenceSite.v1Error(400, "The label '" + name + "' is not allowed: labels have 1 to 255"
            + " characters and no spaces or any of !#&()*,.:;<>?@[]^.");
      }
      names.add(name);
    }
    Page labelled = site.store().atomically(() -> {
      Page latest = site.store().page(page.id()).orElseThrow();
      Set<String> all = new LinkedHashSet<>(latest.labels());
      all.addAll(names);
      Page next = new Page(latest.id(), latest.spaceId(), latest.title(), latest.parentId(), latest.position(),
          latest.author(), latest.createdAt(), latest.version(), latest.storage(), latest.adf(), List.copyOf(all));
      site.store().put(next);
      return next;
    });
    String base = call.apiBase() + "/wiki";
    return HttpResponse.json(200, Json.object()
        .put("results", Json.array(labelled.labels(), name -> Json.object()
            .put("prefix", "global")
            .put("name", name)
            .put("id", Long.toString(site.store().labelId(name)))
            .put("label", name)
            .build()))
        .put("start", 0)
        .put("limit", 200)
        .put("size", labelled.labels().size())
        .put("_links", Json.object()
            .put("self", base + "/rest/api/content/" + page.id() + "/label")
            .put("base", call.siteBase() + "/wiki")
            .put("context", "/wiki"))
        .build());
  }

  private HttpResponse list(Call call) {
    long id = ConfluenceSite.id(call, "id");
    Page page = site.store().page(id).orElseThrow(ConfluenceSite::v2NotFound);
    String prefix = call.query("prefix").orElse(null);
    V2Page.Window window = V2Page.window(call);
    List<String> labels = new ArrayList<>(prefix == null || prefix.equals("global") ? page.labels() : List.of());
    String sort = call.query("sort").orElse(null);
    if (sort != null) {
      boolean descending = sort.startsWith("-");
      Comparator<String> order = switch (descending ? sort.substring(1) : sort) {
        case "name" -> Comparator.naturalOrder();
        case "id", "created-date" -> Comparator.comparingLong(site.store()::labelId);
        default -> throw ConfluenceSite.v2BadRequest("sort must be one of created-date, id, name (with - for"
            + " descending), was '" + sort + "'.");
      };
      labels.sort(descending ? order.reversed() : order);
    }
    return V2Page.of(call, labels, window, name -> Json.object()
        .put("id", Long.toString(site.store().labelId(name)))
        .put("name", name)
        .put("prefix", "global")
        .build());
  }
}
