package io.github.atlassianmcp.sandbox.jira;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import io.github.atlassianmcp.sandbox.SandboxUser;
import io.github.atlassianmcp.sandbox.http.Json;
import io.github.atlassianmcp.sandbox.users.Avatars;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** Jira's JSON for a user: the short form inside issues and comments, and the full form of {@code /myself}. */
public final class JiraUsers {

  private JiraUsers() {}

  /** UserDetails, as in assignee, reporter, author. A hidden email is left out, as Atlassian leaves it out. */
  public static JsonObject details(SandboxUser user, String apiBase) {
    return Json.object()
        .put("self", self(user, apiBase))
        .put("accountId", user.accountId())
        .putIfPresent("emailAddress", email(user))
        .put("avatarUrls", Avatars.jira(user))
        .put("displayName", user.displayName())
        .put("active", user.active())
        .put("timeZone", user.timeZone())
        .put("accountType", user.accountType())
        .build();
  }

  /** User, as user search and {@code GET /rest/api/3/user} answer; a hidden email is left out. */
  public static JsonObject full(SandboxUser user, String apiBase) {
    return full(user, apiBase, email(user));
  }

  /** User, as {@code GET /rest/api/3/myself} answers: people always see their own email. */
  public static JsonObject myself(SandboxUser user, String apiBase) {
    return full(user, apiBase, user.email());
  }

  private static JsonObject full(SandboxUser user, String apiBase, String email) {
    JsonObject groups = Json.object().put("size", 2).put("items", new JsonArray()).build();
    JsonObject roles = Json.object().put("size", 1).put("items", new JsonArray()).build();
    return Json.object()
        .put("self", self(user, apiBase))
        .put("accountId", user.accountId())
        .put("accountType", user.accountType())
        .putIfPresent("emailAddress", email)
        .put("avatarUrls", Avatars.jira(user))
        .put("displayName", user.displayName())
        .put("active", user.active())
        .put("timeZone", user.timeZone())
        .put("locale", "en_US")
        .put("groups", groups)
        .put("applicationRoles", roles)
        .put("expand", "groups,applicationRoles")
        .build();
  }

  private static String email(SandboxUser user) {
    return user.emailVisible() ? user.email() : null;
  }

  static String self(SandboxUser user, String apiBase) {
    return apiBase + "/rest/api/3/user?accountId=" + URLEncoder.encode(user.accountId(), StandardCharsets.UTF_8);
  }
}
