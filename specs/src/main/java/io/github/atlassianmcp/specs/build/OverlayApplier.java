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
import java.util.function.Predicate;

/**
 * Applies an <a href="https://spec.openapis.org/overlay/v1.0.0.html">OpenAPI Overlay 1.0</a> document to a
 * spec: each action's JSONPath {@code target} gets its {@code update} merged in, or is removed. A target that
 * matches nothing fails the build, because it means the upstream spec changed under the fix.
 *
 * <p>An action marked {@value #CORRECTION}{@code : true} corrects an error in Atlassian's published file (one
 * that stops standard tools from reading it); the others adapt the spec for generation only. The build applies
 * the corrections to the copy the tests validate against as well, the adaptations only to what the generator
 * reads.
 */
final class OverlayApplier {

  /** The action extension that marks a correction of Atlassian's file. */
  static final String CORRECTION = "x-corrects-published-spec";

  private static final Configuration PATHS = Configuration.builder()
      .jsonProvider(new GsonJsonProvider())
      .mappingProvider(new GsonMappingProvider())
      .options(Option.AS_PATH_LIST, Option.SUPPRESS_EXCEPTIONS)
      .build();
  private static final Configuration VALUES = Configuration.builder()
      .jsonProvider(new GsonJsonProvider())
      .mappingProvider(new GsonMappingProvider())
      .build();

  /** Applies every action of the overlay in place; {@code name} is used in error messages. */
  void apply(JsonObject spec, JsonObject overlay, String name) {
    apply(spec, overlay, name, action -> true);
  }

  /** Applies only the corrections of Atlassian's file; returns how many there were. */
  int applyCorrections(JsonObject spec, JsonObject overlay, String name) {
    return apply(spec, overlay, name, OverlayApplier::isCorrection);
  }

  /** Applies only the adaptations for generation; returns how many there were. */
  int applyAdaptations(JsonObject spec, JsonObject overlay, String name) {
    return apply(spec, overlay, name, action -> !isCorrection(action));
  }

  static boolean isCorrection(JsonObject action) {
    return action.has(CORRECTION) && action.get(CORRECTION).getAsBoolean();
  }

  private int apply(JsonObject spec, JsonObject overlay, String name, Predicate<JsonObject> selected) {
    JsonArray actions = overlay.getAsJsonArray("actions");
    if (actions == null) {
      throw new IllegalArgumentException(name + " has no \"actions\" array");
    }
    DocumentContext document = JsonPath.using(VALUES).parse(spec);
    int applied = 0;
    for (int i = 0; i < actions.size(); i++) {
      JsonObject action = actions.get(i).getAsJsonObject();
      if (!selected.test(action)) {
        continue;
      }
      applied++;
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
          merge(document, path, action.get("update"), name + ", action " + (i + 1));
        }
      } else {
        throw new IllegalArgumentException(name + ", action " + (i + 1) + " has neither \"update\" nor \"remove\"");
      }
    }
    return applied;
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

  /**
   * Merges {@code update} into the node at {@code path}: object members recursively, array items appended,
   * anything else replaced. Goes through the document (reads return copies with the Gson provider).
   */
  private static void merge(DocumentContext document, String path, JsonElement update, String where) {
    JsonElement target = document.read(path);
    if (target.isJsonObject() && update.isJsonObject()) {
      for (Map.Entry<String, JsonElement> entry : update.getAsJsonObject().entrySet()) {
        JsonElement existing = target.getAsJsonObject().get(entry.getKey());
        boolean sameContainer = existing != null
            && ((existing.isJsonObject() && entry.getValue().isJsonObject())
                || (existing.isJsonArray() && entry.getValue().isJsonArray()));
        if (sameContainer) {
          merge(document, path + "['" + entry.getKey().replace("'", "\\'") + "']", entry.getValue(), where);
        } else {
          document.put(path, entry.getKey(), entry.getValue().deepCopy());
        }
      }
    } else if (target.isJsonArray() && update.isJsonArray()) {
      for (JsonElement item : update.getAsJsonArray()) {
        document.add(path, item.deepCopy());
      }
    } else {
      throw new IllegalArgumentException(where + ": an update can only be merged into an object or an array");
    }
  }
}
