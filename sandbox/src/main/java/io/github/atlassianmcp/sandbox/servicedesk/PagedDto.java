package io.github.atlassianmcp.sandbox.servicedesk;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import io.github.atlassianmcp.sandbox.http.Json;
import io.github.atlassianmcp.sandbox.http.Pages;
import java.util.List;
import java.util.function.Function;

/**
 * The service desk API's PagedDTO: size, start, limit, isLastPage, values, and _links with base, context and
 * the next and previous pages' URLs.
 */
final class PagedDto {

  private PagedDto() {}

  /**
   * @param path the site path of the list, for the next and prev links (its query is added here)
   * @param query the other query parameters to keep in those links, already encoded, or ""
   */
  static <T> JsonObject of(List<T> items, int start, int limit, String base, String path, String query,
      List<String> expands, Function<T, ? extends JsonElement> render) {
    List<T> page = Pages.slice(items, start, limit);
    boolean last = start + page.size() >= items.size();
    String url = base + path + "?" + (query.isEmpty() ? "" : query + "&");
    Json.ObjectBuilder links = Json.object()
        .put("self", url + "start=" + start + "&limit=" + limit)
        .put("base", base + "/rest/servicedeskapi")
        .put("context", "");
    if (!last) {
      links.put("next", url + "start=" + (start + limit) + "&limit=" + limit);
    }
    if (start > 0) {
      links.put("prev", url + "start=" + Math.max(0, start - limit) + "&limit=" + limit);
    }
    return Json.object()
        .put("_expands", Json.strings(expands))
        .put("size", page.size())
        .put("start", start)
        .put("limit", limit)
        .put("isLastPage", last)
        .put("_links", links)
        .put("values", Json.array(page, render::apply))
        .build();
  }
}
