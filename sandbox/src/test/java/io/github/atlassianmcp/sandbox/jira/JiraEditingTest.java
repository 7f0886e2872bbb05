package io.github.atlassianmcp.sandbox.jira;

import static io.github.atlassianmcp.sandbox.SpecCheck.assertMatchesSpec;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import io.github.atlassianmcp.sandbox.SandboxTest;
import io.github.atlassianmcp.sandbox.TestHttp;
import io.github.atlassianmcp.sandbox.seed.SeedUsers;
import io.github.atlassianmcp.testing.SpecValidator;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class JiraEditingTest extends SandboxTest {

  @Test
  void editMetadataOffersTheValuesCreateMetadataOffers(SpecValidator spec) {
    JsonObject edit = assertMatchesSpec(spec, fx.get(fx.jira("/rest/api/3/issue/PROJ-12/editmeta"))).json()
        .getAsJsonObject().getAsJsonObject("fields");
    for (String field : List.of("summary", "description", "assignee", "priority", "labels", "duedate", "parent",
        "components", "fixVersions", "timetracking", "customfield_10016", "customfield_10020", "customfield_10040",
        "comment", "issuelinks")) {
      assertTrue(edit.has(field), field);
    }
    assertFalse(edit.has("project"));
    assertEquals(List.of("Payments", "Platform", "Mobile", "Growth"), values(edit, "customfield_10040", "value"));
    assertEquals(List.of("API", "Web app", "Background workers", "Payments"), values(edit, "components", "name"));
    assertEquals(List.of("Highest", "High", "Medium", "Low", "Lowest"), values(edit, "priority", "name"));
    assertEquals("[\"add\",\"set\",\"remove\"]", edit.getAsJsonObject("labels").get("operations").toString());

    JsonArray create = assertMatchesSpec(spec, fx.get(fx.jira("/rest/api/3/issue/createmeta/PROJ/issuetypes/10001")))
        .json().getAsJsonObject().getAsJsonArray("fields");
    for (JsonElement field : create) {
      String id = field.getAsJsonObject().get("fieldId").getAsString();
      if (edit.has(id) && field.getAsJsonObject().has("allowedValues") && !id.equals("issuetype")) {
        assertEquals(edit.getAsJsonObject(id).get("allowedValues"), field.getAsJsonObject().get("allowedValues"), id);
      }
    }
    // A service desk issue has none of the software fields.
    JsonObject desk = fx.get(fx.jira("/rest/api/3/issue/SUP-1/editmeta")).json().getAsJsonObject()
        .getAsJsonObject("fields");
    assertFalse(desk.has("customfield_10016") || desk.has("components"), desk.keySet().toString());
  }

  @Test
  void labelsComponentsAndVersionsTakeSetAddAndRemove(SpecValidator spec) {
    String key = createProj("Edit my lists");
    assertEquals(204, assertMatchesSpec(spec, fx.put(fx.jira("/rest/api/3/issue/" + key),
        "{\"fields\":{\"labels\":[\"alpha\",\"beta\"],\"components\":[{\"name\":\"API\"}],"
            + "\"fixVersions\":[{\"name\":\"2.4.0\"}]}}")).status());
    TestHttp.Answer edited = assertMatchesSpec(spec, fx.put(fx.jira("/rest/api/3/issue/" + key),
        "{\"update\":{\"labels\":[{\"add\":\"gamma\"},{\"remove\":\"alpha\"}],"
            + "\"components\":[{\"add\":{\"name\":\"Payments\"}},{\"remove\":{\"name\":\"API\"}}],"
            + "\"fixVersions\":[{\"add\":{\"name\":\"3.0.0\"}}]}}"));
    assertEquals(204, edited.status(), edited.toString());
    JsonObject fields = fields(key);
    assertEquals("[\"beta\",\"gamma\"]", fields.get("labels").toString());
    assertEquals(List.of("Payments"), names(fields.getAsJsonArray("components")));
    assertEquals(List.of("2.4.0", "3.0.0"), names(fields.getAsJsonArray("fixVersions")));
    List<String> history = JiraHistory.items(fx, key);
    assertTrue(history.contains("labels: alpha beta -> beta gamma"), history.toString());
    assertTrue(history.contains("Component: API -> null"), history.toString());
    assertTrue(history.contains("Fix Version: null -> 3.0.0"), history.toString());
  }

  @Test
  void peoplePrioritiesDatesParentsAndCustomFields(SpecValidator spec) {
    String key = createProj("Edit my fields");
    TestHttp.Answer edited = assertMatchesSpec(spec, fx.put(fx.jira("/rest/api/3/issue/" + key),
        "{\"fields\":{\"assignee\":{\"accountId\":\"" + SeedUsers.PRIYA + "\"},\"priority\":{\"name\":\"High\"},"
            + "\"duedate\":\"2030-01-31\",\"parent\":{\"key\":\"PROJ-2\"},\"customfield_10016\":5,"
            + "\"customfield_10040\":{\"value\":\"Mobile\"},\"customfield_10020\":2,"
            + "\"timetracking\":{\"originalEstimate\":\"1d 4h\"}}}"));
    assertEquals(204, edited.status(), edited.toString());
    JsonObject fields = fields(key);
    assertEquals(SeedUsers.PRIYA, fields.getAsJsonObject("assignee").get("accountId").getAsString());
    assertEquals("High", fields.getAsJsonObject("priority").get("name").getAsString());
    assertEquals("2030-01-31", fields.get("duedate").getAsString());
    assertEquals("PROJ-2", fields.getAsJsonObject("parent").get("key").getAsString());
    assertEquals(5.0, fields.get("customfield_10016").getAsDouble());
    assertEquals("Mobile", fields.getAsJsonObject("customfield_10040").get("value").getAsString());
    assertEquals("PROJ Sprint 2", fields.getAsJsonArray("customfield_10020").get(0).getAsJsonObject().get("name")
        .getAsString());
    assertEquals("1d 4h", fields.getAsJsonObject("timetracking").get("originalEstimate").getAsString());
    assertEquals("1d 4h", fields.getAsJsonObject("timetracking").get("remainingEstimate").getAsString());

    assertEquals(204, fx.put(fx.jira("/rest/api/3/issue/" + key), "{\"fields\":{\"assignee\":null,"
        + "\"priority\":{\"id\":\"4\"},\"customfield_10040\":{\"id\":\"10100\"},\"customfield_10020\":null},"
        + "\"update\":{\"parent\":[{\"set\":{\"none\":true}}]}}").status());
    fields = fields(key);
    assertTrue(fields.get("assignee").isJsonNull());
    assertEquals("Low", fields.getAsJsonObject("priority").get("name").getAsString());
    assertEquals("Payments", fields.getAsJsonObject("customfield_10040").get("value").getAsString());
    assertTrue(fields.get("customfield_10020").isJsonNull());
    assertFalse(fields.has("parent"));

    List<String> history = JiraHistory.items(fx, key);
    for (String item : List.of("assignee: null -> Priya Natarajan", "assignee: Priya Natarajan -> null",
        "priority: Medium -> High", "Story Points: null -> 5", "Team: Mobile -> Payments",
        "Sprint: null -> PROJ Sprint 2", "Sprint: PROJ Sprint 2 -> null", "IssueParentAssociation: null -> PROJ-2",
        "duedate: null -> 2030-01-31 00:00:00.0", "timeoriginalestimate: null -> 43200")) {
      assertTrue(history.contains(item), item + " in " + history);
    }
  }

  @Test
  void badValuesGetJirasErrorsPerFieldAndChangeNothing(SpecValidator spec) {
    String key = createProj("Refuse bad values");
    TestHttp.Answer answer = assertMatchesSpec(spec, fx.put(fx.jira("/rest/api/3/issue/" + key),
        "{\"fields\":{\"summary\":\"Changed\",\"customfield_10040\":{\"value\":\"Marketing\"},"
            + "\"priority\":{\"name\":\"Urgent\"},\"components\":[{\"name\":\"Frontend\"}],"
            + "\"resolution\":{\"name\":\"Done\"},\"customfield_10020\":1,"
            + "\"assignee\":{\"accountId\":\"" + SeedUsers.DIEGO + "\"}}}"));
    assertEquals(400, answer.status());
    JsonObject errors = answer.json().getAsJsonObject().getAsJsonObject("errors");
    assertEquals("Option value 'Marketing' is not valid", errors.get("customfield_10040").getAsString());
    assertEquals("Priority name 'Urgent' is not valid", errors.get("priority").getAsString());
    assertEquals("Component name 'Frontend' is not valid", errors.get("components").getAsString());
    assertEquals("Field 'resolution' cannot be set. It is not on the appropriate screen, or unknown.",
        errors.get("resolution").getAsString());
    assertEquals("Issue can be assigned only active or future sprints.", errors.get("customfield_10020").getAsString());
    assertEquals("User 'Diego Alvarez' cannot be assigned issues.", errors.get("assignee").getAsString());
    assertEquals("Refuse bad values", fields(key).get("summary").getAsString());

    TestHttp.Answer notOnScreen = fx.put(fx.jira("/rest/api/3/issue/SUP-1"), "{\"fields\":{\"customfield_10016\":3}}");
    assertEquals(400, notOnScreen.status());
    assertEquals("{\"errorMessages\":[],\"errors\":{\"customfield_10016\":\"Field 'customfield_10016' cannot be set."
        + " It is not on the appropriate screen, or unknown.\"}}", notOnScreen.body());
    TestHttp.Answer badParent = fx.put(fx.jira("/rest/api/3/issue/" + key), "{\"fields\":{\"parent\":{\"key\":\"PROJ-8\"}}}");
    assertEquals("Given parent issue does not belong to appropriate hierarchy.",
        badParent.json().getAsJsonObject().getAsJsonObject("errors").get("parent").getAsString());
  }

  @Test
  void assignByAccountIdNullOrTheProjectDefault(SpecValidator spec) {
    String key = createProj("Assign me around");
    String assignee = fx.jira("/rest/api/3/issue/" + key + "/assignee");
    assertEquals(204, assertMatchesSpec(spec, fx.put(assignee, "{\"accountId\":\"" + SeedUsers.AMARA + "\"}")).status());
    // The operation documents null as "unassigned", though its schema types accountId as a string (a request gap
    // SpecValidator knows).
    assertEquals(204, assertMatchesSpec(spec, fx.put(assignee, "{\"accountId\":null}")).status());
    assertTrue(fields(key).get("assignee").isJsonNull());
    assertEquals(204, fx.put(assignee, "{\"accountId\":\"-1\"}").status());
    assertEquals(fx.sandbox.currentUser().accountId(), fields(key).getAsJsonObject("assignee").get("accountId")
        .getAsString());
    TestHttp.Answer customer = fx.put(assignee, "{\"accountId\":\"" + SeedUsers.CUSTOMER_SAM + "\"}");
    assertEquals(400, customer.status());
    assertEquals("{\"errorMessages\":[],\"errors\":{\"assignee\":\"User 'Sam Customer' cannot be assigned issues.\"}}",
        customer.body());
    List<String> history = JiraHistory.items(fx, key);
    assertTrue(history.containsAll(List.of("assignee: null -> Amara Okafor", "assignee: Amara Okafor -> null",
        "assignee: null -> Morgan Lee")), history.toString());
  }

  @Test
  void createSetsTheSameFieldsAnEditSets(SpecValidator spec) {
    TestHttp.Answer created = assertMatchesSpec(spec, fx.post(fx.jira("/rest/api/3/issue"),
        "{\"fields\":{\"project\":{\"key\":\"PROJ\"},\"issuetype\":{\"name\":\"Story\"},\"summary\":\"Planned\","
            + "\"labels\":[\"payments\"],\"components\":[{\"id\":\"10000\"}],\"customfield_10016\":8,"
            + "\"customfield_10040\":{\"value\":\"Growth\"},\"customfield_10020\":3,\"parent\":{\"key\":\"PROJ-4\"},"
            + "\"assignee\":{\"accountId\":\"" + SeedUsers.JONAS + "\"}}}"));
    assertEquals(201, created.status(), created.toString());
    String key = created.json().getAsJsonObject().get("key").getAsString();
    JsonObject fields = fields(key);
    assertEquals("API", fields.getAsJsonArray("components").get(0).getAsJsonObject().get("name").getAsString());
    assertEquals(8.0, fields.get("customfield_10016").getAsDouble());
    assertEquals("future", fields.getAsJsonArray("customfield_10020").get(0).getAsJsonObject().get("state")
        .getAsString());
    assertEquals("PROJ-4", fields.getAsJsonObject("parent").get("key").getAsString());
    assertEquals(List.of(), JiraHistory.items(fx, key), "creating is not a change");
    TestHttp.Answer wrongType = fx.post(fx.jira("/rest/api/3/issue"), "{\"fields\":{\"project\":{\"key\":\"PROJ\"},"
        + "\"issuetype\":{\"name\":\"Epic\"},\"summary\":\"x\",\"customfield_10020\":2}}");
    assertEquals(400, wrongType.status());
    assertTrue(wrongType.body().contains("Field 'customfield_10020' cannot be set"), wrongType.body());
    TestHttp.Answer noProject = fx.post(fx.jira("/rest/api/3/issue"), "{\"fields\":{\"project\":{\"key\":\"NOPE\"},"
        + "\"summary\":\"x\",\"components\":[{\"name\":\"API\"}],\"fixVersions\":[{\"id\":\"10005\"}]}}");
    assertEquals(400, noProject.status(), noProject.toString());
    assertEquals("Specify a valid project ID or key", noProject.json().getAsJsonObject().getAsJsonObject("errors")
        .get("project").getAsString());
    TestHttp.Answer withUpdate = fx.post(fx.jira("/rest/api/3/issue"), "{\"fields\":{\"project\":{\"key\":\"PROJ\"},"
        + "\"issuetype\":{\"name\":\"Task\"},\"summary\":\"Labelled by update\"},"
        + "\"update\":{\"labels\":[{\"add\":\"from-update\"}]}}");
    assertEquals(201, withUpdate.status(), withUpdate.toString());
    assertEquals("[\"from-update\"]", fields(withUpdate.json().getAsJsonObject().get("key").getAsString())
        .get("labels").toString());
  }

  @Test
  void theChangelogIsPagedOldestFirstAndTransitionsAreInIt(SpecValidator spec) {
    String key = createProj("Walk and record");
    String transitions = fx.jira("/rest/api/3/issue/" + key + "/transitions");
    assertEquals(204, fx.post(transitions, "{\"transition\":{\"id\":\"21\"}}").status());
    assertEquals(204, fx.post(transitions, "{\"transition\":{\"id\":\"31\"},\"update\":{\"labels\":[{\"add\":"
        + "\"shipped\"}]}}").status());
    fx.put(fx.jira("/rest/api/3/issue/" + key), "{\"fields\":{\"summary\":\"Walked and recorded\"}}");
    JsonObject first = assertMatchesSpec(spec, fx.get(fx.jira("/rest/api/3/issue/" + key
        + "/changelog?maxResults=2"))).json().getAsJsonObject();
    assertEquals(3, first.get("total").getAsInt());
    assertFalse(first.get("isLast").getAsBoolean());
    assertEquals(fx.jira("/rest/api/3/issue/" + key + "/changelog?maxResults=2&startAt=2"),
        first.get("nextPage").getAsString());
    JsonObject firstEntry = first.getAsJsonArray("values").get(0).getAsJsonObject();
    assertEquals(fx.sandbox.currentUser().accountId(), firstEntry.getAsJsonObject("author").get("accountId")
        .getAsString());
    JsonObject item = firstEntry.getAsJsonArray("items").get(0).getAsJsonObject();
    assertEquals(Set.of("field", "fieldtype", "fieldId", "from", "fromString", "to", "toString"), item.keySet());
    assertEquals("status", item.get("field").getAsString());
    assertEquals("jira", item.get("fieldtype").getAsString());
    assertEquals("10000", item.get("from").getAsString());
    assertEquals("In Progress", item.get("toString").getAsString());
    JsonObject last = assertMatchesSpec(spec, fx.get(first.get("nextPage").getAsString())).json().getAsJsonObject();
    assertTrue(last.get("isLast").getAsBoolean());
    assertEquals(List.of("status: To Do -> In Progress", "status: In Progress -> Done", "resolution: null -> Done",
        "labels:  -> shipped", "summary: Walk and record -> Walked and recorded"), JiraHistory.items(fx, key));
    JsonObject expanded = fx.get(fx.jira("/rest/api/3/issue/" + key + "?expand=changelog&fields=summary")).json()
        .getAsJsonObject();
    assertEquals(3, expanded.getAsJsonObject("changelog").getAsJsonArray("histories").size());
  }

  @Test
  void customFieldsAreListedAndNamed(SpecValidator spec) {
    JsonArray fields = assertMatchesSpec(spec, fx.get(fx.jira("/rest/api/3/field"))).json().getAsJsonArray();
    JsonObject points = null;
    for (JsonElement field : fields) {
      if (field.getAsJsonObject().get("id").getAsString().equals("customfield_10016")) {
        points = field.getAsJsonObject();
      }
    }
    assertTrue(points != null && points.get("custom").getAsBoolean());
    assertEquals("Story Points", points.get("name").getAsString());
    assertEquals("[\"cf[10016]\",\"Story Points\"]", points.get("clauseNames").toString());
    assertTrue(fields.toString().contains("\"name\":\"Team\""));
    JsonObject issue = assertMatchesSpec(spec, fx.get(fx.jira("/rest/api/3/issue/PROJ-12?expand=names"))).json()
        .getAsJsonObject();
    assertEquals("Sprint", issue.getAsJsonObject("names").get("customfield_10020").getAsString());
    assertEquals("Team", issue.getAsJsonObject("names").get("customfield_10040").getAsString());
  }

  @Test
  void theRichIssueShowsEverythingAGetIssueNeeds(SpecValidator spec) {
    JsonObject fields = assertMatchesSpec(spec, fx.get(fx.jira("/rest/api/3/issue/PROJ-12"))).json()
        .getAsJsonObject().getAsJsonObject("fields");
    assertEquals("In Progress", fields.getAsJsonObject("status").get("name").getAsString());
    assertEquals(2, fields.getAsJsonArray("issuelinks").size());
    assertEquals(2, fields.getAsJsonArray("attachment").size());
    assertEquals(List.of("PROJ Sprint 1", "PROJ Sprint 2"), names(fields.getAsJsonArray("customfield_10020")));
    assertEquals(3.0, fields.get("customfield_10016").getAsDouble());
    assertEquals("Payments", fields.getAsJsonObject("customfield_10040").get("value").getAsString());
    JsonObject tracking = fields.getAsJsonObject("timetracking");
    assertEquals("2d", tracking.get("originalEstimate").getAsString());
    assertEquals("4h", tracking.get("remainingEstimate").getAsString());
    assertTrue(tracking.has("timeSpent"));
    List<String> history = JiraHistory.items(fx, "PROJ-12");
    assertTrue(history.containsAll(List.of("status: Done -> In Progress", "priority: Low -> High",
        "Attachment: null -> webhook-error.log", "Link: null -> This issue blocks PROJ-34",
        "Sprint: PROJ Sprint 1 -> PROJ Sprint 1, PROJ Sprint 2")), history.toString());
    JsonArray subtasks = fx.get(fx.jira("/rest/api/3/issue/PROJ-10?fields=subtasks")).json().getAsJsonObject()
        .getAsJsonObject("fields").getAsJsonArray("subtasks");
    assertEquals(2, subtasks.size());
    assertTrue(JiraHistory.items(fx, "PROJ-10").contains("priority: Low -> Medium"));
  }

  private String createProj(String summary) {
    TestHttp.Answer created = fx.post(fx.jira("/rest/api/3/issue"), "{\"fields\":{\"project\":{\"key\":\"PROJ\"},"
        + "\"issuetype\":{\"name\":\"Task\"},\"summary\":\"" + summary + "\"}}");
    assertEquals(201, created.status(), created.toString());
    return created.json().getAsJsonObject().get("key").getAsString();
  }

  private JsonObject fields(String key) {
    return fx.get(fx.jira("/rest/api/3/issue/" + key)).json().getAsJsonObject().getAsJsonObject("fields");
  }

  private static List<String> values(JsonObject meta, String field, String member) {
    List<String> values = new ArrayList<>();
    meta.getAsJsonObject(field).getAsJsonArray("allowedValues")
        .forEach(value -> values.add(value.getAsJsonObject().get(member).getAsString()));
    return values;
  }

  private static List<String> names(JsonArray items) {
    List<String> names = new ArrayList<>();
    items.forEach(item -> names.add(item.getAsJsonObject().get("name").getAsString()));
    return names;
  }

}
