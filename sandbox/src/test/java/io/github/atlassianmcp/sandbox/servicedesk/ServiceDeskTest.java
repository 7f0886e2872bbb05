package io.github.atlassianmcp.sandbox.servicedesk;

import static io.github.atlassianmcp.sandbox.SpecCheck.assertMatchesSpec;
import static io.github.atlassianmcp.sandbox.SpecCheck.assertResponseMatchesSpec;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import io.github.atlassianmcp.sandbox.TestHttp;
import io.github.atlassianmcp.testing.SpecValidator;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class ServiceDeskTest extends ServiceDeskSandboxTest {

  private static final Pattern ISO = Pattern.compile("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\+0000");

  @Test
  void serviceDesksAndRequestTypes(SpecValidator spec) {
    JsonObject desks = assertMatchesSpec(spec, fx.get(jsm("/servicedesk"))).json().getAsJsonObject();
    assertEquals(1, desks.get("size").getAsInt());
    assertTrue(desks.get("isLastPage").getAsBoolean());
    JsonObject desk = desks.getAsJsonArray("values").get(0).getAsJsonObject();
    assertEquals("SUP", desk.get("projectKey").getAsString());
    assertEquals("service_desk", desk.get("projectTypeKey").getAsString());
    String id = desk.get("id").getAsString();
    assertEquals(desk, assertMatchesSpec(spec, fx.get(jsm("/servicedesk/" + id))).json());

    JsonObject types = assertMatchesSpec(spec, fx.get(jsm("/servicedesk/" + id + "/requesttype"))).json()
        .getAsJsonObject();
    assertEquals(6, types.get("size").getAsInt());
    JsonObject bug = assertMatchesSpec(spec, fx.get(jsm("/servicedesk/" + id + "/requesttype?searchQuery=bug")))
        .json().getAsJsonObject().getAsJsonArray("values").get(0).getAsJsonObject();
    assertEquals("Report a bug", bug.get("name").getAsString());
    assertEquals("10006", bug.get("issueTypeId").getAsString());
    assertEquals(200, assertMatchesSpec(spec, fx.get(jsm("/servicedesk/" + id + "/requesttype/2"))).status());
    TestHttp.Answer missing = assertMatchesSpec(spec, fx.get(jsm("/servicedesk/99")));
    assertEquals(404, missing.status());
    assertTrue(missing.json().getAsJsonObject().has("errorMessage"));
  }

  @Test
  void allRequestsPagedWithStartAndLimitToTheLastPage(SpecValidator spec) {
    List<String> keys = new ArrayList<>();
    int start = 0;
    int pages = 0;
    while (true) {
      JsonObject page = assertMatchesSpec(spec, fx.get(jsm("/request?requestOwnership=ALL_REQUESTS&limit=5&start="
          + start))).json().getAsJsonObject();
      page.getAsJsonArray("values").forEach(v -> keys.add(v.getAsJsonObject().get("issueKey").getAsString()));
      pages++;
      if (page.get("isLastPage").getAsBoolean()) {
        assertNull(page.getAsJsonObject("_links").get("next"));
        break;
      }
      assertTrue(page.getAsJsonObject("_links").get("next").getAsString().contains("requestOwnership=ALL_REQUESTS"));
      start += page.get("size").getAsInt();
    }
    assertEquals(4, pages);
    assertEquals(18, keys.size());
    assertEquals(18, new HashSet<>(keys).size());
    keys.forEach(key -> assertTrue(key.startsWith("SUP-"), key));
  }

  @Test
  void statusFiltersSplitOpenFromClosed(SpecValidator spec) {
    Set<String> open = keys(assertMatchesSpec(spec,
        fx.get(jsm("/request?requestOwnership=ALL_REQUESTS&requestStatus=OPEN_REQUESTS"))));
    Set<String> closed = keys(fx.get(jsm("/request?requestOwnership=ALL_REQUESTS&requestStatus=CLOSED_REQUESTS")));
    assertEquals(18, open.size() + closed.size());
    assertTrue(open.size() >= 5 && closed.size() >= 5, open + " / " + closed);
    for (String key : closed) {
      String category = fx.get(jsm("/request/" + key)).json().getAsJsonObject().getAsJsonObject("currentStatus")
          .get("statusCategory").getAsString();
      assertEquals("DONE", category, key);
    }
    // The spec documents no 400 here; the sandbox still refuses a value it does not know, naming the good ones.
    TestHttp.Answer bad = fx.get(jsm("/request?requestStatus=SOMETIMES"));
    assertEquals(400, bad.status());
    assertTrue(bad.json().getAsJsonObject().get("errorMessage").getAsString().contains("OPEN_REQUESTS"));
  }

  @Test
  void theDefaultOwnershipIsTheCallersOwnAndParticipatedRequests() {
    Set<String> mine = keys(fx.get(jsm("/request")));
    Set<String> all = keys(fx.get(jsm("/request?requestOwnership=ALL_REQUESTS")));
    assertTrue(!mine.isEmpty() && mine.size() < all.size(), mine + " of " + all);
    String me = fx.sandbox.currentUser().accountId();
    for (String key : mine) {
      JsonObject request = fx.get(jsm("/request/" + key + "?expand=participant")).json().getAsJsonObject();
      boolean reporter = request.getAsJsonObject("reporter").get("accountId").getAsString().equals(me);
      boolean participant = request.getAsJsonObject("participants").toString().contains(me);
      assertTrue(reporter || participant, key);
    }
  }

  @Test
  void searchTermMatchesTheSummary() {
    Set<String> refunds = new HashSet<>();
    fx.get(jsm("/request?requestOwnership=ALL_REQUESTS&searchTerm=refund")).json().getAsJsonObject()
        .getAsJsonArray("values").forEach(v -> refunds.add(v.getAsJsonObject().get("summary").getAsString()));
    assertEquals(Set.of("Refund duplicate charge on invoice INV-2041", "Refund for an unused seat"), refunds);
  }

  @Test
  void aRequestWithEveryExpansion(SpecValidator spec) {
    JsonObject request = assertMatchesSpec(spec, fx.get(jsm("/request/SUP-2?expand=serviceDesk,requestType,"
        + "participant,sla,status,comment,action,attachment"))).json().getAsJsonObject();
    assertEquals("SUP-2", request.get("issueKey").getAsString());
    assertEquals("API returns 500 on POST /v1/payments", request.get("summary").getAsString());
    JsonObject created = request.getAsJsonObject("createdDate");
    assertTrue(ISO.matcher(created.get("iso8601").getAsString()).matches(), created.toString());
    assertTrue(created.get("jira").getAsString().endsWith(".000+0000"));
    assertTrue(created.get("friendly").getAsString().startsWith("Today"), created.toString());
    assertTrue(created.get("epochMillis").getAsLong() > 0);
    assertEquals("customer", fx.get(fx.jira("/rest/api/3/user?accountId=" + TestHttp.enc(
        request.getAsJsonObject("reporter").get("accountId").getAsString()))).json().getAsJsonObject()
        .get("accountType").getAsString());
    JsonArray fields = request.getAsJsonArray("requestFieldValues");
    assertEquals("summary", fields.get(0).getAsJsonObject().get("fieldId").getAsString());
    assertTrue(fields.get(1).getAsJsonObject().get("value").getAsString().contains("Request ID: 7f3c2a91"));
    assertEquals("In Progress", request.getAsJsonObject("currentStatus").get("status").getAsString());
    assertEquals("INDETERMINATE", request.getAsJsonObject("currentStatus").get("statusCategory").getAsString());
    assertEquals("Report a bug", request.getAsJsonObject("requestType").get("name").getAsString());
    assertEquals("SUP", request.getAsJsonObject("serviceDesk").get("projectKey").getAsString());
    assertEquals(2, request.getAsJsonObject("status").get("size").getAsInt());
    assertEquals(3, request.getAsJsonObject("comments").get("size").getAsInt());
    assertEquals(2, request.getAsJsonObject("sla").get("size").getAsInt());
    assertTrue(request.getAsJsonObject("_links").get("web").getAsString().endsWith("/servicedesk/customer/portal/1/SUP-2"));
    TestHttp.Answer notARequest = assertMatchesSpec(spec, fx.get(jsm("/request/PROJ-1")));
    assertEquals(404, notARequest.status());
  }

  @Test
  void slasHaveOngoingAndCompletedCycles(SpecValidator spec) {
    JsonArray open = assertMatchesSpec(spec, fx.get(jsm("/request/SUP-1/sla"))).json().getAsJsonObject()
        .getAsJsonArray("values");
    JsonObject firstResponse = open.get(0).getAsJsonObject();
    assertEquals("Time to first response", firstResponse.get("name").getAsString());
    JsonObject ongoing = firstResponse.getAsJsonObject("ongoingCycle");
    assertEquals(false, ongoing.get("breached").getAsBoolean());
    assertEquals(4 * 3600_000L, ongoing.getAsJsonObject("goalDuration").get("millis").getAsLong());
    assertTrue(ongoing.getAsJsonObject("remainingTime").get("millis").getAsLong() > 0);
    assertEquals(0, firstResponse.getAsJsonArray("completedCycles").size());

    JsonArray done = assertMatchesSpec(spec, fx.get(jsm("/request/SUP-3/sla"))).json().getAsJsonObject()
        .getAsJsonArray("values");
    for (JsonElement sla : done) {
      JsonObject cycle = sla.getAsJsonObject().getAsJsonArray("completedCycles").get(0).getAsJsonObject();
      assertTrue(cycle.has("stopTime") && cycle.has("elapsedTime"), cycle.toString());
      assertNull(sla.getAsJsonObject().get("ongoingCycle"));
    }
    JsonObject resolution = done.get(1).getAsJsonObject().getAsJsonArray("completedCycles").get(0).getAsJsonObject();
    assertEquals(false, resolution.get("breached").getAsBoolean());
    JsonObject breached = fx.get(jsm("/request/SUP-13/sla/2")).json().getAsJsonObject();
    assertEquals(true, breached.getAsJsonArray("completedCycles").get(0).getAsJsonObject().get("breached")
        .getAsBoolean(), breached.toString());
    assertMatchesSpec(spec, fx.get(jsm("/request/SUP-13/sla/2")));
  }

  @Test
  void statusHistoryNewestFirstAndParticipants(SpecValidator spec) {
    JsonArray history = assertMatchesSpec(spec, fx.get(jsm("/request/SUP-3/status"))).json().getAsJsonObject()
        .getAsJsonArray("values");
    List<String> statuses = new ArrayList<>();
    history.forEach(h -> statuses.add(h.getAsJsonObject().get("status").getAsString()));
    assertEquals(List.of("Resolved", "In Progress", "Waiting for support"), statuses);
    JsonObject participants = assertMatchesSpec(spec, fx.get(jsm("/request/SUP-7/participant"))).json()
        .getAsJsonObject();
    assertEquals(2, participants.get("size").getAsInt());
  }

  @Test
  void publicRepliesAndInternalNotes(SpecValidator spec) {
    JsonObject all = assertMatchesSpec(spec, fx.get(jsm("/request/SUP-2/comment"))).json().getAsJsonObject();
    assertEquals(3, all.get("size").getAsInt());
    JsonObject publicOnly = assertMatchesSpec(spec, fx.get(jsm("/request/SUP-2/comment?internal=false"))).json()
        .getAsJsonObject();
    assertEquals(2, publicOnly.get("size").getAsInt());
    JsonObject internal = fx.get(jsm("/request/SUP-2/comment?public=false")).json().getAsJsonObject()
        .getAsJsonArray("values").get(0).getAsJsonObject();
    assertEquals(false, internal.get("public").getAsBoolean());
    assertTrue(internal.get("body").getAsString().startsWith("Internal:"));
    // The same note, seen through Jira, is an ADF comment marked not public.
    JsonArray jira = fx.get(fx.jira("/rest/api/3/issue/SUP-2/comment")).json().getAsJsonObject()
        .getAsJsonArray("comments");
    assertFalse(jira.get(1).getAsJsonObject().get("jsdPublic").getAsBoolean());
    assertEquals("doc", jira.get(1).getAsJsonObject().getAsJsonObject("body").get("type").getAsString());
  }

  @Test
  void addingACommentShowsInBothApis(SpecValidator spec) {
    TestHttp.Answer added = assertMatchesSpec(spec, fx.post(jsm("/request/SUP-10/comment"),
        "{\"body\":\"We are on it.\",\"public\":true}"));
    assertEquals(201, added.status(), added.toString());
    JsonObject comment = added.json().getAsJsonObject();
    assertEquals("We are on it.", comment.get("body").getAsString());
    String id = comment.get("id").getAsString();
    JsonObject read = assertMatchesSpec(spec, fx.get(jsm("/request/SUP-10/comment/" + id + "?expand=renderedBody")))
        .json().getAsJsonObject();
    assertEquals("<p>We are on it.</p>", read.getAsJsonObject("renderedBody").get("html").getAsString());
    JsonObject jira = fx.get(fx.jira("/rest/api/3/issue/SUP-10/comment/" + id)).json().getAsJsonObject();
    assertEquals("We are on it.", jira.getAsJsonObject("body").getAsJsonArray("content").get(0).getAsJsonObject()
        .getAsJsonArray("content").get(0).getAsJsonObject().get("text").getAsString());
    TestHttp.Answer empty = assertResponseMatchesSpec(spec, fx.post(jsm("/request/SUP-10/comment"), "{\"body\":\"\"}"));
    assertEquals(400, empty.status());
  }

  @Test
  void aRequestIsAlsoAJiraIssueWithTheServiceDeskWorkflow() {
    JsonObject issue = fx.get(fx.jira("/rest/api/3/issue/SUP-1")).json().getAsJsonObject();
    assertEquals("Customer Support", issue.getAsJsonObject("fields").getAsJsonObject("project").get("name")
        .getAsString());
    JsonArray transitions = fx.get(fx.jira("/rest/api/3/issue/SUP-1/transitions")).json().getAsJsonObject()
        .getAsJsonArray("transitions");
    assertTrue(transitions.toString().contains("Respond to customer"), transitions.toString());
    assertEquals(204, fx.post(fx.jira("/rest/api/3/issue/SUP-1/transitions"),
        "{\"transition\":{\"id\":\"851\"}}").status());
    JsonObject request = fx.get(jsm("/request/SUP-1")).json().getAsJsonObject();
    assertEquals("Waiting for customer", request.getAsJsonObject("currentStatus").get("status").getAsString());
    assertEquals(2, fx.get(jsm("/request/SUP-1/status")).json().getAsJsonObject().get("size").getAsInt());
  }

  @Test
  void theSlaOperationsNeedReadJiraWorkAsAtlassianListsThem() {
    String serviceDeskOnly = TestHttp.bearer(fx.sandbox.issueTokens(Set.of("read:servicedesk-request")).accessToken());
    assertEquals(401, fx.http.get(jsm("/request/SUP-1/sla"), "Authorization", serviceDeskOnly).status());
    assertEquals(200, fx.http.get(jsm("/request/SUP-1"), "Authorization", serviceDeskOnly).status());
  }
}
