package io.github.atlassianmcp.client;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import io.github.atlassianmcp.client.jira.platform.api.IssueCommentsApi;
import io.github.atlassianmcp.client.jira.platform.api.IssueSearchApi;
import io.github.atlassianmcp.client.jira.platform.api.IssueWorklogsApi;
import io.github.atlassianmcp.client.jira.platform.api.IssuesApi;
import io.github.atlassianmcp.client.jira.platform.api.MyselfApi;
import io.github.atlassianmcp.client.jira.platform.model.Comment;
import io.github.atlassianmcp.client.jira.platform.model.CreatedIssue;
import io.github.atlassianmcp.client.jira.platform.model.IssueBean;
import io.github.atlassianmcp.client.jira.platform.model.IssueTransition;
import io.github.atlassianmcp.client.jira.platform.model.IssueUpdateDetails;
import io.github.atlassianmcp.client.jira.platform.model.PageOfComments;
import io.github.atlassianmcp.client.jira.platform.model.PageOfCreateMetaIssueTypeWithField;
import io.github.atlassianmcp.client.jira.platform.model.PageOfCreateMetaIssueTypes;
import io.github.atlassianmcp.client.jira.platform.model.PageOfWorklogs;
import io.github.atlassianmcp.client.jira.platform.model.SearchAndReconcileRequestBean;
import io.github.atlassianmcp.client.jira.platform.model.SearchAndReconcileResults;
import io.github.atlassianmcp.client.jira.platform.model.Transitions;
import io.github.atlassianmcp.client.jira.platform.model.User;
import io.github.atlassianmcp.client.jira.platform.model.Worklog;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Every Jira platform operation the MCP tools use: the generated client's request must match Atlassian's
 * official spec, and a realistic (spec-valid) response must parse.
 */
@ExtendWith(ContractSite.class)
class JiraPlatformContractTest {

  private static final String ISSUE = "/rest/api/3/issue/PROJ-12";


  private static JsonObject adf(String text) {
    return JsonParser.parseString("{\"version\":1,\"type\":\"doc\",\"content\":[{\"type\":\"paragraph\","
        + "\"content\":[{\"type\":\"text\",\"text\":\"" + text + "\"}]}]}").getAsJsonObject();
  }

  @Test
  void enhancedSearchWithGetFollowsNextPageToken(ContractHarness site) {
    site.stub("GET", "/rest/api/3/search/jql", 200, "jira/search-page-1.json");
    IssueSearchApi search = new IssueSearchApi(site.clients().jiraPlatform());

    SearchAndReconcileResults page = search.searchAndReconcileIssuesUsingJql()
        .jql("project = PROJ ORDER BY updated DESC")
        .maxResults(2)
        .fields(List.of("summary", "status", "assignee", "priority", "updated"))
        .execute();

    assertEquals(2, page.getIssues().size());
    assertEquals("PROJ-12", page.getIssues().get(0).getKey());
    assertEquals("CAEaAggD", page.getNextPageToken());
    assertFalse(page.getIsLast());
    Map<?, ?> status = (Map<?, ?>) page.getIssues().get(0).getFields().get("status");
    assertEquals("In Progress", status.get("name"));
    site.server().verify(getRequestedFor(urlPathEqualTo("/rest/api/3/search/jql"))
        .withQueryParam("jql", equalTo("project = PROJ ORDER BY updated DESC"))
        .withQueryParam("maxResults", equalTo("2")));
  }

  @Test
  void enhancedSearchWithPostSendsTheTokenOfThePreviousPage(ContractHarness site) {
    site.stub("POST", "/rest/api/3/search/jql", 200, "jira/search-page-2.json");
    IssueSearchApi search = new IssueSearchApi(site.clients().jiraPlatform());

    SearchAndReconcileResults last = search.searchAndReconcileIssuesUsingJqlPost(new SearchAndReconcileRequestBean()
        .jql("project = PROJ").nextPageToken("CAEaAggD").maxResults(50).fields(List.of("summary", "status"))).execute();

    assertTrue(last.getIsLast());
    assertNull(last.getNextPageToken());
    assertEquals("PROJ-10", last.getIssues().get(0).getKey());
    site.server().verify(postRequestedFor(urlPathEqualTo("/rest/api/3/search/jql"))
        .withRequestBody(matchingJsonPath("$.nextPageToken", equalTo("CAEaAggD"))));
  }

  @Test
  void getIssueParsesFieldsAndTheAdfDescription(ContractHarness site) {
    site.stub("GET", ISSUE, 200, "jira/issue.json");

    IssueBean issue = new IssuesApi(site.clients().jiraPlatform())
        .getIssue("PROJ-12").fields(List.of("summary", "description", "labels")).execute();

    assertEquals("10068", issue.getId());
    assertEquals("Checkout fails when the basket holds more than 99 items", issue.getFields().get("summary"));
    Map<?, ?> description = (Map<?, ?>) issue.getFields().get("description");
    assertEquals("doc", description.get("type"));
    assertEquals(List.of("checkout", "regression"), issue.getFields().get("labels"));
  }

  @Test
  void createIssueSendsAnAdfDescription(ContractHarness site) {
    site.stub("POST", "/rest/api/3/issue", 201, "jira/created-issue.json");

    CreatedIssue created = new IssuesApi(site.clients().jiraPlatform()).createIssue(new IssueUpdateDetails()
        .fields(Map.of(
            "project", Map.of("key", "PROJ"),
            "issuetype", Map.of("name", "Task"),
            "summary", "Add a retry to the refund job",
            "description", adf("Retries with backoff.")))).execute();

    assertEquals("PROJ-14", created.getKey());
    site.server().verify(postRequestedFor(urlPathEqualTo("/rest/api/3/issue"))
        .withRequestBody(matchingJsonPath("$.fields.description.type", equalTo("doc")))
        .withRequestBody(matchingJsonPath("$.fields.project.key", equalTo("PROJ"))));
  }

  @Test
  void editIssueSendsOnlyTheFieldsGiven(ContractHarness site) {
    site.server().stubFor(com.github.tomakehurst.wiremock.client.WireMock.put(urlPathEqualTo(ISSUE))
        .willReturn(com.github.tomakehurst.wiremock.client.WireMock.aResponse().withStatus(204)));

    new IssuesApi(site.clients().jiraPlatform()).editIssue("PROJ-12",
        new IssueUpdateDetails().fields(Map.of("summary", "Checkout fails above 99 items"))).execute();

    String body = site.server().findAll(putRequestedFor(urlPathEqualTo(ISSUE))).get(0).getBodyAsString();
    assertEquals("{\"fields\":{\"summary\":\"Checkout fails above 99 items\"}}", body);
  }

  @Test
  void addAndGetComments(ContractHarness site) {
    site.stub("POST", ISSUE + "/comment", 201, "jira/comment.json");
    site.stub("GET", ISSUE + "/comment", 200, "jira/comments.json");
    IssueCommentsApi comments = new IssueCommentsApi(site.clients().jiraPlatform());

    Comment added = comments.addComment("PROJ-12", new Comment().body(adf("Reproduced on staging."))).execute();
    PageOfComments page = comments.getComments("PROJ-12").startAt(0L).maxResults(5).orderBy("-created").execute();

    assertEquals("10210", added.getId());
    assertEquals(OffsetDateTime.of(2024, 1, 17, 12, 40, 0, 0, ZoneOffset.ofHours(11)), added.getCreated());
    assertEquals(1, page.getComments().size());
    assertEquals("Mia Krystof", page.getComments().get(0).getAuthor().getDisplayName());
  }

  @Test
  void addWorklogWritesStartedInJirasFormatAndGetWorklogsParses(ContractHarness site) {
    site.stub("POST", ISSUE + "/worklog", 201, "jira/worklog.json");
    site.stub("GET", ISSUE + "/worklog", 200, "jira/worklogs.json");
    IssueWorklogsApi worklogs = new IssueWorklogsApi(site.clients().jiraPlatform());
    OffsetDateTime started = OffsetDateTime.of(2024, 1, 17, 9, 0, 0, 0, ZoneOffset.ofHours(11));

    Worklog added = worklogs.addWorklog("PROJ-12", new Worklog().timeSpent("1h 30m").started(started)
        .comment(adf("Pairing on the fix"))).execute();
    PageOfWorklogs page = worklogs.getIssueWorklog("PROJ-12").startAt(0L).maxResults(20).execute();

    assertEquals(5400L, added.getTimeSpentSeconds());
    assertEquals(started, added.getStarted());
    assertEquals(1, page.getWorklogs().size());
    site.server().verify(postRequestedFor(urlPathEqualTo(ISSUE + "/worklog"))
        .withRequestBody(matchingJsonPath("$.started", equalTo("2024-01-17T09:00:00.000+1100"))));
  }

  @Test
  void getAndDoTransitions(ContractHarness site) {
    site.stub("GET", ISSUE + "/transitions", 200, "jira/transitions.json");
    site.server().stubFor(com.github.tomakehurst.wiremock.client.WireMock.post(urlPathEqualTo(ISSUE + "/transitions"))
        .willReturn(com.github.tomakehurst.wiremock.client.WireMock.aResponse().withStatus(204)));
    IssuesApi issues = new IssuesApi(site.clients().jiraPlatform());

    Transitions transitions = issues.getTransitions("PROJ-12").execute();
    issues.doTransition("PROJ-12", new IssueUpdateDetails().transition(new IssueTransition().id("21"))).execute();

    assertEquals(List.of("Start progress", "Done"),
        transitions.getTransitions().stream().map(t -> t.getName()).toList());
    assertEquals("In Progress", transitions.getTransitions().get(0).getTo().getName());
    site.server().verify(postRequestedFor(urlPathEqualTo(ISSUE + "/transitions"))
        .withRequestBody(matchingJsonPath("$.transition.id", equalTo("21"))));
  }

  @Test
  void myself(ContractHarness site) {
    site.stub("GET", "/rest/api/3/myself", 200, "jira/myself.json");

    User me = new MyselfApi(site.clients().jiraPlatform()).getCurrentUser().execute();

    assertEquals("5b10a2844c20165700ede21g", me.getAccountId());
    assertEquals("mia@example.com", me.getEmailAddress());
    assertEquals(User.AccountTypeEnum.ATLASSIAN, me.getAccountType());
  }

  @Test
  void createMetaIssueTypesAndTheirFields(ContractHarness site) {
    site.stub("GET", "/rest/api/3/issue/createmeta/PROJ/issuetypes", 200, "jira/createmeta-issuetypes.json");
    site.stub("GET", "/rest/api/3/issue/createmeta/PROJ/issuetypes/10004", 200, "jira/createmeta-fields.json");
    IssuesApi issues = new IssuesApi(site.clients().jiraPlatform());

    PageOfCreateMetaIssueTypes types = issues.getCreateIssueMetaIssueTypes("PROJ").execute();
    PageOfCreateMetaIssueTypeWithField fields = issues.getCreateIssueMetaIssueTypeId("PROJ", "10004").execute();

    assertEquals(List.of("Task", "Bug"), types.getIssueTypes().stream().map(t -> t.getName()).toList());
    assertTrue(fields.getFields().stream().anyMatch(f -> f.getKey().equals("customfield_10050") && f.getRequired()));
  }
}
