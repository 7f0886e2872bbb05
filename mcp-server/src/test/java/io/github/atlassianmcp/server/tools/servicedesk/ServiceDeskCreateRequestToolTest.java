package io.github.atlassianmcp.server.tools.servicedesk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import io.github.atlassianmcp.sandbox.seed.SeedUsers;
import io.github.atlassianmcp.server.testkit.InProcessServer;
import io.github.atlassianmcp.server.testkit.SiteRest;
import io.github.atlassianmcp.server.testkit.ToolCall;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The SUP desk's "Report a bug" needs a description and "Which product is affected?" (a select); "Request a refund"
 * an "Invoice number" (text). Morgan, signed in, is an agent and may raise requests for customers.
 */
class ServiceDeskCreateRequestToolTest {

  @RegisterExtension
  static final InProcessServer SERVER = new InProcessServer();

  private static final Pattern KEY = Pattern.compile("^Raised (SUP-\\d+) ");

  private static JsonObject request(String answer) {
    Matcher key = KEY.matcher(answer);
    assertTrue(key.find(), answer);
    return new SiteRest(SERVER.sandbox()).get("/rest/servicedeskapi/request/" + key.group(1)).getAsJsonObject();
  }

  private static String field(JsonObject request, String fieldId) {
    for (JsonElement field : request.getAsJsonArray("requestFieldValues")) {
      if (field.getAsJsonObject().get("fieldId").getAsString().equals(fieldId)) {
        JsonElement value = field.getAsJsonObject().get("value");
        return value.isJsonObject() ? value.getAsJsonObject().get("value").getAsString() : value.getAsString();
      }
    }
    throw new AssertionError("no " + fieldId + " in " + request);
  }

  @Test
  void aRequestTypeNamedWithAMissingRequiredFieldIsRefusedBeforeAnythingIsSent() {
    ToolCall call = SERVER.call("servicedesk_create_request", Map.of("request_type", "report a bug",
        "summary", "Export is empty", "fields", Map.of("Which product is affected?", "Desktop")));
    assertTrue(call.isError(), call.text());
    assertEquals("""
        Invalid arguments for servicedesk_create_request: "Report a bug" cannot be raised as given (nothing was sent):
        - Which product is affected? (customfield_10050): "Desktop" is not one of Web app, Mobile app, Public API, \
        Billing.
        - Describe what happened (description) is required: give description.
        - Which product is affected? (customfield_10050) is required: one of Web app, Mobile app, Public API, \
        Billing. Set it in fields, e.g. {"Which product is affected?": "Web app"}.""", call.text());
    assertEquals(0, call.requests("POST", "/rest/servicedeskapi/request").size(), call.exchanges().toString());
    assertFalse(call.wrote(), call.exchanges().toString());
  }

  @Test
  void raisedByNameForACustomerFoundByEmailWithFieldsByLabelAndMarkdown() {
    ToolCall call = SERVER.call("servicedesk_create_request", Map.of("request_type", "Report a bug",
        "summary", "Export of June is empty", "description", "Steps:\n\n1. open **Export**\n2. pick June",
        "fields", Map.of("Which product is affected?", "billing", "priority", "High"),
        "on_behalf_of", "SAM@customer.example.org"));
    assertFalse(call.isError(), call.text());
    assertTrue(call.text().matches("(?s)Raised SUP-\\d+ \\(Report a bug\\) for Sam Customer: Export of June is empty\n"
        + "Status: Waiting for support\nhttp.*/servicedesk/customer/portal/1/SUP-\\d+"), call.text());
    JsonObject request = request(call.text());
    assertEquals(SeedUsers.CUSTOMER_SAM, request.getAsJsonObject("reporter").get("accountId").getAsString());
    assertEquals("Billing", field(request, "customfield_10050"));
    assertTrue(field(request, "description").contains("# open *Export*\n# pick June"), request.toString());
    String sent = call.requests("POST", "/rest/servicedeskapi/request").get(0).requestBody();
    assertTrue(sent.contains("\"description\":\"Steps:\\n\\n# open *Export*\\n# pick June\""), sent);
    assertTrue(sent.contains("\"customfield_10050\":{\"id\":\"10103\"}"), sent);
    assertTrue(sent.contains("\"raiseOnBehalfOf\":\"" + SeedUsers.CUSTOMER_SAM + "\""), sent);
  }

  @Test
  void aRequestTypeByIdWithATextFieldOnTheNamedDesk() {
    String answer = SERVER.text("servicedesk_create_request", Map.of("request_type", "3", "service_desk",
        "Customer Support", "summary", "Refund the March seat", "fields", Map.of("customfield_10051", "INV-2301")));
    assertTrue(answer.startsWith("Raised SUP-"), answer);
    JsonObject request = request(answer);
    assertEquals("INV-2301", field(request, "customfield_10051"));
    assertEquals(SeedUsers.CURRENT, request.getAsJsonObject("reporter").get("accountId").getAsString());
  }

  @Test
  void aCustomerByNameAndAmbiguousOrUnknownPeople() {
    Map<String, Object> arguments = new HashMap<>(Map.of("request_type", "Ask a question",
        "summary", "Can we get SSO?", "on_behalf_of", "Lee Portal"));
    String answer = SERVER.text("servicedesk_create_request", arguments);
    assertTrue(answer.contains(" for Lee Portal: "), answer);

    // Jira's user search matches the start of a name's words or of a visible email: "Lee" is Lee Portal and
    // Morgan Lee.
    arguments.put("on_behalf_of", "Lee");
    ToolCall several = SERVER.call("servicedesk_create_request", arguments);
    assertTrue(several.text().contains("Several people match on_behalf_of \"Lee\": "), several.text());
    assertTrue(several.text().contains("Lee Portal <lee@customer.example.org> (customer)")
        && several.text().contains("Morgan Lee") && several.text().endsWith("Give the email of the one you mean."),
        several.text());
    assertFalse(several.wrote());

    arguments.put("on_behalf_of", "nobody@nowhere.example");
    assertTrue(SERVER.error("servicedesk_create_request", arguments).contains("No active person matches"
        + " on_behalf_of \"nobody@nowhere.example\""));
  }

  @Test
  void unknownRequestTypesDesksAndFieldsAreNamedWithWhatThereIs() {
    String type = SERVER.error("servicedesk_create_request", Map.of("request_type", "Order pizza",
        "summary", "Lunch"));
    assertTrue(type.contains("No request type \"Order pizza\" on SUP (Customer Support). Request types: Get help"
        + " with your account (id 1), Report a bug (id 2),"), type);
    String desk = SERVER.error("servicedesk_create_request", Map.of("request_type", "Ask a question",
        "summary", "Lunch", "service_desk", "HR"));
    assertTrue(desk.contains("No service desk \"HR\". Service desks: SUP (Customer Support, id 1)."), desk);
    String field = SERVER.error("servicedesk_create_request", Map.of("request_type", "Ask a question",
        "summary", "Lunch", "fields", Map.of("Browser", "Firefox")));
    assertTrue(field.contains("- \"Browser\" is not a field of this request type. Its fields: What is your"
        + " question? (summary), Details (description)."), field);
  }
}
