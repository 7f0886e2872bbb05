package io.github.atlassianmcp.specs.build;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.jayway.jsonpath.Configuration;
import com.jayway.jsonpath.DocumentContext;
import com.jayway.jsonpath.JsonPath;
import com.jayway.jsonpath.Option;
import com.jayway.jsonpath.spi.json.GsonJsonProvider;
import com.jayway.jsonpath.spi.mapper.GsonMappingProvider;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Applies an <a href="https://spec.openapis.org/overlay/v1.0.0.html">OpenAPI Overlay 1.0</a> document to a
 * spec: each action's JSONPath {@code target} gets its {@code update} merged in, or is removed. A target that
 * matches nothing fails the build, because it means the upstream spec changed under the fix.
 */
final class OverlayApplier {

  private static final Configuration PATHS = Configuration.builder()
      .jsonProvider(new GsonJsonProvider())
      .mappingProvider(new GsonMappingProvider())
      .options(Option.AS_PATH_LIST, Option.SUPPRESS_EXCEPTIONS)
      .build();
  private static final Configuration VALUES = Configuration.builder()
      .jsonProvider(new GsonJsonProvider())
      .mappingProvider(new GsonMappingProvider())
      .build();

  /** Applies the overlay in place; {@code name} is used in error messages. */
  void apply(JsonObject spec, JsonObject overlay, String name) {
    JsonArray actions = overlay.getAsJsonArray("actions");
    if (actions == null) {
      throw new IllegalArgumentException(name + " has no \"actions\" array");
    }
    DocumentContext document = JsonPath.using(VALUES).parse(spec);
    for (int i = 0; i < actions.size(); i++) {
      JsonObject action = actions.get(i).getAsJsonObject();
      String target = action.get("target").getAsString();
      List<String> matches = matchingPaths(spec, target);
      if (matches.isEmpty()) {
        throw new IllegalArgumentException(name + ", action " + (i + 1) + ": target " + target
            + " matches nothing; the upstream spec changed, review this overlay");
      }
      if (action.has("remove") && action.get("remove").getAsBoolean()) {
        document.delete(target);
      } else if (action.has("update")) {
        for (String path : matches) {
          JsonElement node = document.read(path);
          merge(node, action.get("update"), name + ", action " + (i + 1));
        }
      }
    }
  }

  /** The normalized paths of the nodes a JSONPath expression selects (the Gson provider gives a JsonArray). */
  private static List<String> matchingPaths(JsonObject spec, String target) {
    Object found = JsonPath.using(PATHS).parse(spec).read(target);
    List<String> paths = new ArrayList<>();
    if (found instanceof JsonArray array) {
      array.forEach(path -> paths.add(path.getAsString()));
    }
    return paths;
  }

  private static void merge(JsonElement target, JsonElement update, String where) {
    if (target.isJsonObject() && update.isJsonObject()) {
      JsonObject into = target.getAsJsonObject();
      for (Map.Entry<String, JsonElement> entry : update.getAsJsonObject().entrySet()) {
        JsonElement existing = into.get(entry.getKey());
        if (existing != null && (existing.isJsonObject() || existing.isJsonArray())
            && existing.isJsonObject() == entry.getValue().isJsonObject()) {
          merge(existing, entry.getValue(), where);
        } else {
          into.add(entry.getKey(), entry.getValue().deepCopy());
        }
      }
    } else if (target.isJsonArray() && update.isJsonArray()) {
      target.getAsJsonArray().addAll(update.getAsJsonArray().deepCopy());
    } else {
      throw new IllegalArgumentException(where + ": an update can only be merged into an object or an array");
    }
  }
}
