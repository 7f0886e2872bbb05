package io.github.atlassianmcp.sandbox.servicedesk;

import static io.github.atlassianmcp.sandbox.SpecCheck.assertMatchesSpec;
import static io.github.atlassianmcp.sandbox.SpecCheck.assertResponseMatchesSpec;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import io.github.atlassianmcp.sandbox.TestHttp;
import io.github.atlassianmcp.sandbox.seed.SeedUsers;
import io.github.atlassianmcp.testing.SpecValidator;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * Who sees which requests, comments and SLAs: agents and customers, for each value of {@code requestOwnership}.
 * Morgan is an agent who raised SUP-12 and SUP-15, takes part in SUP-4, 5, 9, 12 and 16, and is asked to approve
 * SUP-17 and SUP-18; Sam is a customer who raised SUP-1, 3, 5, 7, 9, 11 and 14.
 */
class RequestOwnershipTest extends ServiceDeskSandboxTest {

  private static final Set<String> MORGANS_OWN = keys(4, 5, 9, 12, 15, 16);
  private static final Set<String> SAMS_OWN = keys(1, 3, 5, 7, 9, 11, 14);

  private static Set<String> keys(int... numbers) {
    return IntStream.of(numbers).mapToObj(n -> "SUP-" + n).collect(Collectors.toSet());
  }

  @Test
  void withoutRequestOwnershipAnAgentGetsOnlyTheirOwnRequestsNotTheDesks(SpecValidator spec) {
    assertEquals(MORGANS_OWN, keys(assertMatchesSpec(spec, fx.get(jsm("/request")))));
    assertEquals(MORGANS_OWN, keys(fx.get(jsm(
        "/request?requestOwnership=OWNED_REQUESTS&requestOwnership=PARTICIPATED_REQUESTS"))));
    assertEquals(keys(12, 15), keys(fx.get(jsm("/request?requestOwnership=OWNED_REQUESTS"))));
    assertEquals(keys(4, 5, 9, 12, 16), keys(fx.get(jsm("/request?requestOwnership=PARTICIPATED_REQUESTS"))));
  }

  @Test
  void allRequestsGivesAnAgentEveryRequestOfTheDesk(SpecValidator spec) {
    Set<String> all = keys(assertMatchesSpec(spec, fx.get(jsm("/request?requestOwnership=ALL_REQUESTS&limit=50"))));
    assertEquals(IntStream.rangeClosed(1, 18).mapToObj(n -> "SUP-" + n).collect(Collectors.toSet()), all);
  }

  @Test
  void aCustomerSeesOnlyTheirOwnRequestsWhateverTheyAskFor(SpecValidator spec) {
    assertEquals(SAMS_OWN, keys(assertMatchesSpec(spec, sam().get("/request"))));
    assertEquals(SAMS_OWN, keys(assertMatchesSpec(spec, sam().get("/request?requestOwnership=ALL_REQUESTS"))));
    assertEquals(Set.of(), keys(sam().get("/request?requestOwnership=PARTICIPATED_REQUESTS")));
    TestHttp.Answer someoneElses = assertMatchesSpec(spec, sam().get("/request/SUP-2"));
    assertEquals(404, someoneElses.status());
    assertEquals("The customer request SUP-2 does not exist, or you do not have permission to see it.",
        errorMessage(someoneElses));
    assertEquals(404, sam().get("/request/SUP-2/comment").status());
  }

  @Test
  void approverListsWhatTheCallerIsAskedToApproveNarrowedByApprovalStatus(SpecValidator spec) {
    assertEquals(keys(17, 18), keys(assertMatchesSpec(spec, fx.get(jsm("/request?requestOwnership=APPROVER")))));
    assertEquals(keys(17, 18), keys(fx.get(jsm(
        "/request?requestOwnership=APPROVER&approvalStatus=MY_PENDING_APPROVAL"))));
    assertEquals(Set.of(), keys(fx.get(jsm("/request?requestOwnership=APPROVER&approvalStatus=MY_HISTORY_APPROVAL"))));
    Person priya = as(SeedUsers.PRIYA);
    assertEquals(keys(17), keys(priya.get("/request?requestOwnership=APPROVER&approvalStatus=MY_PENDING_APPROVAL")));
    assertEquals(keys(18), keys(priya.get("/request?requestOwnership=APPROVER&approvalStatus=MY_HISTORY_APPROVAL")));
    // As for requestStatus, the spec documents no 400 here; the sandbox still names the values it takes.
    TestHttp.Answer bad = fx.get(jsm("/request?requestOwnership=APPROVER&approvalStatus=SOON"));
    assertEquals(400, bad.status());
    assertTrue(errorMessage(bad).contains("MY_PENDING_APPROVAL"), bad.toString());
  }

  @Test
  void organizationsAddNothingOnASiteWithoutThem() {
    assertEquals(Set.of(), keys(fx.get(jsm("/request?requestOwnership=ALL_ORGANIZATIONS"))));
    assertEquals(Set.of(), keys(fx.get(jsm("/request?requestOwnership=ORGANIZATION&organizationId=1"))));
  }

  @Test
  void aCustomerSeesPublicRepliesOnlyAndCannotWriteAnInternalNote(SpecValidator spec) {
    // SUP-5: Sam's request; Morgan's view has the same comments Sam sees, SUP-3 has an internal note.
    JsonObject agentView = fx.get(jsm("/request/SUP-3/comment")).json().getAsJsonObject();
    assertEquals(3, agentView.get("size").getAsInt());
    JsonObject customerView = assertMatchesSpec(spec, sam().get("/request/SUP-3/comment")).json().getAsJsonObject();
    assertEquals(2, customerView.get("size").getAsInt());
    assertFalse(customerView.toString().contains("Internal:"), customerView.toString());
    assertEquals(2, sam().get("/request/SUP-3/comment?internal=true").json().getAsJsonObject().get("size")
        .getAsInt());
    JsonObject expanded = sam().get("/request/SUP-3?expand=comment").json().getAsJsonObject();
    assertEquals(2, expanded.getAsJsonObject("comments").get("size").getAsInt());
    String internalId = fx.get(jsm("/request/SUP-3/comment?public=false")).json().getAsJsonObject()
        .getAsJsonArray("values").get(0).getAsJsonObject().get("id").getAsString();
    assertEquals(404, sam().get("/request/SUP-3/comment/" + internalId).status());

    TestHttp.Answer note = assertResponseMatchesSpec(spec, sam().post("/request/SUP-3/comment",
        "{\"body\":\"Psst\",\"public\":false}"));
    assertEquals(403, note.status());
    assertEquals("Customers can only add public comments.", errorMessage(note));
    TestHttp.Answer reply = assertMatchesSpec(spec, sam().post("/request/SUP-3/comment",
        "{\"body\":\"Thanks again\",\"public\":true}"));
    assertEquals(201, reply.status());
  }

  @Test
  void slasAreForAgents(SpecValidator spec) {
    TestHttp.Answer denied = assertMatchesSpec(spec, sam().get("/request/SUP-1/sla"));
    assertEquals(403, denied.status());
    assertTrue(errorMessage(denied).contains("agent"), denied.toString());
    assertEquals(403, sam().get("/request/SUP-1/sla/1").status());
    JsonObject expanded = assertMatchesSpec(spec, sam().get("/request/SUP-1?expand=sla")).json().getAsJsonObject();
    assertFalse(expanded.has("sla"), expanded.toString());
    assertEquals(200, fx.get(jsm("/request/SUP-1/sla")).status());
  }
}
