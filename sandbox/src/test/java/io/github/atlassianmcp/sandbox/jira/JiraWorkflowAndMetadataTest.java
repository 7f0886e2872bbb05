package io.github.atlassianmcp.sandbox.jira;

import static io.github.atlassianmcp.sandbox.SpecCheck.assertMatchesSpec;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import io.github.atlassianmcp.sandbox.SandboxTest;
import io.github.atlassianmcp.sandbox.TestHttp;
import io.github.atlassianmcp.testing.SpecValidator;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class JiraWorkflowAndMetadataTest extends SandboxTest {


  @Test
  void transitionsMoveAnIssueThroughTheWorkflow(SpecValidator spec) {
    String key = JiraIssueTest.create(fx, "Walk the workflow");
    String transitions = fx.jira("/rest/api/3/issue/" + key + "/transitions");
    JsonArray available = assertMatchesSpec(spec, fx.get(transitions)).json().getAsJsonObject()
        .getAsJsonArray("transitions");
    List<String> names = new ArrayList<>();
    available.forEach(t -> names.add(t.getAsJsonObject().get("name").getAsString()));
    assertEquals(List.of("In Progress", "Done"), names);

    TestHttp.Answer moved = assertMatchesSpec(spec, fx.post(transitions,
        "{\"transition\":{\"id\":\"31\"},\"update\":{\"comment\":[{\"add\":{\"body\":" + JiraIssueTest.ADF + "}}]}}"));
    assertEquals(204, moved.status(), moved.toString());
    JsonObject fields = fx.get(fx.jira("/rest/api/3/issue/" + key)).json().getAsJsonObject().getAsJsonObject("fields");
    assertEquals("Done", fields.getAsJsonObject("status").get("name").getAsString());
    assertEquals("done", fields.getAsJsonObject("status").getAsJsonObject("statusCategory").get("key").getAsString());
    assertTrue(fields.get("resolutiondate").isJsonPrimitive());
    assertEquals(1, fields.getAsJsonObject("comment").get("total").getAsInt());

    assertEquals(204, fx.post(transitions, "{\"transition\":{\"id\":\"11\"}}").status());
    JsonElement resolution = fx.get(fx.jira("/rest/api/3/issue/" + key)).json().getAsJsonObject()
        .getAsJsonObject("fields").get("resolutiondate");
    assertEquals(JsonNull.INSTANCE, resolution);
  }

  @Test
  void anUnknownTransitionIsRefused(SpecValidator spec) {
    TestHttp.Answer answer = assertMatchesSpec(spec, fx.post(fx.jira("/rest/api/3/issue/DEMO-1/transitions"),
        "{\"transition\":{\"id\":\"999\"}}"));
    assertEquals(400, answer.status());
    assertEquals("{\"errorMessages\":[\"Transition id '999' is not valid for this issue.\"],\"errors\":{}}",
        answer.body());
  }

  @Test
  void projectsArePagedAndDescribed(SpecValidator spec) {
    JsonObject page = assertMatchesSpec(spec, fx.get(fx.jira("/rest/api/3/project/search?maxResults=2"
        + "&expand=description,lead,insight"))).json().getAsJsonObject();
    assertEquals(3, page.get("total").getAsInt());
    assertEquals(false, page.get("isLast").getAsBoolean());
    assertEquals("DEMO", page.getAsJsonArray("values").get(0).getAsJsonObject().get("key").getAsString(),
        "ordered by key, Jira's default");
    JsonObject proj = page.getAsJsonArray("values").get(1).getAsJsonObject();
    assertEquals("PROJ", proj.get("key").getAsString());
    assertTrue(proj.getAsJsonObject("insight").get("totalIssueCount").getAsInt() >= 120);
    JsonObject last = assertMatchesSpec(spec, fx.get(fx.jira("/rest/api/3/project/search?startAt=2&maxResults=2")))
        .json().getAsJsonObject();
    assertEquals(true, last.get("isLast").getAsBoolean());
    assertEquals("service_desk", last.getAsJsonArray("values").get(0).getAsJsonObject().get("projectTypeKey")
        .getAsString());
    JsonObject found = assertMatchesSpec(spec, fx.get(fx.jira("/rest/api/3/project/search?query=demo"))).json()
        .getAsJsonObject();
    assertEquals(1, found.get("total").getAsInt());
    JsonObject byName = assertMatchesSpec(spec, fx.get(fx.jira("/rest/api/3/project/search?orderBy=-name")))
        .json().getAsJsonObject();
    assertEquals("PROJ", byName.getAsJsonArray("values").get(0).getAsJsonObject().get("key").getAsString(),
        "Phoenix Platform, Demo Project, Customer Support");

    JsonObject project = assertMatchesSpec(spec, fx.get(fx.jira("/rest/api/3/project/PROJ"))).json()
        .getAsJsonObject();
    assertEquals(5, project.getAsJsonArray("issueTypes").size());
    assertEquals(404, fx.get(fx.jira("/rest/api/3/project/NOPE")).status());
    JsonArray statuses = assertMatchesSpec(spec, fx.get(fx.jira("/rest/api/3/project/PROJ/statuses"))).json()
        .getAsJsonArray();
    assertEquals(3, statuses.get(0).getAsJsonObject().getAsJsonArray("statuses").size());
  }

  @Test
  void createMetadataListsIssueTypesAndTheirFields(SpecValidator spec) {
    JsonObject types = assertMatchesSpec(spec, fx.get(fx.jira("/rest/api/3/issue/createmeta/PROJ/issuetypes")))
        .json().getAsJsonObject();
    assertEquals(5, types.get("total").getAsInt());
    JsonObject fields = assertMatchesSpec(spec, fx.get(fx.jira("/rest/api/3/issue/createmeta/PROJ/issuetypes/10004")))
        .json().getAsJsonObject();
    List<String> required = new ArrayList<>();
    fields.getAsJsonArray("fields").forEach(field -> {
      if (field.getAsJsonObject().get("required").getAsBoolean()) {
        required.add(field.getAsJsonObject().get("fieldId").getAsString());
      }
    });
    assertEquals(List.of("issuetype", "parent", "summary", "project", "reporter"), required);
  }

  @Test
  void usersAndFields(SpecValidator spec) {
    String me = fx.sandbox.currentUser().accountId();
    JsonObject user = assertMatchesSpec(spec, fx.get(fx.jira("/rest/api/3/user?accountId=" + TestHttp.enc(me))))
        .json().getAsJsonObject();
    assertEquals(fx.sandbox.currentUser().displayName(), user.get("displayName").getAsString());
    JsonArray found = assertMatchesSpec(spec, fx.get(fx.jira("/rest/api/3/user/search?query=priya"))).json()
        .getAsJsonArray();
    assertEquals(1, found.size());
    JsonArray assignable = assertMatchesSpec(spec,
        fx.get(fx.jira("/rest/api/3/user/assignable/search?project=PROJ"))).json().getAsJsonArray();
    assertTrue(assignable.size() >= 4);
    assignable.forEach(u -> assertEquals("atlassian", u.getAsJsonObject().get("accountType").getAsString()));
    JsonArray fields = assertMatchesSpec(spec, fx.get(fx.jira("/rest/api/3/field"))).json().getAsJsonArray();
    assertTrue(fields.toString().contains("\"id\":\"summary\""));
  }
}
