package io.github.atlassianmcp.sandbox.servicedesk;

import static io.github.atlassianmcp.sandbox.SpecCheck.assertMatchesSpec;
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
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Queues: agents only, counted on request, their issues with the queue's columns, run for the agent asking. */
class QueueTest extends ServiceDeskSandboxTest {

  @Test
  void queuesAreListedWithoutCountsUnlessAskedFor(SpecValidator spec) {
    JsonArray plain = assertMatchesSpec(spec, fx.get(jsm("/servicedesk/1/queue"))).json().getAsJsonObject()
        .getAsJsonArray("values");
    assertEquals(6, plain.size());
    assertEquals("All open requests", plain.get(0).getAsJsonObject().get("name").getAsString());
    plain.forEach(queue -> assertFalse(queue.getAsJsonObject().has("issueCount"), queue.toString()));

    JsonObject counted = assertMatchesSpec(spec, fx.get(jsm("/servicedesk/SUP/queue?includeCount=true"))).json()
        .getAsJsonObject();
    for (JsonElement queue : counted.getAsJsonArray("values")) {
      String id = queue.getAsJsonObject().get("id").getAsString();
      int listed = assertMatchesSpec(spec, fx.get(jsm("/servicedesk/1/queue/" + id + "/issue?limit=50"))).json()
          .getAsJsonObject().get("size").getAsInt();
      assertEquals(listed, queue.getAsJsonObject().get("issueCount").getAsInt(), queue.toString());
    }
    JsonObject one = assertMatchesSpec(spec, fx.get(jsm("/servicedesk/1/queue/5?includeCount=true"))).json()
        .getAsJsonObject();
    assertEquals("Waiting for approval", one.get("name").getAsString());
    assertEquals(2, one.get("issueCount").getAsInt());
  }

  @Test
  void aQueuesIssuesCarryOnlyItsColumnsInItsOrder(SpecValidator spec) {
    JsonObject page = assertMatchesSpec(spec, fx.get(jsm("/servicedesk/1/queue/3/issue"))).json().getAsJsonObject();
    JsonArray issues = page.getAsJsonArray("values");
    assertFalse(issues.isEmpty());
    List<String> created = new ArrayList<>();
    for (JsonElement issue : issues) {
      JsonObject fields = issue.getAsJsonObject().getAsJsonObject("fields");
      assertEquals(Set.of("issuetype", "summary", "reporter", "assignee", "status", "priority", "created"),
          fields.keySet(), issue.toString());
      assertTrue(fields.get("assignee").isJsonNull(), "the unassigned queue: " + issue);
      assertFalse(fields.getAsJsonObject("status").getAsJsonObject("statusCategory").get("key").getAsString()
          .equals("done"), issue.toString());
      created.add(fields.get("created").getAsString());
    }
    List<String> sorted = new ArrayList<>(created);
    sorted.sort(null);
    assertEquals(sorted, created, "oldest first, as the queue's JQL orders it");
  }

  @Test
  void assignedToMeIsTheAskingAgentsQueue(SpecValidator spec) {
    Set<String> morgans = issueKeys(assertMatchesSpec(spec, fx.get(jsm("/servicedesk/1/queue/2/issue"))));
    Set<String> jonass = issueKeys(as(SeedUsers.JONAS).get("/servicedesk/1/queue/2/issue"));
    assertTrue(morgans.contains("SUP-2") && !morgans.contains("SUP-9"), morgans.toString());
    assertTrue(jonass.contains("SUP-9") && !jonass.contains("SUP-2"), jonass.toString());
  }

  @Test
  void customersHaveNoQueuesAndUnknownQueuesAre404(SpecValidator spec) {
    TestHttp.Answer customer = assertMatchesSpec(spec, sam().get("/servicedesk/1/queue"));
    assertEquals(403, customer.status());
    assertEquals(403, sam().get("/servicedesk/1/queue/1/issue").status());
    assertEquals(404, assertMatchesSpec(spec, fx.get(jsm("/servicedesk/1/queue/77/issue"))).status());
  }

  private static Set<String> issueKeys(TestHttp.Answer answer) {
    Set<String> keys = new HashSet<>();
    answer.json().getAsJsonObject().getAsJsonArray("values")
        .forEach(issue -> keys.add(issue.getAsJsonObject().get("key").getAsString()));
    return keys;
  }
}
