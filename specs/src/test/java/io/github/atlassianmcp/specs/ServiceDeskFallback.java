package io.github.atlassianmcp.specs;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Derives our fallback Jira Service Management document from Atlassian's: the operations the project uses, the
 * schemas they reach and the OAuth scopes they list, with Atlassian's paths, ids, parameters and types, and none
 * of Atlassian's prose (descriptions, summaries, examples). The client generated from it has the same classes
 * and methods as the one generated from the official file, for these operations.
 */
final class ServiceDeskFallback {

  /** Prose and metadata left out: the fallback keeps what generation and validation use. */
  private static final Set<String> PROSE = Set.of("description", "summary", "example", "examples",
      "x-atlassian-data-security-policy", "x-atlassian-connect-scope", "x-atlassian-narrative");
  /** Members whose keys are names (a property called "description" is not prose). */
  private static final Set<String> NAME_MAPS = Set.of("properties", "schemas", "paths", "responses", "content",
      "scopes", "securitySchemes", "parameters", "headers", "encoding", "variables");
  private static final String REF = "#/components/";

  private ServiceDeskFallback() {}

  /** The fallback document for these operation IDs, in the official file's order. */
  static JsonObject extract(JsonObject official, List<String> operationIds) {
    JsonObject paths = new JsonObject();
    Set<String> tags = new LinkedHashSet<>();
    Set<String> scopes = new LinkedHashSet<>();
    Set<String> found = new LinkedHashSet<>();
    for (Map.Entry<String, JsonElement> path : official.getAsJsonObject("paths").entrySet()) {
      JsonObject kept = new JsonObject();
      for (Map.Entry<String, JsonElement> method : path.getValue().getAsJsonObject().entrySet()) {
        JsonObject operation = method.getValue().getAsJsonObject();
        if (operation.has("operationId") && operationIds.contains(operation.get("operationId").getAsString())) {
          found.add(operation.get("operationId").getAsString());
          JsonObject copy = strip(operation).getAsJsonObject();
          // OpenAPI requires a response description; ours is empty rather than Atlassian's text.
          copy.getAsJsonObject("responses").entrySet()
              .forEach(response -> response.getValue().getAsJsonObject().addProperty("description", ""));
          kept.add(method.getKey(), copy);
          if (operation.has("tags")) {
            operation.getAsJsonArray("tags").forEach(tag -> tags.add(tag.getAsString()));
          }
          scopes.addAll(scopesOf(operation));
        }
      }
      if (kept.size() > 0) {
        paths.add(path.getKey(), kept);
      }
    }
    if (!found.containsAll(operationIds)) {
      Set<String> missing = new LinkedHashSet<>(operationIds);
      missing.removeAll(found);
      throw new IllegalArgumentException("Not in the official document: " + missing);
    }

    JsonObject document = new JsonObject();
    document.addProperty("openapi", official.get("openapi").getAsString());
    document.add("info", info(official));
    document.add("servers", official.get("servers").deepCopy());
    JsonArray tagList = new JsonArray();
    tags.forEach(tag -> {
      JsonObject entry = new JsonObject();
      entry.addProperty("name", tag);
      tagList.add(entry);
    });
    document.add("tags", tagList);
    document.add("paths", paths);
    document.add("components", components(official.getAsJsonObject("components"), paths, scopes));
    return document;
  }

  private static JsonObject info(JsonObject official) {
    JsonObject info = new JsonObject();
    info.addProperty("title", "Jira Service Management REST API: the operations this project uses (our fallback)");
    info.addProperty("description", "Not Atlassian's file. The build uses Atlassian's published Jira Service"
        + " Management spec (https://developer.atlassian.com/cloud/jira/service-desk/swagger.v3.json) from"
        + " ../shared/specs or a download, and falls back to this document when it can get neither. It keeps the"
        + " operations the project calls and the sandbox serves, with Atlassian's paths, operation ids,"
        + " parameters, schemas and OAuth scopes and none of its prose, so that the client generated from it has"
        + " the same classes and methods. ServiceDeskFallbackTest (specs module) derives it from the official"
        + " file and fails when they differ.");
    info.addProperty("version", "ours, from " + official.getAsJsonObject("info").get("version").getAsString());
    return info;
  }

  /** The schemas (and other components) the paths reach, and the OAuth scheme with the scopes they list. */
  private static JsonObject components(JsonObject official, JsonObject paths, Set<String> scopes) {
    Set<String> reached = new LinkedHashSet<>();
    Deque<JsonElement> pending = new ArrayDeque<>();
    pending.add(paths);
    while (!pending.isEmpty()) {
      for (String ref : refs(pending.pop())) {
        if (reached.add(ref)) {
          String[] parts = ref.substring(REF.length()).split("/");
          pending.add(official.getAsJsonObject(parts[0]).get(parts[1]));
        }
      }
    }
    JsonObject components = new JsonObject();
    for (Map.Entry<String, JsonElement> section : official.entrySet()) {
      if (section.getKey().equals("securitySchemes")) {
        continue;
      }
      JsonObject kept = new JsonObject();
      section.getValue().getAsJsonObject().entrySet().stream()
          .filter(entry -> reached.contains(REF + section.getKey() + "/" + entry.getKey()))
          .forEach(entry -> kept.add(entry.getKey(), strip(entry.getValue())));
      if (kept.size() > 0) {
        components.add(section.getKey(), kept);
      }
    }
    JsonObject schemes = strip(official.getAsJsonObject("securitySchemes")).getAsJsonObject();
    for (Map.Entry<String, JsonElement> scheme : schemes.entrySet()) {
      JsonObject flows = scheme.getValue().getAsJsonObject().getAsJsonObject("flows");
      if (flows != null) {
        for (Map.Entry<String, JsonElement> flow : flows.entrySet()) {
          JsonObject kept = new JsonObject();
          flow.getValue().getAsJsonObject().getAsJsonObject("scopes").keySet().stream()
              .filter(scopes::contains)
              .forEach(scope -> kept.addProperty(scope, ""));
          flow.getValue().getAsJsonObject().add("scopes", kept);
        }
      }
    }
    components.add("securitySchemes", schemes);
    return components;
  }

  /** Every scope an operation names, in its security requirements and in Atlassian's scope extension. */
  private static Set<String> scopesOf(JsonObject operation) {
    Set<String> scopes = new LinkedHashSet<>();
    if (operation.has("security")) {
      operation.getAsJsonArray("security").forEach(requirement -> requirement.getAsJsonObject().entrySet()
          .forEach(scheme -> scheme.getValue().getAsJsonArray().forEach(s -> scopes.add(s.getAsString()))));
    }
    if (operation.has("x-atlassian-oauth2-scopes")) {
      operation.getAsJsonArray("x-atlassian-oauth2-scopes").forEach(entry -> entry.getAsJsonObject()
          .getAsJsonArray("scopes").forEach(s -> scopes.add(s.getAsString())));
    }
    return scopes;
  }

  private static Set<String> refs(JsonElement element) {
    Set<String> refs = new LinkedHashSet<>();
    if (element.isJsonObject()) {
      for (Map.Entry<String, JsonElement> member : element.getAsJsonObject().entrySet()) {
        if (member.getKey().equals("$ref") && member.getValue().getAsString().startsWith(REF)) {
          refs.add(member.getValue().getAsString());
        } else {
          refs.addAll(refs(member.getValue()));
        }
      }
    } else if (element.isJsonArray()) {
      element.getAsJsonArray().forEach(item -> refs.addAll(refs(item)));
    }
    return refs;
  }

  /** A copy without prose; the keys of name maps are kept whatever they are called. */
  static JsonElement strip(JsonElement element) {
    return strip(element, false);
  }

  private static JsonElement strip(JsonElement element, boolean names) {
    if (element.isJsonObject()) {
      JsonObject copy = new JsonObject();
      for (Map.Entry<String, JsonElement> member : element.getAsJsonObject().entrySet()) {
        if (!names && PROSE.contains(member.getKey())) {
          continue;
        }
        copy.add(member.getKey(), strip(member.getValue(), !names && NAME_MAPS.contains(member.getKey())));
      }
      return copy;
    }
    if (element.isJsonArray()) {
      JsonArray copy = new JsonArray();
      element.getAsJsonArray().forEach(item -> copy.add(strip(item, false)));
      return copy;
    }
    return element.deepCopy();
  }
}
