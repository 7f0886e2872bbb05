package io.github.atlassianmcp.sandbox.servicedesk;

import static io.github.atlassianmcp.sandbox.SpecCheck.assertMatchesSpec;
import static io.github.atlassianmcp.sandbox.SpecCheck.assertResponseMatchesSpec;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import io.github.atlassianmcp.sandbox.TestHttp;
import io.github.atlassianmcp.sandbox.seed.SeedUsers;
import io.github.atlassianmcp.testing.SpecValidator;
import org.junit.jupiter.api.Test;

/**
 * Approvals: listed with their approvers, decided once by an approver, then refused with JSM's 409; the outcome
 * moves the request on. The tests that decide raise their own requests, so the seeded ones stay as they are.
 */
class ApprovalTest extends ServiceDeskSandboxTest {

  private static final String ADMIN_ACCESS = """
      {"serviceDeskId": "1", "requestTypeId": "5", "raiseOnBehalfOf": "%s",
       "requestFieldValues": {"summary": "Editor rights for Lee", "customfield_10052": {"value": "Editor"}}}"""
      .formatted(SeedUsers.CUSTOMER_LEE);

  @Test
  void theSeededRequestsWaitForOneAndForTwoApprovals(SpecValidator spec) {
    JsonArray one = assertMatchesSpec(spec, fx.get(jsm("/request/SUP-17/approval"))).json().getAsJsonObject()
        .getAsJsonArray("values");
    assertEquals(1, one.size());
    JsonObject pending = one.get(0).getAsJsonObject();
    assertEquals("pending", pending.get("finalDecision").getAsString());
    assertTrue(pending.get("canAnswerApproval").getAsBoolean());
    assertEquals(2, pending.getAsJsonArray("approvers").size());
    assertFalse(pending.has("completedDate"));

    JsonArray two = assertMatchesSpec(spec, fx.get(jsm("/request/SUP-18/approval"))).json().getAsJsonObject()
        .getAsJsonArray("values");
    assertEquals(2, two.size());
    JsonObject budget = two.get(0).getAsJsonObject();
    assertEquals("approved", budget.get("finalDecision").getAsString());
    assertFalse(budget.get("canAnswerApproval").getAsBoolean());
    assertTrue(budget.has("completedDate"));
    assertEquals("Priya Natarajan", budget.getAsJsonArray("approvers").get(0).getAsJsonObject()
        .getAsJsonObject("approver").get("displayName").getAsString());
    assertEquals("pending", two.get(1).getAsJsonObject().get("finalDecision").getAsString());

    String id = pending.get("id").getAsString();
    assertEquals(pending, assertMatchesSpec(spec, fx.get(jsm("/request/SUP-17/approval/" + id))).json());
    assertEquals(404, assertMatchesSpec(spec, fx.get(jsm("/request/SUP-17/approval/999"))).status());
    // The customer who raised it sees the approval too, but cannot answer it.
    assertFalse(lee().get("/request/SUP-17/approval/" + id).json().getAsJsonObject().get("canAnswerApproval")
        .getAsBoolean());
  }

  @Test
  void anApprovalIsDecidedOnceAndASecondDecisionIsRefused(SpecValidator spec) {
    String key = raise(spec, ADMIN_ACCESS);
    String id = approvalId(key, 0);

    TestHttp.Answer approved = assertMatchesSpec(spec, fx.post(jsm("/request/" + key + "/approval/" + id),
        "{\"decision\":\"approve\"}"));
    assertEquals(200, approved.status(), approved.toString());
    JsonObject approval = approved.json().getAsJsonObject();
    assertEquals("approved", approval.get("finalDecision").getAsString());
    assertFalse(approval.get("canAnswerApproval").getAsBoolean());
    assertTrue(approval.has("completedDate"));
    assertEquals("Waiting for support", status(key));

    TestHttp.Answer again = assertMatchesSpec(spec, fx.post(jsm("/request/" + key + "/approval/" + id),
        "{\"decision\":\"decline\"}"));
    assertEquals(409, again.status());
    assertEquals("This approval has already been completed: it was approved.", errorMessage(again));
    // Priya, the other approver, is too late as well.
    TestHttp.Answer late = as(SeedUsers.PRIYA).post("/request/" + key + "/approval/" + id,
        "{\"decision\":\"approve\"}");
    assertEquals(409, late.status());
    assertEquals("Waiting for support", status(key));
  }

  @Test
  void aDeclineEndsTheRequestAndOnlyApproversMayDecide(SpecValidator spec) {
    String key = raise(spec, ADMIN_ACCESS);
    String id = approvalId(key, 0);
    TestHttp.Answer stranger = assertMatchesSpec(spec, as(SeedUsers.JONAS).post("/request/" + key + "/approval/"
        + id, "{\"decision\":\"approve\"}"));
    assertEquals(403, stranger.status());
    TestHttp.Answer bad = assertResponseMatchesSpec(spec, fx.post(jsm("/request/" + key + "/approval/" + id),
        "{\"decision\":\"maybe\"}"));
    assertEquals(400, bad.status());
    assertTrue(errorMessage(bad).contains("approve"), bad.toString());

    TestHttp.Answer declined = assertMatchesSpec(spec, as(SeedUsers.PRIYA).post("/request/" + key + "/approval/"
        + id, "{\"decision\":\"decline\"}"));
    assertEquals("declined", declined.json().getAsJsonObject().get("finalDecision").getAsString());
    assertEquals("Declined", status(key));
    assertEquals("DONE", fx.get(jsm("/request/" + key)).json().getAsJsonObject().getAsJsonObject("currentStatus")
        .get("statusCategory").getAsString());
  }

  @Test
  void grantingTheFirstOfTwoApprovalsAsksForTheSecond(SpecValidator spec) {
    String key = raise(spec, """
        {"serviceDeskId": "1", "requestTypeId": "6",
         "requestFieldValues": {"summary": "A password manager", "description": "Team vault, 4 USD a seat."}}""");
    Person priya = as(SeedUsers.PRIYA);
    String budget = approvalId(key, 0);
    assertEquals(200, priya.post("/request/" + key + "/approval/" + budget, "{\"decision\":\"approve\"}").status());
    assertEquals("Waiting for approval", status(key));
    String security = approvalId(key, 1);
    assertTrue(keys(fx.get(jsm("/request?requestOwnership=APPROVER&approvalStatus=MY_PENDING_APPROVAL")))
        .contains(key));
    assertEquals(200, fx.post(jsm("/request/" + key + "/approval/" + security), "{\"decision\":\"approve\"}")
        .status());
    assertEquals("Waiting for support", status(key));
    assertFalse(keys(fx.get(jsm("/request?requestOwnership=APPROVER&approvalStatus=MY_PENDING_APPROVAL")))
        .contains(key));
    assertEquals("Waiting for support", fx.get(fx.jira("/rest/api/3/issue/" + key)).json().getAsJsonObject()
        .getAsJsonObject("fields").getAsJsonObject("status").get("name").getAsString());
  }

  private String approvalId(String key, int index) {
    return fx.get(jsm("/request/" + key + "/approval")).json().getAsJsonObject().getAsJsonArray("values")
        .get(index).getAsJsonObject().get("id").getAsString();
  }

  private String status(String key) {
    return fx.get(jsm("/request/" + key)).json().getAsJsonObject().getAsJsonObject("currentStatus").get("status")
        .getAsString();
  }
}
