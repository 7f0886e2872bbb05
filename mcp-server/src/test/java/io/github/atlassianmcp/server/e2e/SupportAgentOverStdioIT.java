package io.github.atlassianmcp.server.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import io.github.atlassianmcp.sandbox.seed.SeedUsers;
import io.github.atlassianmcp.server.testkit.SiteRest;
import io.modelcontextprotocol.spec.McpSchema;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * A support agent's day with the packaged server over stdio, signed in to the sandbox over OAuth: work the
 * unassigned queue, read a request, leave an internal note and answer the customer, raise a request for a
 * customer (after a refusal that names the missing field), decide an approval once, and find the new request in the
 * desk's list. What the writes stored is read back from the site; on close, every call the server made is checked
 * against the operations its tools declare.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SupportAgentOverStdioIT {

  private static final Pattern RAISED = Pattern.compile("^Raised (SUP-\\d+) ");
  private static final Pattern COMMENT = Pattern.compile("\\(comment (\\d+)\\)");

  private final SandboxServer site = new SandboxServer(Map.of());

  @AfterAll
  void stop() {
    site.close();
  }

  @Test
  @SuppressWarnings("unchecked")
  void aSupportAgentsDay() {
    List<String> tools = site.server().client().listTools().tools().stream().map(McpSchema.Tool::name)
        .filter(name -> name.startsWith("servicedesk_")).sorted().toList();
    assertEquals(List.of("servicedesk_add_comment", "servicedesk_answer_approval", "servicedesk_create_request",
        "servicedesk_get_request", "servicedesk_list_queue_issues", "servicedesk_list_queues",
        "servicedesk_list_request_types", "servicedesk_list_requests"), tools);

    assertTrue(site.text("servicedesk_list_queues", Map.of()).contains("| Unassigned requests | 3 | 4 |"));
    McpSchema.CallToolResult queue = site.server().call("servicedesk_list_queue_issues",
        Map.of("queue", "Unassigned requests"));
    List<Map<String, Object>> issues = (List<Map<String, Object>>) ((Map<String, Object>) queue.structuredContent())
        .get("issues");
    assertTrue(issues.stream().anyMatch(issue -> "SUP-14".equals(issue.get("key"))), issues.toString());

    assertTrue(site.text("servicedesk_get_request", Map.of("issue_key", "SUP-14"))
        .startsWith("# SUP-14: Charged in USD instead of EUR"));
    String note = site.text("servicedesk_add_comment", Map.of("issue_key", "SUP-14",
        "comment", "Billing region is **US** on the account; switching it.", "public", false));
    String reply = site.text("servicedesk_add_comment", Map.of("issue_key", "SUP-14",
        "comment", "Sorry about that, Sam: the refund of the difference is on its way."));
    SiteRest agent = new SiteRest(site.sandbox());
    assertFalse(comment(agent, "SUP-14", note).get("public").getAsBoolean(), note);
    assertTrue(comment(agent, "SUP-14", reply).get("public").getAsBoolean(), reply);
    String customerView = new SiteRest(site.sandbox()).as(SeedUsers.CUSTOMER_SAM)
        .get("/rest/servicedeskapi/request/SUP-14/comment").toString();
    assertTrue(customerView.contains("refund of the difference") && !customerView.contains("Billing region"),
        customerView);

    assertTrue(site.text("servicedesk_list_request_types", Map.of()).contains("**Report a bug** (id 2)"));
    Map<String, Object> bug = Map.of("request_type", "Report a bug", "summary", "Webhooks retry forever",
        "description", "Deliveries to a *410* endpoint are retried every minute.", "on_behalf_of", "Lee Portal");
    String refused = site.error("servicedesk_create_request", bug);
    assertTrue(refused.contains("Which product is affected? (customfield_10050) is required: one of Web app, Mobile"
        + " app, Public API, Billing."), refused);
    String raised = site.text("servicedesk_create_request", Map.of("request_type", "Report a bug",
        "summary", "Webhooks retry forever", "description", "Deliveries to a *410* endpoint are retried.",
        "on_behalf_of", "Lee Portal", "fields", Map.of("Which product is affected?", "Public API")));
    Matcher key = RAISED.matcher(raised);
    assertTrue(key.find(), raised);
    JsonObject created = agent.get("/rest/servicedeskapi/request/" + key.group(1)).getAsJsonObject();
    assertEquals(SeedUsers.CUSTOMER_LEE, created.getAsJsonObject("reporter").get("accountId").getAsString());

    assertTrue(site.text("servicedesk_answer_approval", Map.of("issue_key", "SUP-17", "decision", "approve"))
        .startsWith("Approved on SUP-17: approval \"Account owner approval\""));
    String twice = site.error("servicedesk_answer_approval", Map.of("issue_key", "SUP-17", "decision", "decline"));
    assertTrue(twice.startsWith("SUP-17 was already decided, and a decision is final"), twice);

    String open = site.text("servicedesk_list_requests", Map.of("search", "Webhooks retry"));
    assertTrue(open.startsWith("1 open requests of SUP (every request: you are an agent there)"), open);
    assertTrue(open.contains(key.group(1)), open);
  }

  private static JsonObject comment(SiteRest rest, String key, String answer) {
    Matcher id = COMMENT.matcher(answer);
    assertTrue(id.find(), answer);
    JsonElement comment = rest.get("/rest/servicedeskapi/request/" + key + "/comment/" + id.group(1));
    return comment.getAsJsonObject();
  }
}
