package io.github.atlassianmcp.sandbox.confluence;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import io.github.atlassianmcp.sandbox.SandboxUser;
import io.github.atlassianmcp.sandbox.http.Call;
import io.github.atlassianmcp.sandbox.http.HttpResponse;
import io.github.atlassianmcp.sandbox.http.Json;
import io.github.atlassianmcp.sandbox.http.Router;
import io.github.atlassianmcp.sandbox.users.Avatars;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Confluence v2's user lookup, {@code POST /wiki/api/v2/users-bulk} with {@code {"accountIds": [...]}} (1 to 250):
 * the users among them that exist, in the order asked; unknown IDs are left out, as on Cloud, whose answer "may be
 * empty if no account IDs were found". Comments, pages and versions carry only account IDs; this is how a client
 * learns the names. Emails are left out, as most people's privacy settings leave them out.
 */
public final class UsersResource {

  private static final int MAX_IDS = 250;

  private final ConfluenceSite site;

  public UsersResource(ConfluenceSite site) {
    this.site = site;
  }

  public void register(Router router) {
    router.post("/wiki/api/v2/users-bulk", this::lookup);
  }

  private HttpResponse lookup(Call call) {
    JsonObject request = ConfluenceSite.jsonBody(call);
    JsonElement ids = request.get("accountIds");
    if (ids == null || !ids.isJsonArray() || ids.getAsJsonArray().isEmpty() || ids.getAsJsonArray().size() > MAX_IDS) {
      throw ConfluenceSite.v2BadRequest("accountIds must list 1 to " + MAX_IDS + " account IDs.");
    }
    Set<String> asked = new LinkedHashSet<>();
    for (JsonElement id : ids.getAsJsonArray()) {
      if (!id.isJsonPrimitive()) {
        throw ConfluenceSite.v2BadRequest("accountIds must hold account IDs as strings.");
      }
      asked.add(id.getAsString());
    }
    List<JsonObject> users = new ArrayList<>();
    for (String id : asked) {
      Optional<SandboxUser> user = site.users().byAccountId(id);
      user.ifPresent(found -> users.add(user(found)));
    }
    JsonArray results = Json.array(users);
    return HttpResponse.json(200, Json.object().put("results", results).put("_links", Json.object()).build());
  }

  private static JsonObject user(SandboxUser user) {
    return Json.object()
        .put("accountId", user.accountId())
        .put("accountType", user.accountType())
        .put("accountStatus", user.active() ? "active" : "inactive")
        .put("displayName", user.displayName())
        .put("publicName", user.displayName())
        .put("timeZone", user.timeZone())
        .put("isExternalCollaborator", false)
        .put("profilePicture", Json.object()
            .put("path", Avatars.url(user, 48))
            .put("isDefault", false))
        .build();
  }
}
