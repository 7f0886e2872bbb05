package io.github.atlassianmcp.sandbox.jira;

import static io.github.atlassianmcp.sandbox.SpecCheck.assertMatchesSpec;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import io.github.atlassianmcp.sandbox.SandboxFixture;
import io.github.atlassianmcp.sandbox.SandboxTest;
import io.github.atlassianmcp.sandbox.TestHttp;
import io.github.atlassianmcp.testing.SpecValidator;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class JiraIssueTest extends SandboxTest {

  static final String ADF = "{\"type\":\"doc\",\"version\":1,\"content\":[{\"type\":\"paragraph\",\"content\":"
      + "[{\"type\":\"text\",\"text\":\"Written by a test\",\"marks\":[{\"type\":\"strong\"}]}]}]}";
  static final String BAD_ADF = "{\"type\":\"doc\",\"version\":1,\"content\":[{\"type\":\"paragraph\",\"content\":"
      + "[{\"type\":\"text\",\"text\":\"\"}]}]}";
  private static final Pattern JIRA_DATE = Pattern.compile("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}\\+0000");


  @Test
  void anIssueLooksLikeJirasThroughTheGateway(SpecValidator spec) {
    TestHttp.Answer answer = assertMatchesSpec(spec, fx.get(fx.jira("/rest/api/3/issue/PROJ-8")));
    assertEquals(200, answer.status());
    JsonObject issue = answer.json().getAsJsonObject();
    assertEquals("PROJ-8", issue.get("key").getAsString());
    assertEquals(fx.jira("/rest/api/3/issue/" + issue.get("id").getAsString()), issue.get("self").getAsString());
    JsonObject fields = issue.getAsJsonObject("fields");
    for (String field : List.of("summary", "status", "assignee", "reporter", "priority", "issuetype", "project",
        "created", "updated", "labels", "description", "comment", "worklog")) {
      assertTrue(fields.has(field), field);
    }
    JsonObject status = fields.getAsJsonObject("status");
    assertTrue(status.getAsJsonObject("statusCategory").has("key"));
    assertTrue(JIRA_DATE.matcher(fields.get("created").getAsString()).matches(), fields.get("created").toString());
    JsonObject reporter = fields.getAsJsonObject("reporter");
    assertEquals(Set.of("self", "accountId", "emailAddress", "avatarUrls", "displayName", "active", "timeZone",
        "accountType"), reporter.keySet());
    assertTrue(reporter.getAsJsonObject("avatarUrls").has("48x48"));
    assertEquals("PROJ", fields.getAsJsonObject("project").get("key").getAsString());
  }

  @Test
  void theSiteAnswersWithSiteLinks(SpecValidator spec) {
    TestHttp.Answer answer = assertMatchesSpec(spec, fx.get(fx.site("/rest/api/3/issue/PROJ-8?fields=summary")));
    JsonObject issue = answer.json().getAsJsonObject();
    assertTrue(issue.get("self").getAsString().startsWith(fx.sandbox.siteUrl() + "/rest/api/3/issue/"));
    assertEquals(Set.of("summary"), issue.getAsJsonObject("fields").keySet());
  }

  @Test
  void aSubtaskNamesItsParent(SpecValidator spec) {
    String key = fx.get(fx.jira("/rest/api/3/search/jql?fields=key&jql=" + TestHttp.enc("issuetype = Subtask")))
        .json().getAsJsonObject().getAsJsonArray("issues").get(0).getAsJsonObject().get("key").getAsString();
    JsonObject fields = assertMatchesSpec(spec, fx.get(fx.jira("/rest/api/3/issue/" + key))).json()
        .getAsJsonObject().getAsJsonObject("fields");
    JsonObject parent = fields.getAsJsonObject("parent");
    assertTrue(parent.getAsJsonObject("fields").has("summary"));
    JsonObject parentIssue = fx.get(fx.jira("/rest/api/3/issue/" + parent.get("key").getAsString())).json()
        .getAsJsonObject();
    assertTrue(parentIssue.getAsJsonObject("fields").getAsJsonArray("subtasks").toString().contains(key));
  }

  @Test
  void anUnknownIssueIs404() {
    TestHttp.Answer answer = fx.get(fx.jira("/rest/api/3/issue/PROJ-9999"));
    assertEquals(404, answer.status());
    assertEquals("{\"errorMessages\":[\"Issue does not exist or you do not have permission to see it.\"],"
        + "\"errors\":{}}", answer.body());
  }

  @Test
  void createAndReadBack(SpecValidator spec) {
    String body = "{\"fields\":{\"project\":{\"key\":\"DEMO\"},\"issuetype\":{\"name\":\"Task\"},"
        + "\"summary\":\"Created by a test\",\"description\":" + ADF + ",\"labels\":[\"test\"],"
        + "\"priority\":{\"name\":\"High\"},\"assignee\":{\"accountId\":\"" + fx.sandbox.currentUser().accountId()
        + "\"}}}";
    TestHttp.Answer created = assertMatchesSpec(spec, fx.post(fx.jira("/rest/api/3/issue"), body));
    assertEquals(201, created.status(), created.toString());
    String key = created.json().getAsJsonObject().get("key").getAsString();
    assertTrue(key.startsWith("DEMO-"));

    JsonObject fields = fx.get(fx.jira("/rest/api/3/issue/" + key)).json().getAsJsonObject()
        .getAsJsonObject("fields");
    assertEquals("Created by a test", fields.get("summary").getAsString());
    assertEquals(JsonParser.parseString(ADF), fields.get("description"));
    assertEquals("High", fields.getAsJsonObject("priority").get("name").getAsString());
    assertEquals("To Do", fields.getAsJsonObject("status").get("name").getAsString());
    assertEquals(fx.sandbox.currentUser().accountId(), fields.getAsJsonObject("reporter").get("accountId")
        .getAsString());
  }

  @Test
  void aPlainStringDescriptionGetsJirasV3Answer(SpecValidator spec) {
    TestHttp.Answer answer = assertMatchesSpec(spec, fx.post(fx.jira("/rest/api/3/issue"),
        "{\"fields\":{\"project\":{\"key\":\"DEMO\"},\"issuetype\":{\"name\":\"Task\"},\"summary\":\"x\","
            + "\"description\":\"plain text\"}}"));
    assertEquals(400, answer.status());
    assertEquals("{\"errorMessages\":[],\"errors\":{\"description\":\"Operation value must be an Atlassian Document"
        + " (see the Atlassian Document Format)\"}}", answer.body());
  }

  @Test
  void invalidAdfIsRefusedWithInvalidInput(SpecValidator spec) {
    TestHttp.Answer answer = assertMatchesSpec(spec, fx.post(fx.jira("/rest/api/3/issue"),
        "{\"fields\":{\"project\":{\"key\":\"DEMO\"},\"issuetype\":{\"name\":\"Task\"},\"summary\":\"x\","
            + "\"description\":" + BAD_ADF + "}}"));
    assertEquals(400, answer.status());
    assertEquals("{\"errorMessages\":[\"INVALID_INPUT\"],\"errors\":{}}", answer.body());
  }

  @Test
  void missingAndUnknownFieldsAreNamed() {
    TestHttp.Answer answer = fx.post(fx.jira("/rest/api/3/issue"),
        "{\"fields\":{\"project\":{\"key\":\"NOPE\"},\"colour\":\"red\"}}");
    assertEquals(400, answer.status());
    JsonObject errors = answer.json().getAsJsonObject().getAsJsonObject("errors");
    assertEquals("Specify a valid project ID or key", errors.get("project").getAsString());
    assertEquals("You must specify a summary of the issue.", errors.get("summary").getAsString());
    assertEquals("Field 'colour' cannot be set. It is not on the appropriate screen, or unknown.",
        errors.get("colour").getAsString());
    TestHttp.Answer notJson = fx.post(fx.jira("/rest/api/3/issue"), "not json");
    assertEquals(400, notJson.status());
    assertEquals(List.of("Invalid request payload. Refer to the REST API documentation and try again."),
        JiraSearchTest.messages(notJson));
  }

  @Test
  void editWithFieldsAndUpdateOperations(SpecValidator spec) {
    String key = create(fx, "Edit me");
    TestHttp.Answer edited = assertMatchesSpec(spec, fx.put(fx.jira("/rest/api/3/issue/" + key),
        "{\"fields\":{\"summary\":\"Edited\",\"description\":" + ADF + "},"
            + "\"update\":{\"labels\":[{\"add\":\"alpha\"},{\"add\":\"beta\"},{\"remove\":\"alpha\"}]}}"));
    assertEquals(204, edited.status(), edited.toString());
    JsonObject fields = fx.get(fx.jira("/rest/api/3/issue/" + key)).json().getAsJsonObject().getAsJsonObject("fields");
    assertEquals("Edited", fields.get("summary").getAsString());
    assertEquals("[\"beta\"]", fields.get("labels").toString());

    TestHttp.Answer bad = fx.put(fx.jira("/rest/api/3/issue/" + key), "{\"fields\":{\"description\":\"text\"}}");
    assertEquals(400, bad.status());
    TestHttp.Answer returned = fx.put(fx.jira("/rest/api/3/issue/" + key + "?returnIssue=true"),
        "{\"fields\":{\"summary\":\"Returned\"}}");
    assertEquals(200, returned.status());
    assertEquals("Returned", returned.json().getAsJsonObject().getAsJsonObject("fields").get("summary").getAsString());
  }

  @Test
  void assignAndDelete(SpecValidator spec) {
    String key = create(fx, "Assign and delete me");
    String other = fx.sandbox.users().get(1).accountId();
    TestHttp.Answer assigned = assertMatchesSpec(spec, fx.put(fx.jira("/rest/api/3/issue/" + key + "/assignee"),
        "{\"accountId\":\"" + other + "\"}"));
    assertEquals(204, assigned.status());
    assertEquals(other, fx.get(fx.jira("/rest/api/3/issue/" + key)).json().getAsJsonObject()
        .getAsJsonObject("fields").getAsJsonObject("assignee").get("accountId").getAsString());
    assertEquals(204, assertMatchesSpec(spec, fx.delete(fx.jira("/rest/api/3/issue/" + key))).status());
    assertEquals(404, fx.get(fx.jira("/rest/api/3/issue/" + key)).status());
  }

  @Test
  void writesNeedWriteJiraWork() {
    String readOnly = TestHttp.bearer(fx.sandbox.issueTokens(Set.of("read:jira-work")).accessToken());
    TestHttp.Answer answer = fx.http.postJson(fx.jira("/rest/api/3/issue"), "{\"fields\":{}}", "Authorization",
        readOnly);
    assertEquals(401, answer.status());
    assertFalse(answer.body().contains("errorMessages"));
  }

  static String create(SandboxFixture fx, String summary) {
    TestHttp.Answer created = fx.post(fx.jira("/rest/api/3/issue"), "{\"fields\":{\"project\":{\"key\":\"DEMO\"},"
        + "\"issuetype\":{\"id\":\"10002\"},\"summary\":\"" + summary + "\"}}");
    assertEquals(201, created.status(), created.toString());
    return created.json().getAsJsonObject().get("key").getAsString();
  }
}
