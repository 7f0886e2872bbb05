package io.github.atlassianmcp.sandbox.confluence;

import com.google.gson.JsonObject;
import io.github.atlassianmcp.sandbox.http.Call;
import io.github.atlassianmcp.sandbox.http.HttpResponse;
import io.github.atlassianmcp.sandbox.http.Json;
import io.github.atlassianmcp.sandbox.http.Pages;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * A page of v2 results: the {@code results}, and when there are more a {@code _links.next} (relative, with an
 * opaque cursor) and the matching {@code Link} header, as Confluence v2 pages its lists.
 */
final class V2Page {

  private V2Page() {}

  /** The offset and limit a list request asks for, or Confluence's 400. */
  record Window(int offset, int limit) {}

  static Window window(Call call) {
    int limit = 25;
    String rawLimit = call.query("limit").orElse(null);
    if (rawLimit != null) {
      try {
        limit = Integer.parseInt(rawLimit);
      } catch (NumberFormatException e) {
        limit = -1;
      }
      if (limit < 1 || limit > 250) {
        throw ConfluenceSite.v2BadRequest("limit must be a number between 1 and 250, was '" + rawLimit + "'.");
      }
    }
    int offset = call.query("cursor")
        .map(cursor -> Cursors.decode(cursor).orElseThrow(() -> ConfluenceSite.v2BadRequest(
            "The cursor is not valid; use the next link of the previous page as it is.")))
        .orElse(0);
    return new Window(offset, limit);
  }

  static <T> HttpResponse of(Call call, List<T> items, Window window, Function<T, JsonObject> render) {
    List<T> page = Pages.slice(items, window.offset(), window.limit());
    Json.ObjectBuilder links = Json.object();
    String next = null;
    if (window.offset() + page.size() < items.size()) {
      next = nextLink(call, window.offset() + page.size());
      links.put("next", next);
    }
    String base = call.siteBase() + "/wiki";
    links.put("base", base);
    HttpResponse response = HttpResponse.json(200, Json.object()
        .put("results", Json.array(page, render::apply))
        .put("_links", links)
        .build());
    return response.withHeader("Link", (next == null ? "" : "<" + next + ">; rel=\"next\", ") + "<" + base
        + ">; rel=\"base\"");
  }

  private static String nextLink(Call call, int offset) {
    List<String> parameters = new ArrayList<>();
    for (Map.Entry<String, List<String>> entry : call.request().query().entrySet()) {
      if (!entry.getKey().equals("cursor")) {
        entry.getValue().forEach(value -> parameters.add(encode(entry.getKey()) + "=" + encode(value)));
      }
    }
    parameters.add("cursor=" + Cursors.encode(offset));
    return call.request().path() + "?" + String.join("&", parameters);
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }
}
