package io.github.atlassianmcp.sandbox.confluence;

import com.google.gson.JsonObject;
import io.github.atlassianmcp.sandbox.SandboxUser;
import io.github.atlassianmcp.sandbox.http.Json;
import io.github.atlassianmcp.sandbox.users.Avatars;
import java.util.Set;

/** Confluence v1's JSON for content and spaces, as search results carry them. */
final class V1Json {

  private V1Json() {}

  static JsonObject content(Page page, Space space, Set<String> expand, String base) {
    Json.ObjectBuilder expandable = Json.object()
        .put("container", "")
        .put("metadata", "")
        .put("extensions", "")
        .put("operations", "")
        .put("children", "")
        .put("history", "/rest/api/content/" + page.id() + "/history")
        .put("ancestors", "")
        .put("body", "")
        .put("descendants", "");
    Json.ObjectBuilder content = Json.object()
        .put("id", page.idText())
        .put("type", "page")
        .put("status", "current")
        .put("title", page.title());
    if (expand.contains("content.space")) {
      content.put("space", space(space, base));
    } else {
      expandable.put("space", "/rest/api/space/" + space.key());
    }
    if (expand.contains("content.version")) {
      content.put("version", Json.object()
          .put("by", user(page.version().author()))
          .put("when", ConfluenceDates.format(page.version().createdAt()))
          .put("number", page.version().number())
          .put("minorEdit", page.version().minorEdit()));
    } else {
      expandable.put("version", "");
    }
    return content
        .put("childTypes", new JsonObject())
        .put("macroRenderedOutput", new JsonObject())
        .put("restrictions", new JsonObject())
        .put("_expandable", expandable)
        .put("_links", Json.object()
            .put("webui", ConfluenceSite.webui(space, page))
            .put("self", base + "/rest/api/content/" + page.id())
            .put("tinyui", ConfluenceSite.tinyui(page)))
        .build();
  }

  static JsonObject space(Space space, String base) {
    return Json.object()
        .put("id", space.id())
        .put("key", space.key())
        .put("name", space.name())
        .put("type", space.type())
        .put("status", "current")
        .put("_expandable", Json.object()
            .put("settings", "/rest/api/space/" + space.key() + "/settings")
            .put("metadata", "")
            .put("operations", "")
            .put("lookAndFeel", "/rest/api/settings/lookandfeel?spaceKey=" + space.key())
            .put("permissions", "")
            .put("icon", "")
            .put("description", "")
            .put("theme", "/rest/api/space/" + space.key() + "/theme")
            .put("history", "")
            .put("homepage", "/rest/api/content/" + space.homepageId()))
        .put("_links", Json.object()
            .put("webui", "/spaces/" + space.key())
            .put("self", base + "/rest/api/space/" + space.key()))
        .build();
  }

  static JsonObject user(SandboxUser user) {
    return Json.object()
        .put("type", "known")
        .put("accountId", user.accountId())
        .put("accountType", "atlassian")
        .put("email", user.email())
        .put("publicName", user.displayName())
        .put("profilePicture", Json.object()
            .put("path", Avatars.url(user, 48))
            .put("width", 48)
            .put("height", 48)
            .put("isDefault", false))
        .put("displayName", user.displayName())
        .build();
  }
}
