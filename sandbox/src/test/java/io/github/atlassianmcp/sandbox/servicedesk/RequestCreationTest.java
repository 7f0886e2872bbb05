package io.github.atlassianmcp.sandbox.servicedesk;

import static io.github.atlassianmcp.sandbox.SpecCheck.assertMatchesSpec;
import static io.github.atlassianmcp.sandbox.SpecCheck.assertResponseMatchesSpec;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import io.github.atlassianmcp.sandbox.TestHttp;
import io.github.atlassianmcp.sandbox.seed.SeedUsers;
import io.github.atlassianmcp.testing.SpecValidator;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Request types' forms, and raising requests against them, for oneself or on behalf of a customer. */
class RequestCreationTest extends ServiceDeskSandboxTest {

  private static final String MISSING = "Your request could not be created. Please check the fields have been"
      + " correctly filled in. Please provide a valid value for field '%s'";

  @Test
  void aRequestTypesFormNamesItsRequiredFieldsTypesAndAllowedValues(SpecValidator spec) {
    JsonObject form = assertMatchesSpec(spec, fx.get(jsm("/servicedesk/1/requesttype/2/field"))).json()
        .getAsJsonObject();
    assertTrue(form.get("canRaiseOnBehalfOf").getAsBoolean());
    assertTrue(form.get("canAddRequestParticipants").getAsBoolean());
    JsonArray fields = form.getAsJsonArray("requestTypeFields");
    List<String> ids = new ArrayList<>();
    fields.forEach(field -> ids.add(field.getAsJsonObject().get("fieldId").getAsString()));
    assertEquals(List.of("summary", "description", "customfield_10050", "priority"), ids);

    JsonObject summary = fields.get(0).getAsJsonObject();
    assertEquals("Summarize the problem", summary.get("name").getAsString());
    assertTrue(summary.get("required").getAsBoolean());
    assertEquals("summary", summary.getAsJsonObject("jiraSchema").get("system").getAsString());
    JsonObject product = fields.get(2).getAsJsonObject();
    assertTrue(product.get("required").getAsBoolean());
    assertEquals("option", product.getAsJsonObject("jiraSchema").get("type").getAsString());
    assertEquals(10050, product.getAsJsonObject("jiraSchema").get("customId").getAsInt());
    assertEquals("{\"value\":\"10102\",\"label\":\"Public API\",\"children\":[]}",
        product.getAsJsonArray("validValues").get(2).toString());
    JsonObject priority = fields.get(3).getAsJsonObject();
    assertFalse(priority.get("required").getAsBoolean());
    assertEquals(5, priority.getAsJsonArray("validValues").size());

    // Also by project key, as JSM accepts; a customer may not raise for others.
    JsonObject asCustomer = assertMatchesSpec(spec, sam().get("/servicedesk/SUP/requesttype/2/field")).json()
        .getAsJsonObject();
    assertFalse(asCustomer.get("canRaiseOnBehalfOf").getAsBoolean());
    assertEquals(404, assertMatchesSpec(spec, fx.get(jsm("/servicedesk/1/requesttype/99/field"))).status());
  }

  @Test
  void aRequestOnBehalfOfACustomerIsTheirsWithItsFieldsStored(SpecValidator spec) {
    TestHttp.Answer created = assertMatchesSpec(spec, fx.post(jsm("/request"), """
        {"serviceDeskId": "1", "requestTypeId": "2", "raiseOnBehalfOf": "%s",
         "requestFieldValues": {"summary": "Checkout button does nothing",
           "description": "Clicking Pay on the checkout page does nothing since this morning.",
           "customfield_10050": {"value": "Web app"}, "priority": {"name": "High"}}}
        """.formatted(SeedUsers.CUSTOMER_SAM)));
    assertEquals(201, created.status(), created.toString());
    JsonObject request = created.json().getAsJsonObject();
    String key = request.get("issueKey").getAsString();
    assertEquals(SeedUsers.CUSTOMER_SAM, request.getAsJsonObject("reporter").get("accountId").getAsString());
    assertEquals("Waiting for support", request.getAsJsonObject("currentStatus").get("status").getAsString());
    JsonArray values = request.getAsJsonArray("requestFieldValues");
    assertEquals("Web app", value(values, "customfield_10050").getAsJsonObject().get("value").getAsString());
    assertEquals("10100", value(values, "customfield_10050").getAsJsonObject().get("id").getAsString());
    assertEquals("High", value(values, "priority").getAsJsonObject().get("name").getAsString());

    // The customer now has it among their own, and Jira has the issue.
    assertTrue(keys(sam().get("/request")).contains(key));
    JsonObject issue = fx.get(fx.jira("/rest/api/3/issue/" + key)).json().getAsJsonObject().getAsJsonObject("fields");
    assertEquals("Incident", issue.getAsJsonObject("issuetype").get("name").getAsString());
    assertEquals("Sam Customer", issue.getAsJsonObject("reporter").get("displayName").getAsString());
    assertEquals("High", issue.getAsJsonObject("priority").get("name").getAsString());
  }

  @Test
  void aMissingRequiredFieldIsRefusedWithJsmsMessageNamingTheField(SpecValidator spec) {
    TestHttp.Answer noSummary = assertResponseMatchesSpec(spec, fx.post(jsm("/request"),
        "{\"serviceDeskId\":\"1\",\"requestTypeId\":\"1\",\"requestFieldValues\":{}}"));
    assertEquals(400, noSummary.status());
    assertEquals(String.format(MISSING, "Summary"), errorMessage(noSummary));

    TestHttp.Answer noProduct = assertMatchesSpec(spec, fx.post(jsm("/request"), """
        {"serviceDeskId": "1", "requestTypeId": "2",
         "requestFieldValues": {"summary": "Broken", "description": "It broke."}}"""));
    assertEquals(400, noProduct.status());
    assertEquals(String.format(MISSING, "Affected product"), errorMessage(noProduct));

    TestHttp.Answer unknownOption = fx.post(jsm("/request"), """
        {"serviceDeskId": "1", "requestTypeId": "2", "requestFieldValues": {"summary": "Broken",
         "description": "It broke.", "customfield_10050": {"value": "Toaster"}}}""");
    assertEquals(String.format(MISSING, "Affected product"), errorMessage(unknownOption));

    TestHttp.Answer notOnTheForm = fx.post(jsm("/request"), """
        {"serviceDeskId": "1", "requestTypeId": "4", "requestFieldValues": {"summary": "Hi",
         "customfield_10050": {"id": "10100"}}}""");
    assertEquals(400, notOnTheForm.status());
    assertTrue(errorMessage(notOnTheForm).contains("'customfield_10050' is not on the form"), notOnTheForm.toString());

    TestHttp.Answer wrongDesk = fx.post(jsm("/request"),
        "{\"serviceDeskId\":\"7\",\"requestTypeId\":\"1\",\"requestFieldValues\":{\"summary\":\"x\"}}");
    assertEquals(400, wrongDesk.status());
    assertEquals(java.util.Set.of(), keys(fx.get(jsm("/request?requestOwnership=ALL_REQUESTS&searchTerm=Broken"))),
        "a refused request creates nothing");
  }

  @Test
  void onlyAgentsRaiseOnBehalfOfOthersAndOnlyForPeopleWhoExist(SpecValidator spec) {
    TestHttp.Answer customer = assertResponseMatchesSpec(spec, sam().post("/request", """
        {"serviceDeskId": "1", "requestTypeId": "4", "raiseOnBehalfOf": "%s",
         "requestFieldValues": {"summary": "For Lee"}}""".formatted(SeedUsers.CUSTOMER_LEE)));
    assertEquals(403, customer.status());
    TestHttp.Answer nobody = fx.post(jsm("/request"), """
        {"serviceDeskId": "1", "requestTypeId": "4", "raiseOnBehalfOf": "qm:no-such-customer",
         "requestFieldValues": {"summary": "For nobody"}}""");
    assertEquals(400, nobody.status());
    assertTrue(errorMessage(nobody).contains("qm:no-such-customer"), nobody.toString());
    TestHttp.Answer own = assertMatchesSpec(spec, sam().post("/request",
        "{\"serviceDeskId\":\"1\",\"requestTypeId\":\"4\",\"requestFieldValues\":{\"summary\":\"Can I export?\"}}"));
    assertEquals(201, own.status());
    assertEquals("Sam Customer", own.json().getAsJsonObject().getAsJsonObject("reporter").get("displayName")
        .getAsString());
  }

  @Test
  void aRequestTypeWithApprovalsStartsWaitingForItsFirstApproval(SpecValidator spec) {
    String key = raise(spec, """
        {"serviceDeskId": "1", "requestTypeId": "6",
         "requestFieldValues": {"summary": "A diagram tool", "description": "For architecture docs, 8 USD a month."}}""");
    JsonObject request = fx.get(jsm("/request/" + key)).json().getAsJsonObject();
    assertEquals("Waiting for approval", request.getAsJsonObject("currentStatus").get("status").getAsString());
    JsonArray approvals = assertMatchesSpec(spec, fx.get(jsm("/request/" + key + "/approval"))).json()
        .getAsJsonObject().getAsJsonArray("values");
    assertEquals(1, approvals.size());
    assertEquals("Budget approval", approvals.get(0).getAsJsonObject().get("name").getAsString());
    assertEquals("pending", approvals.get(0).getAsJsonObject().get("finalDecision").getAsString());
  }

  @Test
  void aCommentMustSayWhetherItIsPublic(SpecValidator spec) {
    TestHttp.Answer missing = assertResponseMatchesSpec(spec, fx.post(jsm("/request/SUP-11/comment"),
        "{\"body\":\"No visibility given\"}"));
    assertEquals(400, missing.status());
    assertTrue(errorMessage(missing).contains("public"), missing.toString());
    TestHttp.Answer note = assertMatchesSpec(spec, fx.post(jsm("/request/SUP-11/comment"),
        "{\"body\":\"Internal: checked the logs\",\"public\":false}"));
    assertEquals(201, note.status());
    assertFalse(note.json().getAsJsonObject().get("public").getAsBoolean());
    JsonObject jira = fx.get(fx.jira("/rest/api/3/issue/SUP-11/comment/" + note.json().getAsJsonObject().get("id")
        .getAsString())).json().getAsJsonObject();
    assertFalse(jira.get("jsdPublic").getAsBoolean());
  }

  private static JsonElement value(JsonArray values, String fieldId) {
    for (JsonElement value : values) {
      if (value.getAsJsonObject().get("fieldId").getAsString().equals(fieldId)) {
        return value.getAsJsonObject().get("value");
      }
    }
    throw new AssertionError(fieldId + " not in " + values);
  }
}
