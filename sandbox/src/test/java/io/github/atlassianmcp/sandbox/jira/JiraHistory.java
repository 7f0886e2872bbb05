package io.github.atlassianmcp.sandbox.jira;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import io.github.atlassianmcp.sandbox.SandboxFixture;
import java.util.ArrayList;
import java.util.List;

/** An issue's changelog as the tests compare it. */
public final class JiraHistory {

  private JiraHistory() {}

  /** "field: fromString -> toString" for every item of an issue's changelog, oldest first. */
  public static List<String> items(SandboxFixture fx, String key) {
    List<String> items = new ArrayList<>();
    JsonArray values = fx.get(fx.jira("/rest/api/3/issue/" + key + "/changelog")).json().getAsJsonObject()
        .getAsJsonArray("values");
    for (JsonElement entry : values) {
      for (JsonElement item : entry.getAsJsonObject().getAsJsonArray("items")) {
        JsonObject change = item.getAsJsonObject();
        items.add(change.get("field").getAsString() + ": " + text(change.get("fromString")) + " -> "
            + text(change.get("toString")));
      }
    }
    return items;
  }

  private static String text(JsonElement value) {
    return value == null || value.isJsonNull() ? "null" : value.getAsString();
  }
}
