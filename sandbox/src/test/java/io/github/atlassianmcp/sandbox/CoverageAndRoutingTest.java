package io.github.atlassianmcp.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import io.github.atlassianmcp.specs.ApiOperation;
import io.github.atlassianmcp.specs.AtlassianOperations;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CoverageAndRoutingTest extends SandboxTest {

  /** Every route is an operation of an official spec: the sandbox invents no API. */
  @Test
  void everyServedRouteIsAnOfficialOperation() {
    AtlassianOperations operations = AtlassianOperations.load();
    List<String> unknown = new ArrayList<>();
    List<String> routes = fx.sandbox.servedOperations();
    for (String route : routes) {
      String method = route.substring(0, route.indexOf(' '));
      String template = route.substring(route.indexOf(' ') + 1);
      String sample = template.replaceAll("\\{[^}]+}", "x1");
      boolean official = operations.all().stream().anyMatch(op -> op.method().equals(method)
          && normalised(op.path()).equals(normalised(template)));
      if (!official || operations.match(method, sample).isEmpty()) {
        unknown.add(route);
      }
    }
    assertEquals(List.of(), unknown);
    assertTrue(routes.size() >= 50, routes.size() + " routes");
  }

  /**
   * Current endpoints only: no route serves an operation the official spec marks deprecated, but the removed
   * search, which is served to answer 410 Gone as Cloud does.
   */
  @Test
  void noServedRouteIsDeprecated() {
    AtlassianOperations operations = AtlassianOperations.load();
    List<String> deprecated = new ArrayList<>();
    List<String> gone = List.of("GET /rest/api/3/search", "POST /rest/api/3/search");
    for (String route : fx.sandbox.servedOperations().stream().filter(route -> !gone.contains(route)).toList()) {
      String method = route.substring(0, route.indexOf(' '));
      String sample = route.substring(route.indexOf(' ') + 1).replaceAll("\\{[^}]+}", "x1");
      operations.match(method, sample).filter(ApiOperation::deprecated).ifPresent(op -> deprecated.add(route));
    }
    assertEquals(List.of(), deprecated);
  }

  /**
   * A build without Atlassian's JSM file uses our fallback document (specs/jira-service-management.json): it must
   * describe every service desk route too, or such a build could not check the sandbox.
   */
  @Test
  void everyServiceDeskRouteIsInOurFallbackDocument() throws IOException {
    JsonObject paths = JsonParser.parseString(Files.readString(Path.of("..", "specs",
        "jira-service-management.json"))).getAsJsonObject().getAsJsonObject("paths");
    List<String> missing = new ArrayList<>();
    for (String route : fx.sandbox.servedOperations()) {
      String method = route.substring(0, route.indexOf(' ')).toLowerCase(java.util.Locale.ROOT);
      String template = route.substring(route.indexOf(' ') + 1);
      boolean described = paths.entrySet().stream().anyMatch(path -> normalised(path.getKey())
          .equals(normalised(template)) && path.getValue().getAsJsonObject().has(method));
      if (template.startsWith("/rest/servicedeskapi/") && !described) {
        missing.add(route);
      }
    }
    assertEquals(List.of(), missing);
  }

  @Test
  void aWrongMethodIs405AndAnUnknownPathIs404InTheProductsShape() {
    TestHttp.Answer method = fx.delete(fx.jira("/rest/api/3/search/jql"));
    assertEquals(405, method.status());
    assertTrue(method.body().contains("errorMessages"));
    TestHttp.Answer path = fx.get(fx.site("/rest/api/3/nothing/here"));
    assertEquals(404, path.status());
    assertTrue(path.body().contains("errorMessages"));
    TestHttp.Answer wiki = fx.get(fx.confluence("/wiki/api/v2/nothing"));
    assertEquals(404, wiki.status());
    assertTrue(wiki.body().contains("\"errors\""));
    TestHttp.Answer nowhere = fx.http.get(fx.sandbox.baseUrl() + "/favicon.ico");
    assertEquals(404, nowhere.status());
  }

  @Test
  void aBodyThatIsNotJsonIs415() {
    TestHttp.Answer answer = fx.http.postForm(fx.jira("/rest/api/3/search/jql"), Map.of("jql", "x"),
        "Authorization", fx.bearer());
    assertEquals(415, answer.status());
  }

  private static String normalised(String template) {
    return template.replaceAll("\\{[^}]+}", "{}");
  }
}
