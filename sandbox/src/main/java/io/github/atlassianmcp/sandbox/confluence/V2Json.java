package io.github.atlassianmcp.sandbox.confluence;

import com.google.gson.JsonObject;
import io.github.atlassianmcp.sandbox.http.Json;
import java.util.Set;

/** Confluence v2's JSON for pages and spaces. Dates are ISO-8601 in UTC with milliseconds. */
final class V2Json {

  private V2Json() {}

  /** A page; {@code bodyFormat} is storage, atlas_doc_format, or null for no body. */
  static JsonObject page(Page page, Space space, String bodyFormat, String base, boolean single) {
    Json.ObjectBuilder json = Json.object()
        .put("id", page.idText())
        .put("status", "current")
        .put("title", page.title())
        .put("spaceId", Long.toString(page.spaceId()));
    if (page.parentId() != null) {
      json.put("parentId", Long.toString(page.parentId())).put("parentType", "page");
    }
    json.put("position", page.position())
        .put("authorId", page.author().accountId())
        .put("ownerId", page.author().accountId())
        .put("lastOwnerId", (String) null)
        .put("createdAt", ConfluenceDates.format(page.createdAt()))
        .put("version", Json.object()
            .put("createdAt", ConfluenceDates.format(page.version().createdAt()))
            .put("message", page.version().message())
            .put("number", page.version().number())
            .put("minorEdit", page.version().minorEdit())
            .put("authorId", page.version().author().accountId()))
        .put("body", body(page, bodyFormat));
    Json.ObjectBuilder links = Json.object()
        .put("editui", "/pages/resumedraft.action?draftId=" + page.id())
        .put("webui", ConfluenceSite.webui(space, page))
        .put("tinyui", ConfluenceSite.tinyui(page));
    if (single) {
      links.put("base", base + "/wiki");
    }
    return json.put("_links", links).build();
  }

  static JsonObject body(Page page, String format) {
    return body(page.storage(), page.adf(), format);
  }

  /** A body in the one representation asked for; ADF goes as a string, as the v2 API writes it. */
  static JsonObject body(String storage, JsonObject adf, String format) {
    JsonObject body = new JsonObject();
    if ("storage".equals(format)) {
      body.add("storage", Json.object().put("representation", "storage").put("value", storage).build());
    } else if ("atlas_doc_format".equals(format)) {
      body.add("atlas_doc_format", Json.object().put("representation", "atlas_doc_format")
          .put("value", Json.write(adf)).build());
    }
    return body;
  }

  static JsonObject space(Space space, Set<String> include, String base, boolean single) {
    Json.ObjectBuilder json = Json.object()
        .put("id", Long.toString(space.id()))
        .put("key", space.key())
        .put("name", space.name())
        .put("type", space.type())
        .put("status", "current")
        .put("authorId", space.author().accountId())
        .put("createdAt", ConfluenceDates.format(space.createdAt()))
        .put("homepageId", Long.toString(space.homepageId()));
    if (include.contains("description:plain")) {
      json.put("description", Json.object().put("plain", Json.object()
          .put("representation", "plain").put("value", space.description())));
    } else if (include.contains("description:view")) {
      json.put("description", Json.object().put("view", Json.object()
          .put("representation", "view").put("value", "<p>" + space.description() + "</p>")));
    }
    if (include.contains("icon")) {
      json.put("icon", Json.object().put("path", "/wiki/download/attachments/" + space.homepageId()
          + "/space-icon.png").put("apiDownloadLink", "/wiki/api/v2/spaces/" + space.id() + "/icon"));
    }
    Json.ObjectBuilder links = Json.object().put("webui", "/spaces/" + space.key());
    if (single) {
      links.put("base", base + "/wiki");
    }
    return json.put("_links", links).build();
  }
}
