package io.github.atlassianmcp.sandbox.jira;

import static io.github.atlassianmcp.sandbox.SpecCheck.assertMatchesSpec;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import io.github.atlassianmcp.sandbox.SandboxTest;
import io.github.atlassianmcp.sandbox.TestHttp;
import io.github.atlassianmcp.testing.SpecValidator;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class JiraLinksTest extends SandboxTest {

  @Test
  void theDefaultLinkTypesWithTheirPhrases(SpecValidator spec) {
    JsonArray types = assertMatchesSpec(spec, fx.get(fx.jira("/rest/api/3/issueLinkType"))).json().getAsJsonObject()
        .getAsJsonArray("issueLinkTypes");
    List<String> described = new ArrayList<>();
    types.forEach(type -> described.add(type.getAsJsonObject().get("name").getAsString() + ": "
        + type.getAsJsonObject().get("outward").getAsString() + " / " + type.getAsJsonObject().get("inward")
        .getAsString()));
    assertEquals(List.of("Blocks: blocks / is blocked by", "Cloners: clones / is cloned by",
        "Duplicate: duplicates / is duplicated by", "Relates: relates to / relates to"), described);
    assertEquals("Blocks", assertMatchesSpec(spec, fx.get(fx.jira("/rest/api/3/issueLinkType/10000"))).json()
        .getAsJsonObject().get("name").getAsString());
  }

  /**
   * As on Jira Cloud: the request's inwardIssue reads the outward phrase. {inwardIssue: A, outwardIssue: B,
   * Blocks} is "A blocks B", which A shows with B as outwardIssue and B shows with A as inwardIssue.
   */
  @Test
  void theInwardIssueOfTheRequestIsTheOneThatBlocks(SpecValidator spec) {
    String a = JiraIssueTest.create(fx, "A blocks B");
    String b = JiraIssueTest.create(fx, "B is blocked by A");
    TestHttp.Answer created = assertMatchesSpec(spec, fx.post(fx.jira("/rest/api/3/issueLink"),
        "{\"type\":{\"name\":\"Blocks\"},\"inwardIssue\":{\"key\":\"" + a + "\"},\"outwardIssue\":{\"key\":\"" + b
            + "\"},\"comment\":{\"body\":" + JiraIssueTest.ADF + "}}"));
    assertEquals(201, created.status(), created.toString());
    assertEquals("", created.body());

    JsonObject onA = onlyLink(a);
    assertEquals(b, onA.getAsJsonObject("outwardIssue").get("key").getAsString());
    assertFalse(onA.has("inwardIssue"));
    assertEquals("blocks", onA.getAsJsonObject("type").get("outward").getAsString());
    JsonObject onB = onlyLink(b);
    assertEquals(a, onB.getAsJsonObject("inwardIssue").get("key").getAsString());
    assertFalse(onB.has("outwardIssue"));
    assertEquals(onA.get("id"), onB.get("id"));

    JsonObject link = assertMatchesSpec(spec, fx.get(fx.jira("/rest/api/3/issueLink/"
        + onA.get("id").getAsString()))).json().getAsJsonObject();
    assertEquals(a, link.getAsJsonObject("inwardIssue").get("key").getAsString());
    assertEquals(b, link.getAsJsonObject("outwardIssue").get("key").getAsString());
    assertTrue(JiraHistory.items(fx, a).contains("Link: null -> This issue blocks " + b));
    assertTrue(JiraHistory.items(fx, b).contains("Link: null -> This issue is blocked by " + a));
    // The comment goes on the outward issue, the one the reference calls "from".
    assertEquals(1, comments(b));
    assertEquals(0, comments(a));

    // The same link again is answered as created and not made twice.
    assertEquals(201, fx.post(fx.jira("/rest/api/3/issueLink"), "{\"type\":{\"id\":\"10000\"},\"inwardIssue\":"
        + "{\"key\":\"" + a + "\"},\"outwardIssue\":{\"key\":\"" + b + "\"}}").status());
    assertEquals(1, links(a).size());

    assertEquals(204, assertMatchesSpec(spec, fx.delete(fx.jira("/rest/api/3/issueLink/"
        + onA.get("id").getAsString()))).status());
    assertEquals(0, links(a).size());
    assertEquals(0, links(b).size());
    assertTrue(JiraHistory.items(fx, b).contains("Link: This issue is blocked by " + a + " -> null"));
    assertEquals(404, fx.get(fx.jira("/rest/api/3/issueLink/" + onA.get("id").getAsString())).status());
  }

  @Test
  void theOtherDirectionAndASymmetricType() {
    String c = JiraIssueTest.create(fx, "C is blocked by D");
    String d = JiraIssueTest.create(fx, "D blocks C");
    fx.post(fx.jira("/rest/api/3/issueLink"), "{\"type\":{\"name\":\"Blocks\"},\"inwardIssue\":{\"key\":\"" + d
        + "\"},\"outwardIssue\":{\"key\":\"" + c + "\"}}");
    fx.post(fx.jira("/rest/api/3/issueLink"), "{\"type\":{\"name\":\"Relates\"},\"inwardIssue\":{\"key\":\"" + c
        + "\"},\"outwardIssue\":{\"key\":\"" + d + "\"}}");
    List<String> onC = new ArrayList<>();
    for (JsonElement link : links(c)) {
      JsonObject json = link.getAsJsonObject();
      boolean outward = json.has("outwardIssue");
      onC.add((outward ? json.getAsJsonObject("type").get("outward") : json.getAsJsonObject("type").get("inward"))
          .getAsString() + " " + json.getAsJsonObject(outward ? "outwardIssue" : "inwardIssue").get("key")
          .getAsString());
    }
    assertEquals(List.of("is blocked by " + d, "relates to " + d), onC);
  }

  @Test
  void unknownTypesAndIssuesAreRefused(SpecValidator spec) {
    TestHttp.Answer type = assertMatchesSpec(spec, fx.post(fx.jira("/rest/api/3/issueLink"),
        "{\"type\":{\"name\":\"Causes\"},\"inwardIssue\":{\"key\":\"PROJ-1\"},\"outwardIssue\":{\"key\":\"PROJ-2\"}}"));
    assertEquals(404, type.status());
    assertEquals(List.of("No issue link type with name 'Causes' found."), JiraSearchTest.messages(type));
    TestHttp.Answer issue = fx.post(fx.jira("/rest/api/3/issueLink"),
        "{\"type\":{\"name\":\"Blocks\"},\"inwardIssue\":{\"key\":\"PROJ-1\"},\"outwardIssue\":{\"key\":\"PROJ-999\"}}");
    assertEquals(404, issue.status());
    assertEquals(404, fx.delete(fx.jira("/rest/api/3/issueLink/1")).status());
  }

  @Test
  void theSeededLinksReadFromBothSides() {
    JsonArray rich = links("PROJ-12");
    assertEquals("PROJ-34", rich.get(0).getAsJsonObject().getAsJsonObject("outwardIssue").get("key").getAsString());
    assertEquals("PROJ-32", rich.get(1).getAsJsonObject().getAsJsonObject("inwardIssue").get("key").getAsString());
    assertEquals("PROJ-12", links("PROJ-34").get(0).getAsJsonObject().getAsJsonObject("inwardIssue").get("key")
        .getAsString());
    assertEquals("Duplicate", links("PROJ-39").get(0).getAsJsonObject().getAsJsonObject("type").get("name")
        .getAsString());
  }

  private JsonObject onlyLink(String key) {
    JsonArray links = links(key);
    assertEquals(1, links.size(), links.toString());
    return links.get(0).getAsJsonObject();
  }

  private JsonArray links(String key) {
    return fx.get(fx.jira("/rest/api/3/issue/" + key + "?fields=issuelinks")).json().getAsJsonObject()
        .getAsJsonObject("fields").getAsJsonArray("issuelinks");
  }

  private int comments(String key) {
    return fx.get(fx.jira("/rest/api/3/issue/" + key + "/comment")).json().getAsJsonObject().get("total").getAsInt();
  }
}
