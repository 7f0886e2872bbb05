package io.github.atlassianmcp.sandbox.agile;

import static io.github.atlassianmcp.sandbox.SpecCheck.assertMatchesSpec;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import io.github.atlassianmcp.sandbox.SandboxTest;
import io.github.atlassianmcp.sandbox.TestHttp;
import io.github.atlassianmcp.sandbox.jira.JiraHistory;
import io.github.atlassianmcp.testing.SpecValidator;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class JiraSoftwareTest extends SandboxTest {

  /** The granular scopes Jira Software's operations require (the official spec lists no classic ones). */
  private static final List<String> AGILE_SCOPES = List.of("read:board-scope:jira-software", "read:project:jira",
      "read:sprint:jira-software", "write:sprint:jira-software", "read:issue-details:jira", "read:jql:jira");

  private String bearer;

  @BeforeAll
  void agileToken() {
    bearer = TestHttp.bearer(fx.sandbox.issueTokens(new LinkedHashSet<>(AGILE_SCOPES)).accessToken());
  }

  @Test
  void boardsByProjectAndName(SpecValidator spec) {
    JsonObject page = assertMatchesSpec(spec, get("/rest/agile/1.0/board?projectKeyOrId=PROJ")).json()
        .getAsJsonObject();
    assertEquals(1, page.get("total").getAsInt());
    JsonObject board = page.getAsJsonArray("values").get(0).getAsJsonObject();
    assertEquals(1, board.get("id").getAsInt());
    assertEquals("scrum", board.get("type").getAsString());
    assertEquals("PROJ", board.getAsJsonObject("location").get("projectKey").getAsString());
    assertEquals(2, assertMatchesSpec(spec, get("/rest/agile/1.0/board")).json().getAsJsonObject().get("total")
        .getAsInt());
    JsonArray demo = assertMatchesSpec(spec, get("/rest/agile/1.0/board?name=demo")).json().getAsJsonObject()
        .getAsJsonArray("values");
    assertEquals("kanban", demo.get(0).getAsJsonObject().get("type").getAsString());
    assertEquals("PROJ board", assertMatchesSpec(spec, get("/rest/agile/1.0/board/1")).json().getAsJsonObject()
        .get("name").getAsString());
    TestHttp.Answer missing = get("/rest/agile/1.0/board/99");
    assertEquals(404, missing.status());
    assertEquals("{\"errorMessages\":[\"Board does not exist or you do not have permission to see it.\"],"
        + "\"errors\":{}}", missing.body());
  }

  @Test
  void aScrumBoardHasAClosedAnActiveAndAFutureSprint(SpecValidator spec) {
    JsonObject all = assertMatchesSpec(spec, get("/rest/agile/1.0/board/1/sprint")).json().getAsJsonObject();
    assertEquals(List.of("closed", "active", "future"), values(all.getAsJsonArray("values"), "state"));
    assertTrue(all.get("isLast").getAsBoolean());
    JsonObject closed = all.getAsJsonArray("values").get(0).getAsJsonObject();
    assertTrue(closed.has("completeDate") && closed.has("startDate") && closed.has("endDate"));
    assertFalse(all.getAsJsonArray("values").get(2).getAsJsonObject().has("startDate"));
    JsonArray open = assertMatchesSpec(spec, get("/rest/agile/1.0/board/1/sprint?state=active,future")).json()
        .getAsJsonObject().getAsJsonArray("values");
    assertEquals(List.of("PROJ Sprint 2", "PROJ Sprint 3"), values(open, "name"));
    JsonObject sprint = assertMatchesSpec(spec, get("/rest/agile/1.0/sprint/2")).json().getAsJsonObject();
    assertEquals("active", sprint.get("state").getAsString());
    assertEquals(1, sprint.get("originBoardId").getAsInt());
    TestHttp.Answer kanban = get("/rest/agile/1.0/board/2/sprint");
    assertEquals(400, kanban.status());
    assertEquals("{\"errorMessages\":[\"The board does not support sprints\"],\"errors\":{}}", kanban.body());
    assertEquals(404, get("/rest/agile/1.0/sprint/42").status());
  }

  @Test
  void moveTwoIssuesAndTheyShowTheirSprint(SpecValidator spec) {
    List<String> backlog = keys("project = PROJ AND issuetype in (Story, Task, Bug) AND statusCategory = \"To Do\""
        + " AND sprint is EMPTY ORDER BY key ASC");
    List<String> moved = backlog.subList(0, 2);
    TestHttp.Answer answer = assertMatchesSpec(spec, post("/rest/agile/1.0/sprint/3/issue",
        "{\"issues\":[\"" + moved.get(0) + "\",\"" + moved.get(1) + "\"]}"));
    assertEquals(204, answer.status(), answer.toString());
    for (String key : moved) {
      JsonArray sprints = fx.get(fx.jira("/rest/api/3/issue/" + key + "?fields=customfield_10020")).json()
          .getAsJsonObject().getAsJsonObject("fields").getAsJsonArray("customfield_10020");
      assertEquals(1, sprints.size());
      assertEquals("PROJ Sprint 3", sprints.get(0).getAsJsonObject().get("name").getAsString());
      assertTrue(JiraHistory.items(fx, key)
          .contains("Sprint: null -> PROJ Sprint 3"));
    }
    assertTrue(keys("sprint = 3").containsAll(moved));
    assertTrue(keys("sprint in futureSprints()").containsAll(moved));
    // Into the active sprint: out of the future one, as an issue is in one open sprint at a time.
    assertEquals(204, post("/rest/agile/1.0/sprint/2/issue", "{\"issues\":[\"" + moved.get(0) + "\"]}").status());
    assertFalse(keys("sprint = 3").contains(moved.get(0)));
    assertTrue(keys("sprint in openSprints() AND sprint = \"PROJ Sprint 2\"").contains(moved.get(0)));
  }

  @Test
  void jiraRulesForMoves(SpecValidator spec) {
    TestHttp.Answer closed = assertMatchesSpec(spec, post("/rest/agile/1.0/sprint/1/issue",
        "{\"issues\":[\"PROJ-44\"]}"));
    assertEquals(400, closed.status());
    assertEquals("{\"errorMessages\":[\"You must specify a sprint which has not been completed.\"],\"errors\":{}}",
        closed.body());
    String subtask = keys("project = PROJ AND issuetype = Subtask ORDER BY key ASC").get(0);
    TestHttp.Answer alone = post("/rest/agile/1.0/sprint/2/issue", "{\"issues\":[\"" + subtask + "\"]}");
    assertEquals(400, alone.status());
    assertTrue(alone.body().contains("subtask"), alone.body());
    List<String> many = new ArrayList<>();
    for (int i = 1; i <= 51; i++) {
      many.add("\"PROJ-" + i + "\"");
    }
    assertEquals(400, post("/rest/agile/1.0/sprint/2/issue", "{\"issues\":[" + String.join(",", many) + "]}")
        .status());
    TestHttp.Answer unknown = post("/rest/agile/1.0/sprint/2/issue", "{\"issues\":[\"PROJ-44\",\"PROJ-999\"]}");
    assertEquals(400, unknown.status());
    assertFalse(keys("sprint = 2").contains("PROJ-44"), "nothing moves when one issue is wrong");
    assertEquals(404, post("/rest/agile/1.0/sprint/99/issue", "{\"issues\":[\"PROJ-44\"]}").status());
  }

  @Test
  void aTokenWithoutTheSprintScopeIsStoppedAtTheGateway() {
    TestHttp.Answer answer = fx.http.get(fx.jira("/rest/agile/1.0/board/1/sprint"), "Authorization", fx.bearer());
    assertEquals(401, answer.status());
    assertTrue(answer.body().contains("scope does not match"), answer.body());
  }

  private List<String> keys(String jql) {
    JsonArray issues = fx.get(fx.jira("/rest/api/3/search/jql?maxResults=100&fields=summary&jql="
        + TestHttp.enc(jql))).json().getAsJsonObject().getAsJsonArray("issues");
    Set<String> keys = new LinkedHashSet<>();
    issues.forEach(issue -> keys.add(issue.getAsJsonObject().get("key").getAsString()));
    return new ArrayList<>(keys);
  }

  private TestHttp.Answer get(String path) {
    return fx.http.get(fx.jira(path), "Authorization", bearer);
  }

  private TestHttp.Answer post(String path, String json) {
    return fx.http.postJson(fx.jira(path), json, "Authorization", bearer);
  }

  private static List<String> values(JsonArray items, String member) {
    List<String> values = new ArrayList<>();
    items.forEach(item -> values.add(item.getAsJsonObject().get(member).getAsString()));
    return values;
  }
}
