package io.github.atlassianmcp.specs.build;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Derives the operation index (see {@code AtlassianOperations}) from a spec: one tab-separated line per
 * operation with its full path, whether it is deprecated and its OAuth scopes in state Current.
 */
final class OperationIndexWriter {

  private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch", "head", "options");

  List<String> lines(String specFile, String product, String basePath, JsonObject spec) {
    List<String> lines = new ArrayList<>();
    for (Map.Entry<String, JsonElement> path : spec.getAsJsonObject("paths").entrySet()) {
      for (Map.Entry<String, JsonElement> method : path.getValue().getAsJsonObject().entrySet()) {
        if (!METHODS.contains(method.getKey())) {
          continue;
        }
        JsonObject operation = method.getValue().getAsJsonObject();
        String operationId = operation.has("operationId")
            ? operation.get("operationId").getAsString()
            : method.getKey() + " " + path.getKey();
        boolean deprecated = operation.has("deprecated") && operation.get("deprecated").getAsBoolean();
        lines.add(String.join("\t", specFile, product, method.getKey().toUpperCase(java.util.Locale.ROOT),
            basePath + path.getKey(), operationId, Boolean.toString(deprecated),
            String.join(",", currentScopes(operation))));
      }
    }
    return lines;
  }

  /**
   * Atlassian lists the scopes per state in {@code x-atlassian-oauth2-scopes}; "Current" is what an app
   * requests today ("Beta" are the granular ones in preview). Without that extension, the OAuth entries of
   * {@code security} are the scopes.
   */
  static Set<String> currentScopes(JsonObject operation) {
    Set<String> scopes = new LinkedHashSet<>();
    JsonArray declared = operation.getAsJsonArray("x-atlassian-oauth2-scopes");
    if (declared != null) {
      for (JsonElement element : declared) {
        JsonObject entry = element.getAsJsonObject();
        if (entry.has("state") && entry.get("state").getAsString().equalsIgnoreCase("Current")) {
          entry.getAsJsonArray("scopes").forEach(scope -> scopes.add(scope.getAsString()));
        }
      }
      return scopes;
    }
    JsonArray security = operation.getAsJsonArray("security");
    if (security != null) {
      for (JsonElement requirement : security) {
        for (Map.Entry<String, JsonElement> scheme : requirement.getAsJsonObject().entrySet()) {
          if (!scheme.getKey().equalsIgnoreCase("basicAuth")) {
            scheme.getValue().getAsJsonArray().forEach(scope -> scopes.add(scope.getAsString()));
          }
        }
      }
    }
    return scopes;
  }
}
