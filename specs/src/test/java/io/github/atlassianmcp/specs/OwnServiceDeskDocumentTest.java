package io.github.atlassianmcp.specs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * Our fallback document for Jira Service Management is checked on every build, even one that used
 * Atlassian's published file and so never generated a client from ours.
 */
class OwnServiceDeskDocumentTest {

  private static final String SCHEMA_REF = "#/components/schemas/";

  private final JsonObject document;
  private final JsonObject schemas;

  OwnServiceDeskDocumentTest() throws IOException {
    // Surefire runs in the module directory, where the document lives.
    document = JsonParser.parseString(Files.readString(Path.of("jira-service-management.json")))
        .getAsJsonObject();
    schemas = document.getAsJsonObject("components").getAsJsonObject("schemas");
  }

  @Test
  void saysItIsOurs() {
    assertEquals("3.0.1", document.get("openapi").getAsString());
    assertTrue(document.getAsJsonObject("info").get("version").getAsString().contains("ours"));
  }

  @Test
  void everyReferenceResolvesAndEverySchemaIsUsed() {
    Set<String> reachable = new TreeSet<>();
    Deque<String> pending = new ArrayDeque<>(references(document.get("paths")));
    while (!pending.isEmpty()) {
      String name = pending.pop();
      if (reachable.add(name)) {
        assertTrue(schemas.has(name), "unresolved reference to " + name);
        pending.addAll(references(schemas.get(name)));
      }
    }
    assertEquals(new TreeSet<>(schemas.keySet()), reachable, "schemas no operation uses");
  }

  @Test
  void everyOperationDeclaresItsScopesLikeAtlassianDoes() {
    Set<String> tags = new HashSet<>();
    document.getAsJsonArray("tags").forEach(tag -> tags.add(tag.getAsJsonObject().get("name").getAsString()));
    JsonObject securitySchemes = document.getAsJsonObject("components").getAsJsonObject("securitySchemes");
    // The generation overlay removes this scheme; the build fails if it is not there to remove.
    JsonObject oauth = securitySchemes.getAsJsonObject("OAuth2");
    assertNotNull(securitySchemes.getAsJsonObject("basicAuth"));
    Set<String> declaredScopes = oauth.getAsJsonObject("flows").getAsJsonObject("authorizationCode")
        .getAsJsonObject("scopes").keySet();

    Set<String> operationIds = new HashSet<>();
    for (Map.Entry<String, JsonElement> path : document.getAsJsonObject("paths").entrySet()) {
      for (Map.Entry<String, JsonElement> method : path.getValue().getAsJsonObject().entrySet()) {
        JsonObject op = method.getValue().getAsJsonObject();
        String id = op.get("operationId").getAsString();
        assertTrue(operationIds.add(id), "duplicate operationId " + id);
        assertTrue(op.has("deprecated"), id + " does not say whether it is deprecated");
        JsonArray opTags = op.getAsJsonArray("tags");
        assertEquals(1, opTags.size(), id + " tags");
        assertTrue(tags.contains(opTags.get(0).getAsString()), id + " has an undeclared tag");

        List<String> current = scopesInState(op, "Current");
        assertTrue(!current.isEmpty() && !scopesInState(op, "Beta").isEmpty(), id + " scope states");
        List<String> required = strings(op.getAsJsonArray("security").get(0).getAsJsonObject()
            .getAsJsonArray("OAuth2"));
        assertEquals(current, required, id + ": security and the Current scopes differ");
        assertTrue(declaredScopes.containsAll(required), id + " uses an undeclared scope");
      }
    }
  }

  private static List<String> scopesInState(JsonObject op, String state) {
    List<String> scopes = new ArrayList<>();
    for (JsonElement entry : op.getAsJsonArray("x-atlassian-oauth2-scopes")) {
      if (entry.getAsJsonObject().get("state").getAsString().equals(state)) {
        scopes.addAll(strings(entry.getAsJsonObject().getAsJsonArray("scopes")));
      }
    }
    return scopes;
  }

  private static List<String> strings(JsonArray array) {
    List<String> values = new ArrayList<>();
    array.forEach(value -> values.add(value.getAsString()));
    return values;
  }

  private static List<String> references(JsonElement element) {
    List<String> found = new ArrayList<>();
    if (element.isJsonObject()) {
      for (Map.Entry<String, JsonElement> member : element.getAsJsonObject().entrySet()) {
        if (member.getKey().equals("$ref")) {
          String ref = member.getValue().getAsString();
          assertTrue(ref.startsWith(SCHEMA_REF), "unexpected reference " + ref);
          found.add(ref.substring(SCHEMA_REF.length()));
        } else {
          found.addAll(references(member.getValue()));
        }
      }
    } else if (element.isJsonArray()) {
      element.getAsJsonArray().forEach(item -> found.addAll(references(item)));
    }
    return found;
  }
}
