package io.github.atlassianmcp.sandbox.jira;

import static io.github.atlassianmcp.sandbox.SpecCheck.assertMatchesSpec;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import io.github.atlassianmcp.sandbox.SandboxTest;
import io.github.atlassianmcp.sandbox.TestHttp;
import io.github.atlassianmcp.testing.SpecValidator;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class JiraSearchTest extends SandboxTest {

  /** Every PROJ issue with its fields, fetched once; the expectations below are computed from it. */
  private List<JsonObject> proj;

  @BeforeAll
  void start() {
    proj = all("project = PROJ ORDER BY key ASC", "summary,status,assignee,priority,labels,created,updated,"
        + "description,issuetype,parent");
  }

  @Test
  void pagingWithNextPageTokenReachesTheLastPage(SpecValidator spec) {
    List<String> keys = new ArrayList<>();
    String token = null;
    int pages = 0;
    while (true) {
      String url = fx.jira("/rest/api/3/search/jql?jql=" + TestHttp.enc("project = PROJ ORDER BY key ASC")
          + "&maxResults=50&fields=summary" + (token == null ? "" : "&nextPageToken=" + TestHttp.enc(token)));
      TestHttp.Answer answer = assertMatchesSpec(spec, fx.get(url));
      assertEquals(200, answer.status());
      JsonObject page = answer.json().getAsJsonObject();
      page.getAsJsonArray("issues").forEach(issue -> keys.add(issue.getAsJsonObject().get("key").getAsString()));
      pages++;
      if (page.get("isLast").getAsBoolean()) {
        assertNull(page.get("nextPageToken"));
        break;
      }
      token = page.get("nextPageToken").getAsString();
    }
    assertEquals(3, pages);
    assertEquals(130, keys.size());
    assertEquals(130, new LinkedHashSet<>(keys).size());
    assertEquals("PROJ-1", keys.get(0));
    assertEquals("PROJ-130", keys.get(129));
  }

  @Test
  void postSearchSelectsFieldsAndNamesAndMatchesTheSpec(SpecValidator spec) {
    TestHttp.Answer answer = assertMatchesSpec(spec, fx.post(fx.jira("/rest/api/3/search/jql"),
        "{\"jql\":\"project = DEMO ORDER BY created ASC\",\"maxResults\":5,\"fields\":[\"summary\",\"status\","
            + "\"assignee\"],\"expand\":\"names\"}"));
    assertEquals(200, answer.status(), answer.toString());
    JsonObject page = answer.json().getAsJsonObject();
    JsonObject first = page.getAsJsonArray("issues").get(0).getAsJsonObject();
    assertEquals("DEMO-1", first.get("key").getAsString());
    assertEquals(Set.of("summary", "status", "assignee"), first.getAsJsonObject("fields").keySet());
    assertEquals("Summary", page.getAsJsonObject("names").get("summary").getAsString());
    assertFalse(page.get("isLast").getAsBoolean());
  }

  @Test
  void withoutFieldsOnlyTheIdComesBack(SpecValidator spec) {
    TestHttp.Answer answer = assertMatchesSpec(spec,
        fx.get(fx.jira("/rest/api/3/search/jql?jql=" + TestHttp.enc("project = DEMO"))));
    JsonObject issue = answer.json().getAsJsonObject().getAsJsonArray("issues").get(0).getAsJsonObject();
    assertEquals(Set.of("id"), issue.keySet());
  }

  @Test
  void theRemovedSearchAnswers410AsCloudDoes() {
    String body = "{\"errorMessages\":[\"The requested API has been removed. Please migrate to the"
        + " /rest/api/3/search/jql API. A full migration guideline is available at"
        + " https://developer.atlassian.com/changelog/#CHANGE-2046\"],\"errors\":{}}";
    TestHttp.Answer get = fx.get(fx.jira("/rest/api/3/search?jql=project%3DPROJ"));
    assertEquals(410, get.status());
    assertEquals(body, get.body());
    TestHttp.Answer post = fx.post(fx.site("/rest/api/3/search"), "{\"jql\":\"project = PROJ\"}");
    assertEquals(410, post.status());
    assertEquals(body, post.body());
  }

  @Test
  void anUnboundedQueryIsRefused(SpecValidator spec) {
    TestHttp.Answer answer = assertMatchesSpec(spec,
        fx.get(fx.jira("/rest/api/3/search/jql?jql=" + TestHttp.enc("ORDER BY created DESC"))));
    assertEquals(400, answer.status());
    assertEquals("{\"errorMessages\":[\"Unbounded JQL queries are not allowed here. Please add a search restriction"
        + " to your query.\"],\"errors\":{}}", answer.body());
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "project = PROJ status|Error in the JQL Query: Expecting either 'OR' or 'AND' but got 'status'. (line 1,"
          + " character 16)",
      "colour = red|Field 'colour' does not exist or you do not have permission to view it.",
      "status = Shipped|The value 'Shipped' does not exist for the field 'status'.",
      "project = NOPE|The value 'NOPE' does not exist for the field 'project'.",
      "assignee = noSuchFunction()|Unable to find JQL function 'noSuchFunction()'.",
      "status = currentUser()|A value provided by the function 'currentUser' is invalid for the field 'status'.",
      "text = export|The operator '=' is not supported by the 'text' field.",
      "updated >= yesterday|Date value 'yesterday' for field 'updated' is invalid. Valid formats include:"
          + " 'yyyy/MM/dd HH:mm', 'yyyy-MM-dd HH:mm', 'yyyy/MM/dd', 'yyyy-MM-dd', or a period format e.g. '-5d',"
          + " '4w 2d'.",
      "key = PROJ-999|An issue with key 'PROJ-999' does not exist for field 'key'.",
      "project = PROJ ORDER BY zzfield|Field 'zzfield' does not exist or you do not have permission to view it.",
  })
  void badJqlGetsJirasMessage(String jql, String message, SpecValidator spec) {
    TestHttp.Answer answer = assertMatchesSpec(spec,
        fx.post(fx.jira("/rest/api/3/search/jql"), "{\"jql\":\"" + jql.replace("\"", "\\\"") + "\"}"));
    assertEquals(400, answer.status(), answer.toString());
    assertEquals(List.of(message), messages(answer));
  }

  @Test
  void everyProblemOfAQueryIsListed() {
    TestHttp.Answer answer = fx.get(fx.jira("/rest/api/3/search/jql?jql="
        + TestHttp.enc("colour = red AND status = Shipped")));
    assertEquals(List.of("Field 'colour' does not exist or you do not have permission to view it.",
        "The value 'Shipped' does not exist for the field 'status'."), messages(answer));
  }

  @Test
  void assigneeCurrentUserFindsTheCallersIssues() {
    String me = fx.sandbox.currentUser().accountId();
    assertEquals(keys(issue -> me.equals(accountId(issue, "assignee"))),
        search("project = PROJ AND assignee = currentUser() ORDER BY key ASC"));
    assertEquals(keys(issue -> accountId(issue, "assignee") == null),
        search("project = PROJ AND assignee is EMPTY ORDER BY key ASC"));
    assertEquals(keys(issue -> accountId(issue, "assignee") != null && !me.equals(accountId(issue, "assignee"))),
        search("project = PROJ AND assignee != currentUser() ORDER BY key ASC"));
  }

  @Test
  void statusAndStatusCategoryAndNot() {
    assertEquals(keys(issue -> category(issue).equals("indeterminate")),
        search("project = PROJ AND statusCategory = \"In Progress\" ORDER BY key ASC"));
    assertEquals(keys(issue -> !status(issue).equals("Done")),
        search("project = PROJ AND NOT status = Done ORDER BY key ASC"));
    assertEquals(keys(issue -> List.of("To Do", "Done").contains(status(issue))),
        search("project = PROJ AND status in (\"To Do\", Done) ORDER BY key ASC"));
  }

  @Test
  void textAndSummarySearch() {
    List<String> checkout = search("project = PROJ AND summary ~ \"checkout\" ORDER BY key ASC");
    assertEquals(keys(issue -> summary(issue).toLowerCase().contains("checkout")), checkout);
    assertFalse(checkout.isEmpty());
    List<String> text = search("project = PROJ AND text ~ \"retries\" ORDER BY key ASC");
    assertTrue(text.size() > keys(issue -> summary(issue).contains("retries")).size(),
        "text search also looks in descriptions and comments");
  }

  @Test
  void relativeDatesAndOrdering() {
    Instant weekAgo = Instant.now().minusSeconds(7 * 24 * 3600 + 60);
    List<String> recent = search("project = PROJ AND updated >= -7d ORDER BY key ASC");
    assertEquals(keys(issue -> date(issue, "updated").isAfter(weekAgo)), recent);
    assertFalse(recent.isEmpty());

    List<String> byPriority = search("project = PROJ ORDER BY priority DESC, key ASC");
    List<Integer> ranks = byPriority.stream().map(key -> Integer.parseInt(field(key, "priority").get("id")
        .getAsString())).toList();
    for (int i = 1; i < ranks.size(); i++) {
      assertTrue(ranks.get(i) >= ranks.get(i - 1), "priority DESC puts Highest (1) first");
    }
    List<String> newest = search("project = PROJ ORDER BY created DESC");
    assertEquals("PROJ-130", newest.get(0));
    assertEquals(search("project = PROJ ORDER BY created DESC"), search("project = PROJ"));
  }

  @Test
  void keysLabelsParentsAndOr() {
    assertEquals(List.of("PROJ-1", "PROJ-3"), search("key in (PROJ-3, proj-1) ORDER BY key ASC"));
    assertEquals(keys(issue -> labels(issue).contains("api") || labels(issue).contains("security")),
        search("project = PROJ AND (labels = api OR labels = security) ORDER BY key ASC"));
    assertEquals(keys(issue -> "PROJ-1".equals(parent(issue))), search("parent = PROJ-1 ORDER BY key ASC"));
  }

  @Test
  void approximateCountCountsTheMatches(SpecValidator spec) {
    TestHttp.Answer answer = assertMatchesSpec(spec, fx.post(fx.jira("/rest/api/3/search/approximate-count"),
        "{\"jql\":\"project = PROJ AND statusCategory = Done\"}"));
    assertEquals(keys(issue -> category(issue).equals("done")).size(),
        answer.json().getAsJsonObject().get("count").getAsInt());
  }

  @Test
  void aForeignPageTokenIsRefused() {
    TestHttp.Answer first = fx.get(fx.jira("/rest/api/3/search/jql?maxResults=2&jql=" + TestHttp.enc("project = PROJ")));
    String token = first.json().getAsJsonObject().get("nextPageToken").getAsString();
    TestHttp.Answer other = fx.get(fx.jira("/rest/api/3/search/jql?jql=" + TestHttp.enc("project = DEMO")
        + "&nextPageToken=" + TestHttp.enc(token)));
    assertEquals(400, other.status());
  }

  // --- helpers: the expectations are computed from the issues as the API returned them ---

  private List<JsonObject> all(String jql, String fields) {
    List<JsonObject> issues = new ArrayList<>();
    String token = null;
    do {
      TestHttp.Answer answer = fx.get(fx.jira("/rest/api/3/search/jql?maxResults=100&jql=" + TestHttp.enc(jql)
          + "&fields=" + fields + (token == null ? "" : "&nextPageToken=" + TestHttp.enc(token))));
      JsonObject page = answer.json().getAsJsonObject();
      page.getAsJsonArray("issues").forEach(issue -> issues.add(issue.getAsJsonObject()));
      token = page.has("nextPageToken") ? page.get("nextPageToken").getAsString() : null;
    } while (token != null);
    return issues;
  }

  private List<String> search(String jql) {
    return all(jql, "key").stream().map(issue -> issue.get("key").getAsString()).toList();
  }

  private List<String> keys(Predicate<JsonObject> filter) {
    return proj.stream().filter(filter).map(issue -> issue.get("key").getAsString()).toList();
  }

  private JsonObject field(String key, String field) {
    return proj.stream().filter(issue -> issue.get("key").getAsString().equals(key)).findFirst().orElseThrow()
        .getAsJsonObject("fields").getAsJsonObject(field);
  }

  private static String accountId(JsonObject issue, String field) {
    JsonElement user = issue.getAsJsonObject("fields").get(field);
    return user == null || user.isJsonNull() ? null : user.getAsJsonObject().get("accountId").getAsString();
  }

  private static String status(JsonObject issue) {
    return issue.getAsJsonObject("fields").getAsJsonObject("status").get("name").getAsString();
  }

  private static String category(JsonObject issue) {
    return issue.getAsJsonObject("fields").getAsJsonObject("status").getAsJsonObject("statusCategory")
        .get("key").getAsString();
  }

  private static String summary(JsonObject issue) {
    return issue.getAsJsonObject("fields").get("summary").getAsString();
  }

  private static String parent(JsonObject issue) {
    JsonElement parent = issue.getAsJsonObject("fields").get("parent");
    return parent == null ? null : parent.getAsJsonObject().get("key").getAsString();
  }

  private static List<String> labels(JsonObject issue) {
    List<String> labels = new ArrayList<>();
    issue.getAsJsonObject("fields").getAsJsonArray("labels").forEach(label -> labels.add(label.getAsString()));
    return labels;
  }

  private static Instant date(JsonObject issue, String field) {
    return OffsetDateTime.parse(issue.getAsJsonObject("fields").get(field).getAsString(),
        DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSxx")).toInstant();
  }

  static List<String> messages(TestHttp.Answer answer) {
    List<String> messages = new ArrayList<>();
    answer.json().getAsJsonObject().getAsJsonArray("errorMessages").forEach(m -> messages.add(m.getAsString()));
    return messages;
  }
}
