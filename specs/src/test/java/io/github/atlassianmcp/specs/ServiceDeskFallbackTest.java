package io.github.atlassianmcp.specs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Our fallback Jira Service Management document ({@code specs/jira-service-management.json}) is exactly what
 * {@link ServiceDeskFallback} derives from Atlassian's file for {@link #OPERATIONS}. A build that has the official
 * file checks it; when they differ, the fresh document is written to {@code target/} (or over ours with
 * {@code -Dfallback.update=true}) for review.
 */
class ServiceDeskFallbackTest {

  /** What the project uses of JSM: the server's calls and the sandbox's routes (CoverageAndRoutingTest checks). */
  static final List<String> OPERATIONS = List.of(
      "getServiceDesks", "getServiceDeskById", "getRequestTypes", "getRequestTypeById", "getRequestTypeFields",
      "getQueues", "getQueue", "getIssuesInQueue",
      "getCustomerRequests", "createCustomerRequest", "getCustomerRequestByIdOrKey", "getCustomerRequestStatus",
      "getRequestParticipants", "getSlaInformation", "getSlaInformationById",
      "getRequestComments", "createRequestComment", "getRequestCommentById",
      "getApprovals", "getApprovalById", "answerApproval");

  private static final String FILE = "jira-service-management.json";

  // Surefire runs in the module directory, where our document lives.
  private final Path ours = Path.of(FILE);

  @Test
  void ourFallbackIsWhatTheOfficialFileGivesForTheOperationsWeUse() throws IOException {
    JsonObject official = read(specsDir().resolve("corrected").resolve(FILE));
    assumeFalse(isOurs(official), "This build used our fallback: there is no official file to compare with.");
    String expected = new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create()
        .toJson(ServiceDeskFallback.extract(official, OPERATIONS)) + "\n";
    if (Boolean.getBoolean("fallback.update")) {
      Files.writeString(ours, expected, StandardCharsets.UTF_8);
    }
    if (!expected.equals(Files.readString(ours, StandardCharsets.UTF_8))) {
      Path fresh = Path.of("target", FILE + ".fallback");
      Files.writeString(fresh, expected, StandardCharsets.UTF_8);
      fail("specs/" + FILE + " is not what Atlassian's file gives for the operations we use; review "
          + fresh.toAbsolutePath() + " and copy it over ours (or run this test with -Dfallback.update=true).");
    }
  }

  @Test
  void ourFallbackSaysItIsOursAndHasEveryOperation() throws IOException {
    JsonObject document = read(ours);
    assertTrue(isOurs(document), "info.version of our document must say it is ours");
    List<String> ids = new java.util.ArrayList<>();
    document.getAsJsonObject("paths").entrySet().forEach(path -> path.getValue().getAsJsonObject().entrySet()
        .forEach(method -> ids.add(method.getValue().getAsJsonObject().get("operationId").getAsString())));
    assertEquals(OPERATIONS.stream().sorted().toList(), ids.stream().sorted().toList());
  }

  @Test
  void theExtractionKeepsStructureAndDropsProse() {
    JsonObject official = JsonParser.parseString("""
        {"openapi": "3.0.1", "info": {"version": "7"}, "servers": [], "components": {
           "schemas": {"A": {"description": "prose", "properties": {"description": {"type": "string",
             "description": "prose"}, "b": {"$ref": "#/components/schemas/B"}}},
             "B": {"type": "integer", "example": 3}, "Unused": {"type": "string"}},
           "securitySchemes": {"OAuth2": {"type": "oauth2", "flows": {"authorizationCode": {
             "scopes": {"read:x": "Reads x", "write:y": "Writes y"}}}}}},
         "paths": {"/a": {"get": {"operationId": "getA", "summary": "Get A", "tags": ["T"],
           "security": [{"OAuth2": ["read:x"]}],
           "responses": {"200": {"description": "The A", "content": {"application/json": {
             "schema": {"$ref": "#/components/schemas/A"}}}}}},
           "delete": {"operationId": "deleteA", "responses": {"204": {"description": "Gone"}}}}}}""")
        .getAsJsonObject();

    JsonObject fallback = ServiceDeskFallback.extract(official, List.of("getA"));

    assertEquals(JsonParser.parseString("""
        {"/a": {"get": {"operationId": "getA", "tags": ["T"], "security": [{"OAuth2": ["read:x"]}],
          "responses": {"200": {"content": {"application/json": {"schema": {"$ref": "#/components/schemas/A"}}},
            "description": ""}}}}}"""), fallback.get("paths"));
    assertEquals(JsonParser.parseString("""
        {"A": {"properties": {"description": {"type": "string"}, "b": {"$ref": "#/components/schemas/B"}}},
         "B": {"type": "integer"}}"""), fallback.getAsJsonObject("components").get("schemas"));
    assertEquals("{\"read:x\":\"\"}", fallback.getAsJsonObject("components").getAsJsonObject("securitySchemes")
        .getAsJsonObject("OAuth2").getAsJsonObject("flows").getAsJsonObject("authorizationCode")
        .get("scopes").toString());
    assertEquals("ours, from 7", fallback.getAsJsonObject("info").get("version").getAsString());
  }

  private static boolean isOurs(JsonObject document) {
    return document.getAsJsonObject("info").get("version").getAsString().startsWith("ours");
  }

  private static Path specsDir() {
    return Path.of(System.getProperty("atlassian.specs.dir", "target/openapi"));
  }

  private static JsonObject read(Path file) throws IOException {
    return JsonParser.parseString(Files.readString(file, StandardCharsets.UTF_8)).getAsJsonObject();
  }
}
