package io.github.atlassianmcp.sandbox.jira;

import static io.github.atlassianmcp.sandbox.SpecCheck.assertMatchesSpec;
import static io.github.atlassianmcp.sandbox.SpecCheck.assertResponseMatchesSpec;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import io.github.atlassianmcp.sandbox.SandboxTest;
import io.github.atlassianmcp.sandbox.TestHttp;
import io.github.atlassianmcp.testing.SpecValidator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class JiraCommentsAndWorklogsTest extends SandboxTest {


  @Test
  void commentsCanBeListedAddedReadEditedAndDeleted(SpecValidator spec) {
    String comments = fx.jira("/rest/api/3/issue/DEMO-2/comment");
    int before = assertMatchesSpec(spec, fx.get(comments)).json().getAsJsonObject().get("total").getAsInt();

    TestHttp.Answer added = assertMatchesSpec(spec, fx.post(comments, "{\"body\":" + JiraIssueTest.ADF + "}"));
    assertEquals(201, added.status(), added.toString());
    JsonObject comment = added.json().getAsJsonObject();
    String id = comment.get("id").getAsString();
    assertEquals(JsonParser.parseString(JiraIssueTest.ADF), comment.get("body"));
    assertEquals(fx.sandbox.currentUser().accountId(), comment.getAsJsonObject("author").get("accountId")
        .getAsString());

    JsonObject page = assertMatchesSpec(spec, fx.get(comments + "?orderBy=-created&maxResults=1")).json()
        .getAsJsonObject();
    assertEquals(before + 1, page.get("total").getAsInt());
    assertEquals(id, page.getAsJsonArray("comments").get(0).getAsJsonObject().get("id").getAsString());

    assertEquals(200, assertMatchesSpec(spec, fx.get(comments + "/" + id)).status());
    String edit = "{\"body\":{\"type\":\"doc\",\"version\":1,\"content\":[{\"type\":\"paragraph\",\"content\":"
        + "[{\"type\":\"text\",\"text\":\"edited\"}]}]}}";
    TestHttp.Answer edited = assertMatchesSpec(spec, fx.put(comments + "/" + id, edit));
    assertEquals("edited", edited.json().getAsJsonObject().getAsJsonObject("body").getAsJsonArray("content").get(0)
        .getAsJsonObject().getAsJsonArray("content").get(0).getAsJsonObject().get("text").getAsString());
    assertEquals(204, assertMatchesSpec(spec, fx.delete(comments + "/" + id)).status());
    assertEquals(404, fx.get(comments + "/" + id).status());
  }

  @Test
  void aCommentBodyMustBeValidAdf(SpecValidator spec) {
    String comments = fx.jira("/rest/api/3/issue/DEMO-2/comment");
    TestHttp.Answer plain = assertResponseMatchesSpec(spec, fx.post(comments, "{\"body\":\"just text\"}"));
    assertEquals(400, plain.status());
    assertEquals("{\"errorMessages\":[],\"errors\":{\"comment\":\"Comment body is not valid!\"}}", plain.body());
    TestHttp.Answer invalid = fx.post(comments, "{\"body\":" + JiraIssueTest.BAD_ADF + "}");
    assertEquals(400, invalid.status());
    assertEquals("{\"errorMessages\":[\"INVALID_INPUT\"],\"errors\":{}}", invalid.body());
    TestHttp.Answer unknownNode = fx.post(comments, "{\"body\":{\"type\":\"doc\",\"version\":1,\"content\":"
        + "[{\"type\":\"marquee\",\"content\":[]}]}}");
    assertEquals(400, unknownNode.status());
  }

  @Test
  void worklogsTakeJirasStartedFormat(SpecValidator spec) {
    String worklogs = fx.jira("/rest/api/3/issue/DEMO-3/worklog");
    TestHttp.Answer added = assertMatchesSpec(spec, fx.post(worklogs, "{\"started\":\"2024-01-17T12:34:00.000+0000\","
        + "\"timeSpent\":\"1h 30m\",\"comment\":" + JiraIssueTest.ADF + "}"));
    assertEquals(201, added.status(), added.toString());
    JsonObject worklog = added.json().getAsJsonObject();
    assertEquals("2024-01-17T12:34:00.000+0000", worklog.get("started").getAsString());
    assertEquals(5400, worklog.get("timeSpentSeconds").getAsInt());
    assertEquals("1h 30m", worklog.get("timeSpent").getAsString());

    TestHttp.Answer offset = fx.post(worklogs, "{\"started\":\"2024-01-17T12:34:00.000+1100\",\"timeSpentSeconds\":60}");
    assertEquals("2024-01-17T01:34:00.000+0000", offset.json().getAsJsonObject().get("started").getAsString());

    JsonObject page = assertMatchesSpec(spec, fx.get(worklogs)).json().getAsJsonObject();
    assertTrue(page.get("total").getAsInt() >= 2);
    String id = worklog.get("id").getAsString();
    assertEquals(200, assertMatchesSpec(spec, fx.get(worklogs + "/" + id)).status());
    TestHttp.Answer edited = assertMatchesSpec(spec, fx.put(worklogs + "/" + id, "{\"timeSpentSeconds\":7200}"));
    assertEquals("2h", edited.json().getAsJsonObject().get("timeSpent").getAsString());
    assertEquals(204, assertMatchesSpec(spec, fx.delete(worklogs + "/" + id)).status());
  }

  @ParameterizedTest
  @ValueSource(strings = {"2024-01-17T12:34:00Z", "2024-01-17T12:34:00.000Z", "2024-01-17T12:34:00+0000",
      "2024-01-17", "2024-01-17T12:34:00.000+00:00", "17/Jan/24 12:34 PM"})
  void otherStartedFormsGetJiras400(String started, SpecValidator spec) {
    TestHttp.Answer answer = assertResponseMatchesSpec(spec, fx.post(fx.jira("/rest/api/3/issue/DEMO-3/worklog"),
        "{\"started\":\"" + started + "\",\"timeSpentSeconds\":60}"));
    assertEquals(400, answer.status());
    assertEquals("{\"errorMessages\":[],\"errors\":{\"started\":\"Invalid date format. Please enter the date in the"
        + " format \\\"yyyy-MM-dd'T'HH:mm:ss.SSSZ\\\".\"}}", answer.body());
  }

  @Test
  void aWorklogNeedsTimeAndAnAdfComment() {
    String worklogs = fx.jira("/rest/api/3/issue/DEMO-3/worklog");
    TestHttp.Answer noTime = fx.post(worklogs, "{\"started\":\"2024-01-17T12:34:00.000+0000\"}");
    assertEquals("{\"errorMessages\":[],\"errors\":{\"timeLogged\":\"You must indicate the time spent working.\"}}",
        noTime.body());
    TestHttp.Answer badTime = fx.post(worklogs, "{\"started\":\"2024-01-17T12:34:00.000+0000\",\"timeSpent\":\"soon\"}");
    assertEquals(400, badTime.status());
    TestHttp.Answer textComment = fx.post(worklogs,
        "{\"started\":\"2024-01-17T12:34:00.000+0000\",\"timeSpentSeconds\":60,\"comment\":\"text\"}");
    assertEquals(400, textComment.status());
  }
}
