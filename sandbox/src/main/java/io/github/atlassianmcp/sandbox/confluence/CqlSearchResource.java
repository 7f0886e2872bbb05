package io.github.atlassianmcp.sandbox.confluence;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import io.github.atlassianmcp.sandbox.http.ApiException;
import io.github.atlassianmcp.sandbox.http.ApiFamily;
import io.github.atlassianmcp.sandbox.http.Call;
import io.github.atlassianmcp.sandbox.http.HttpResponse;
import io.github.atlassianmcp.sandbox.http.Json;
import io.github.atlassianmcp.sandbox.http.Pages;
import io.github.atlassianmcp.sandbox.http.Router;
import io.github.atlassianmcp.sandbox.jql.TextMatch;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Confluence v1 CQL search, {@code GET /wiki/rest/api/search}: paged by start/limit or by the cursor of the
 * {@code next} link, with highlighted excerpts and titles unless {@code excerpt} says otherwise.
 */
public final class CqlSearchResource {

  private static final DateTimeFormatter FRIENDLY = DateTimeFormatter.ofPattern("MMM d, yyyy", Locale.ENGLISH)
      .withZone(ZoneOffset.UTC);

  private final ConfluenceSite site;

  public CqlSearchResource(ConfluenceSite site) {
    this.site = site;
  }

  public void register(Router router) {
    router.get("/wiki/rest/api/search", this::search);
  }

  private HttpResponse search(Call call) {
    long began = System.nanoTime();
    String cql = call.query("cql").orElse(null);
    CqlQuery query = (cql == null ? Optional.<CqlQuery>empty()
        : CqlQuery.compile(cql, call.caller().user(), site.clock().instant()))
        .orElseThrow(() -> new ApiException(ApiFamily.CONFLUENCE_V1.error(400, "Could not parse cql : " + cql)));
    int limit = Math.min(call.count("limit", 25), 100);
    int start = call.query("cursor")
        .map(cursor -> Cursors.decode(cursor).orElseThrow(() -> new ApiException(ApiFamily.CONFLUENCE_V1.error(400,
            "The cursor is not valid; use the next link of the previous page as it is."))))
        .orElse(call.count("start", 0));
    String excerpt = call.query("excerpt").orElse("highlight");
    boolean highlight = excerpt.startsWith("highlight");
    Set<String> expand = new HashSet<>();
    call.request().queryParams("expand").forEach(value -> expand.addAll(List.of(value.split(","))));

    List<SearchHit> hits = query.run(candidates());
    List<SearchHit> page = Pages.slice(hits, start, limit);
    String base = call.apiBase() + "/wiki";
    JsonArray results = new JsonArray();
    for (SearchHit hit : page) {
      results.add(result(hit, query.textQueries(), highlight, !excerpt.equals("none"), expand, base));
    }
    Json.ObjectBuilder links = Json.object()
        .put("base", call.siteBase() + "/wiki")
        .put("context", "/wiki");
    int next = start + page.size();
    if (next < hits.size()) {
      links.put("next", "/rest/api/search?next=true&cursor=" + Cursors.encode(next) + "&limit=" + limit
          + "&start=" + next + "&cql=" + encode(cql));
    }
    links.put("self", base + "/rest/api/search?cql=" + encode(cql));
    return HttpResponse.json(200, Json.object()
        .put("results", results)
        .put("start", start)
        .put("limit", limit)
        .put("size", page.size())
        .put("totalSize", hits.size())
        .put("cqlQuery", cql)
        .put("searchDuration", (int) ((System.nanoTime() - began) / 1_000_000))
        .put("_links", links)
        .build());
  }

  private List<SearchHit> candidates() {
    ConfluenceStore store = site.store();
    List<SearchHit> candidates = new ArrayList<>();
    for (Page page : store.pages()) {
      Space space = store.space(page.spaceId()).orElseThrow();
      candidates.add(SearchHit.PageHit.of(page, space, store.ancestors(page)));
    }
    store.spaces().forEach(space -> candidates.add(new SearchHit.SpaceHit(space)));
    return candidates;
  }

  private JsonObject result(SearchHit hit, List<TextMatch> queries, boolean highlight, boolean withExcerpt,
      Set<String> expand, String base) {
    String excerpt = withExcerpt ? Excerpts.excerpt(hit instanceof SearchHit.PageHit page ? page.bodyText()
        : hit.space().description(), queries, highlight) : "";
    Json.ObjectBuilder result = Json.object();
    if (hit instanceof SearchHit.PageHit page) {
      result.put("content", V1Json.content(page.page(), page.space(), expand, base))
          .put("title", Excerpts.title(hit.title(), queries, highlight))
          .put("excerpt", excerpt)
          .put("url", ConfluenceSite.webui(page.space(), page.page()))
          .put("resultGlobalContainer", Json.object().put("title", page.space().name())
              .put("displayUrl", "/spaces/" + page.space().key()))
          .put("breadcrumbs", new JsonArray())
          .put("entityType", "content")
          .put("iconCssClass", "aui-icon content-type-page");
    } else {
      result.put("space", V1Json.space(hit.space(), base))
          .put("title", Excerpts.title(hit.title(), queries, highlight))
          .put("excerpt", excerpt)
          .put("url", "/spaces/" + hit.space().key())
          .put("breadcrumbs", new JsonArray())
          .put("entityType", "space")
          .put("iconCssClass", "aui-icon space-avatar");
    }
    Instant modified = hit.lastModified();
    return result
        .put("lastModified", ConfluenceDates.format(modified))
        .put("friendlyLastModified", FRIENDLY.format(modified))
        .put("score", 0.0)
        .build();
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }
}
