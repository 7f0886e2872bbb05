package io.github.atlassianmcp.sandbox.users;

import com.google.gson.JsonObject;
import io.github.atlassianmcp.sandbox.SandboxUser;
import io.github.atlassianmcp.sandbox.http.Json;

/**
 * Avatar URLs as Atlassian generates them for people without a picture: initials on a colour, served by the
 * avatar CDN. The sandbox never fetches them; they only have to look and parse like the real ones.
 */
public final class Avatars {

  private static final String CDN =
      "https://avatar-management--avatars.us-west-2.prod.public.atl-paas.net/initials/";

  private Avatars() {}

  public static String url(SandboxUser user, int size) {
    int colour = Math.floorMod(user.accountId().hashCode(), 6) + 1;
    return CDN + user.initials() + "-" + colour + ".png?size=" + size + "&s=" + size;
  }

  /** Jira's avatarUrls object: 48x48, 24x24, 16x16 and 32x32. */
  public static JsonObject jira(SandboxUser user) {
    return Json.object()
        .put("48x48", url(user, 48))
        .put("24x24", url(user, 24))
        .put("16x16", url(user, 16))
        .put("32x32", url(user, 32))
        .build();
  }
}
