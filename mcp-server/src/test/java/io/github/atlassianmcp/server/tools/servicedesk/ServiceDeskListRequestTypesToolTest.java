package io.github.atlassianmcp.server.tools.servicedesk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.atlassianmcp.server.testkit.InProcessServer;
import io.github.atlassianmcp.server.testkit.ToolCall;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class ServiceDeskListRequestTypesToolTest {

  @RegisterExtension
  static final InProcessServer SERVER = new InProcessServer();

  @Test
  void eachTypeWithItsRequiredFieldsTheirTypesAndAllowedValues() {
    ToolCall call = SERVER.call("servicedesk_list_request_types", Map.of());
    String text = call.text();
    assertTrue(text.startsWith("6 request types of SUP (Customer Support)."), text);
    assertTrue(text.contains("""
        - **Report a bug** (id 2): Something in Phoenix does not work as it should.
          Required: summary; description; Which product is affected? (customfield_10050, select: Web app, Mobile app, \
        Public API, Billing)
          Optional: How urgent is it? (priority, priority: Highest, High, Medium, Low, Lowest)"""), text);
    assertTrue(text.contains("  Required: summary; Invoice number (customfield_10051, text)\n"), text);
  }

  @Test
  @SuppressWarnings("unchecked")
  void theStructuredAnswerHasEveryFieldOfEachForm() {
    ToolCall call = SERVER.call("servicedesk_list_request_types", Map.of("service_desk", "SUP"));
    assertEquals("SUP", call.structured().get("service_desk"));
    List<Map<String, Object>> types = (List<Map<String, Object>>) call.structured().get("request_types");
    assertEquals(6, types.size());
    Map<String, Object> bug = types.get(1);
    assertEquals("Report a bug", bug.get("name"));
    assertEquals(Map.of("id", "customfield_10050", "name", "Which product is affected?", "type", "select",
        "required", true, "allowed_values", List.of("Web app", "Mobile app", "Public API", "Billing")),
        ((List<Map<String, Object>>) bug.get("fields")).get(2));
  }
}
