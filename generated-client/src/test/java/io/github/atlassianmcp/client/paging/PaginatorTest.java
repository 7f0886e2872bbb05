package io.github.atlassianmcp.client.paging;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.MappingBuilder;
import io.github.atlassianmcp.client.AtlassianClients;
import io.github.atlassianmcp.client.NotFoundException;
import io.github.atlassianmcp.client.confluence.v2.api.SpaceApi;
import io.github.atlassianmcp.client.confluence.v2.model.MultiEntityResultSpace;
import io.github.atlassianmcp.client.confluence.v2.model.SpaceBulk;
import io.github.atlassianmcp.client.jira.platform.api.IssueCommentsApi;
import io.github.atlassianmcp.client.jira.platform.api.IssueSearchApi;
import io.github.atlassianmcp.client.jira.platform.model.Comment;
import io.github.atlassianmcp.client.jira.platform.model.IssueBean;
import io.github.atlassianmcp.client.jira.platform.model.PageOfComments;
import io.github.atlassianmcp.client.jira.platform.model.SearchAndReconcileRequestBean;
import io.github.atlassianmcp.client.servicedesk.api.RequestApi;
import io.github.atlassianmcp.client.servicedesk.model.CustomerRequestDTO;
import io.github.atlassianmcp.client.servicedesk.model.PagedDTOCustomerRequestDTO;
import io.github.atlassianmcp.testing.SpecValidation;
import io.github.atlassianmcp.testing.SpecValidator;
import io.github.atlassianmcp.testing.WireMockSpecCheck;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Each of Atlassian's paging styles, followed to the end over real HTTP; every request is checked against the spec. */
@ExtendWith(SpecValidation.class)
class PaginatorTest {

  private final WireMockServer site = new WireMockServer(options().bindAddress("127.0.0.1").dynamicPort());
  private final SpecValidator validator;
  private final AtlassianClients clients;

  PaginatorTest(SpecValidator validator) {
    this.validator = validator;
    site.start();
    clients = AtlassianClients.builder().site(site.baseUrl()).apiToken("ada@example.com", "token").build();
  }

  @AfterEach
  void checkAndStop() {
    try {
      new WireMockSpecCheck(validator).assertAllRequestsMatchSpec(site);
    } finally {
      site.stop();
    }
  }

  private void answer(MappingBuilder request, String json) {
    site.stubFor(request.willReturn(aResponse().withHeader("Content-Type", "application/json").withBody(json)));
  }

  private static String issues(String... keys) {
    return IntStream.range(0, keys.length).mapToObj(i -> "{\"id\":\"" + (100 + i) + "\",\"key\":\"" + keys[i]
        + "\",\"fields\":{}}").collect(Collectors.joining(",", "[", "]"));
  }

  @Test
  void jiraSearchFollowsNextPageTokenUntilIsLast() {
    answer(post(urlPathEqualTo("/rest/api/3/search/jql")).withRequestBody(matchingJsonPath("$.nextPageToken", absent())),
        "{\"issues\":" + issues("PROJ-5", "PROJ-4") + ",\"nextPageToken\":\"t1\",\"isLast\":false}");
    answer(post(urlPathEqualTo("/rest/api/3/search/jql")).withRequestBody(matchingJsonPath("$.nextPageToken",
        equalTo("t1"))), "{\"issues\":" + issues("PROJ-3", "PROJ-2") + ",\"nextPageToken\":\"t2\",\"isLast\":false}");
    answer(post(urlPathEqualTo("/rest/api/3/search/jql")).withRequestBody(matchingJsonPath("$.nextPageToken",
        equalTo("t2"))), "{\"issues\":" + issues("PROJ-1") + ",\"isLast\":true}");
    SearchAndReconcileRequestBean request = new SearchAndReconcileRequestBean().jql("project = PROJ").maxResults(2)
        .fields(List.of("summary"));

    Paginator<IssueBean> all = Paginator.jiraSearch(new IssueSearchApi(clients.jiraPlatform()), request);

    assertEquals(List.of("PROJ-5", "PROJ-4", "PROJ-3", "PROJ-2", "PROJ-1"),
        all.stream().map(IssueBean::getKey).toList());
    assertEquals(List.of("PROJ-5", "PROJ-4", "PROJ-3"), all.stream().limit(3).map(IssueBean::getKey).toList());
    site.verify(5, postRequestedFor(urlPathEqualTo("/rest/api/3/search/jql")));
    assertNull(request.getNextPageToken(), "the caller's request is left as it was");
  }

  @Test
  void confluenceFollowsTheCursorInLinksNext() {
    String space = "{\"id\":\"%s\",\"key\":\"%s\",\"name\":\"%s\",\"type\":\"global\",\"status\":\"current\"}";
    answer(get(urlPathEqualTo("/wiki/api/v2/spaces")).withQueryParam("cursor", absent()),
        "{\"results\":[" + space.formatted("1", "ENG", "Engineering") + "],"
            + "\"_links\":{\"next\":\"/wiki/api/v2/spaces?cursor=b64%3D%3D&limit=1\"}}");
    answer(get(urlPathEqualTo("/wiki/api/v2/spaces")).withQueryParam("cursor", equalTo("b64==")),
        "{\"results\":[" + space.formatted("2", "OPS", "Operations") + "],\"_links\":{}}");
    SpaceApi spaces = new SpaceApi(clients.confluenceV2());

    List<String> keys = Paginator.byCursor(cursor -> spaces.getSpaces().cursor(cursor).limit(1).execute(),
        MultiEntityResultSpace::getResults, page -> page.getLinks() == null ? null : page.getLinks().getNext())
        .stream().map(SpaceBulk::getKey).toList();

    assertEquals(List.of("ENG", "OPS"), keys);
  }

  @Test
  void serviceDeskFollowsStartUntilIsLastPage() {
    String request = "{\"issueId\":\"%s\",\"issueKey\":\"SUP-%s\"}";
    answer(get(urlPathEqualTo("/rest/servicedeskapi/request")).withQueryParam("start", equalTo("0")),
        "{\"start\":0,\"size\":2,\"limit\":2,\"isLastPage\":false,\"values\":[" + request.formatted("1", "1") + ","
            + request.formatted("2", "2") + "]}");
    answer(get(urlPathEqualTo("/rest/servicedeskapi/request")).withQueryParam("start", equalTo("2")),
        "{\"start\":2,\"size\":1,\"limit\":2,\"isLastPage\":true,\"values\":[" + request.formatted("3", "3") + "]}");
    RequestApi requests = new RequestApi(clients.serviceDesk());

    List<String> keys = Paginator.byStart(start -> requests.getCustomerRequests().start(start).limit(2).execute(),
        PagedDTOCustomerRequestDTO::getValues, PagedDTOCustomerRequestDTO::getIsLastPage)
        .stream().map(CustomerRequestDTO::getIssueKey).toList();

    assertEquals(List.of("SUP-1", "SUP-2", "SUP-3"), keys);
    site.verify(getRequestedFor(urlPathEqualTo("/rest/servicedeskapi/request")).withQueryParam("start", equalTo("2")));
  }

  @Test
  void jiraOffsetListsEndAtTheirTotal() {
    String comment = "{\"id\":\"%s\",\"body\":{\"type\":\"doc\",\"version\":1,\"content\":[]}}";
    answer(get(urlPathEqualTo("/rest/api/3/issue/PROJ-1/comment")).withQueryParam("startAt", equalTo("0")),
        "{\"startAt\":0,\"maxResults\":2,\"total\":3,\"comments\":[" + comment.formatted("1") + ","
            + comment.formatted("2") + "]}");
    answer(get(urlPathEqualTo("/rest/api/3/issue/PROJ-1/comment")).withQueryParam("startAt", equalTo("2")),
        "{\"startAt\":2,\"maxResults\":2,\"total\":3,\"comments\":[" + comment.formatted("3") + "]}");
    IssueCommentsApi comments = new IssueCommentsApi(clients.jiraPlatform());

    List<String> ids = Paginator.byOffset(startAt -> comments.getComments("PROJ-1").startAt(startAt).maxResults(2)
        .execute(), PageOfComments::getComments, PageOfComments::getTotal).stream().map(Comment::getId).toList();

    assertEquals(List.of("1", "2", "3"), ids);
  }

  @Test
  void aFailedPageThrowsFromTheIteration() {
    site.stubFor(get(urlPathEqualTo("/rest/api/3/issue/PROJ-404/comment")).willReturn(aResponse().withStatus(404)
        .withHeader("Content-Type", "application/json").withBody("{\"errorMessages\":[\"Issue does not exist\"]}")));
    IssueCommentsApi comments = new IssueCommentsApi(clients.jiraPlatform());
    Paginator<Comment> all = Paginator.byOffset(startAt -> comments.getComments("PROJ-404").startAt(startAt)
        .execute(), PageOfComments::getComments, PageOfComments::getTotal);

    assertThrows(NotFoundException.class, () -> all.stream().toList());
  }

  @Test
  void aListThatRepeatsItsTokenEnds() {
    answer(post(urlPathEqualTo("/rest/api/3/search/jql")),
        "{\"issues\":" + issues("PROJ-1") + ",\"nextPageToken\":\"same\",\"isLast\":false}");

    List<IssueBean> all = Paginator.jiraSearch(new IssueSearchApi(clients.jiraPlatform()),
        new SearchAndReconcileRequestBean().jql("project = PROJ")).stream().toList();

    assertEquals(2, all.size(), "the first page, then the page for token 'same', which repeats it");
  }
}
