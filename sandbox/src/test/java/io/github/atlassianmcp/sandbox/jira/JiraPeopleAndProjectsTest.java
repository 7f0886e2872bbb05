package io.github.atlassianmcp.sandbox.jira;

import static io.github.atlassianmcp.sandbox.SpecCheck.assertMatchesSpec;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import io.github.atlassianmcp.sandbox.SandboxTest;
import io.github.atlassianmcp.sandbox.TestHttp;
import io.github.atlassianmcp.sandbox.seed.SeedUsers;
import io.github.atlassianmcp.testing.SpecValidator;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class JiraPeopleAndProjectsTest extends SandboxTest {

  @Test
  void searchMatchesTheStartOfNamesAndOfVisibleEmails(SpecValidator spec) {
    assertEquals(List.of("Priya Natarajan"), names(search("user/search?query=pri", spec)));
    assertEquals(List.of("Priya Natarajan"), names(search("user/search?query=nata", spec)));
    assertEquals(List.of("Priya Natarajan"), names(search("user/search?query=priya.natarajan%40ex", spec)));
    assertEquals(List.of(), names(search("user/search?query=atarajan", spec)), "not the middle of a word");
    assertEquals(List.of(), names(search("user/search?query=diego", spec)), "user search finds active people");
  }

  @Test
  void aHiddenEmailIsLeftOutAndNotSearchable(SpecValidator spec) {
    JsonArray jonas = search("user/search?query=jonas", spec);
    assertEquals(1, jonas.size());
    assertFalse(jonas.get(0).getAsJsonObject().has("emailAddress"));
    assertEquals(List.of(), names(search("user/search?query=jonas.berg%40example.com", spec)));
    JsonObject user = assertMatchesSpec(spec, fx.get(fx.jira("/rest/api/3/user?accountId="
        + TestHttp.enc(SeedUsers.JONAS)))).json().getAsJsonObject();
    assertFalse(user.has("emailAddress"));
    assertEquals("priya.natarajan@example.com", search("user/search?query=priya", spec).get(0).getAsJsonObject()
        .get("emailAddress").getAsString());
  }

  @Test
  void assignableSearchNeedsAProjectOrIssueAndFindsPeopleWhoCanHoldIssues(SpecValidator spec) {
    List<String> assignable = names(search("user/assignable/search?project=PROJ", spec));
    assertEquals(List.of("Morgan Lee", "Priya Natarajan", "Jonas Berg", "Amara Okafor", "Morgan Hale"), assignable);
    assertEquals(List.of("Amara Okafor"), names(search("user/assignable/search?issueKey=PROJ-12&query=am", spec)));
    assertEquals(400, fx.get(fx.jira("/rest/api/3/user/assignable/search?query=am")).status());
    assertEquals(404, fx.get(fx.jira("/rest/api/3/user/assignable/search?project=NOPE")).status());
  }

  @Test
  void projectsWithLeadIssueTypesComponentsAndVersions(SpecValidator spec) {
    JsonObject page = assertMatchesSpec(spec, fx.get(fx.jira("/rest/api/3/project/search?query=phoenix"
        + "&expand=lead,issueTypes"))).json().getAsJsonObject();
    JsonObject proj = page.getAsJsonArray("values").get(0).getAsJsonObject();
    assertEquals("Morgan Lee", proj.getAsJsonObject("lead").get("displayName").getAsString());
    assertEquals(5, proj.getAsJsonArray("issueTypes").size());
    JsonArray components = assertMatchesSpec(spec, fx.get(fx.jira("/rest/api/3/project/PROJ/components"))).json()
        .getAsJsonArray();
    assertEquals(4, components.size());
    JsonArray versions = assertMatchesSpec(spec, fx.get(fx.jira("/rest/api/3/project/PROJ/versions"))).json()
        .getAsJsonArray();
    assertEquals("2.3.0", versions.get(0).getAsJsonObject().get("name").getAsString());
    assertTrue(versions.get(0).getAsJsonObject().get("released").getAsBoolean());
    assertEquals(0, fx.get(fx.jira("/rest/api/3/project/DEMO/components")).json().getAsJsonArray().size());
    JsonObject high = assertMatchesSpec(spec, fx.get(fx.jira("/rest/api/3/priority/2"))).json().getAsJsonObject();
    assertEquals("High", high.get("name").getAsString());
    assertEquals(404, fx.get(fx.jira("/rest/api/3/priority/99")).status());
  }

  private JsonArray search(String pathAndQuery, SpecValidator spec) {
    return assertMatchesSpec(spec, fx.get(fx.jira("/rest/api/3/" + pathAndQuery))).json().getAsJsonArray();
  }

  private static List<String> names(JsonArray users) {
    List<String> names = new ArrayList<>();
    users.forEach(user -> names.add(user.getAsJsonObject().get("displayName").getAsString()));
    return names;
  }
}
