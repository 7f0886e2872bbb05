package io.github.atlassianmcp.sandbox.jira;

import static io.github.atlassianmcp.sandbox.SpecCheck.assertMatchesSpec;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import io.github.atlassianmcp.sandbox.SandboxTest;
import io.github.atlassianmcp.testing.SpecValidator;
import org.junit.jupiter.api.Test;

/** The paged field search that MCP servers read at start to find custom fields (e.g. @aaronsb/jira-cloud-mcp). */
class JiraFieldSearchTest extends SandboxTest {

  @Test
  void systemFieldsArePagedWithTheirSchemas(SpecValidator spec) {
    JsonObject first = assertMatchesSpec(spec, fx.get(fx.jira("/rest/api/3/field/search?type=system&maxResults=5")))
        .json().getAsJsonObject();
    int total = first.get("total").getAsInt();
    assertTrue(total > 20, first.toString());
    assertEquals(5, first.getAsJsonArray("values").size());
    assertFalse(first.get("isLast").getAsBoolean());
    JsonObject field = first.getAsJsonArray("values").get(0).getAsJsonObject();
    assertTrue(field.getAsJsonObject("schema").has("type"), field.toString());
    JsonObject last = assertMatchesSpec(spec, fx.get(fx.jira("/rest/api/3/field/search?type=system&startAt="
        + (total - 2) + "&maxResults=5"))).json().getAsJsonObject();
    assertEquals(2, last.getAsJsonArray("values").size());
    assertTrue(last.get("isLast").getAsBoolean());
  }

  @Test
  void customFieldsWithTheExpansionsAClientAsksForAtStart(SpecValidator spec) {
    long custom = fx.get(fx.jira("/rest/api/3/field")).json().getAsJsonArray().asList().stream()
        .filter(field -> field.getAsJsonObject().get("custom").getAsBoolean())
        .count();
    JsonObject page = assertMatchesSpec(spec, fx.get(fx.jira("/rest/api/3/field/search?type=custom"
        + "&expand=lastUsed,screensCount,isLocked&startAt=0&maxResults=50"))).json().getAsJsonObject();
    page.getAsJsonArray("values").forEach(value -> {
      JsonObject field = value.getAsJsonObject();
      assertTrue(field.get("id").getAsString().startsWith("customfield_"), field.toString());
      assertTrue(field.has("lastUsed") && field.has("screensCount") && field.has("isLocked"), field.toString());
    });
    assertEquals(custom, page.get("total").getAsInt(), "the custom fields of GET /rest/api/3/field");
    assertEquals(page.getAsJsonArray("values").size(), page.get("total").getAsInt());
    assertTrue(page.get("isLast").getAsBoolean());
  }

  @Test
  void queryAndIdsNarrowTheSearch(SpecValidator spec) {
    JsonObject byName = assertMatchesSpec(spec, fx.get(fx.jira("/rest/api/3/field/search?query=SUMM")))
        .json().getAsJsonObject();
    assertEquals(1, byName.get("total").getAsInt(), byName.toString());
    assertEquals("summary", byName.getAsJsonArray("values").get(0).getAsJsonObject().get("id").getAsString());
    JsonObject byId = assertMatchesSpec(spec, fx.get(fx.jira("/rest/api/3/field/search?id=duedate&id=labels")))
        .json().getAsJsonObject();
    assertEquals(2, byId.get("total").getAsInt(), byId.toString());
  }
}
