package io.github.atlassianmcp.client;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.request;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import io.github.atlassianmcp.client.confluence.v2.api.PageApi;
import io.github.atlassianmcp.client.jira.platform.api.IssuesApi;
import io.github.atlassianmcp.client.jira.platform.api.MyselfApi;
import io.github.atlassianmcp.client.jira.platform.model.IssueUpdateDetails;
import io.github.atlassianmcp.client.servicedesk.api.RequestApi;
import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Every way a call can fail ends in one {@link AtlassianApiException} subclass with a short message and the details
 * as accessors, whichever product answered.
 */
@ExtendWith(ContractSite.class)
class ErrorFamilyTest {

  private static final String ISSUE = "/rest/api/3/issue/PROJ-9";

  private static void answer(ContractHarness site, String method, String path, ResponseDefinitionBuilder response) {
    site.server().stubFor(request(method, urlPathEqualTo(path)).willReturn(response));
  }

  private static ResponseDefinitionBuilder json(int status, String body) {
    return aResponse().withStatus(status).withHeader("Content-Type", "application/json").withBody(body);
  }

  private static AtlassianApiException getIssueFails(ContractHarness site) {
    return assertThrows(AtlassianApiException.class,
        () -> new IssuesApi(site.clients().jiraPlatform()).getIssue("PROJ-9").execute());
  }

  @Test
  void aMissingIssueIsANotFoundWithJirasOwnWords(ContractHarness site) {
    answer(site, "GET", ISSUE, json(404, "{\"errorMessages\":[\"Issue does not exist or you do not have permission"
        + " to see it.\"],\"errors\":{}}").withHeader("Set-Cookie", "atlassian.xsrf.token=secret"));

    AtlassianApiException e = getIssueFails(site);

    NotFoundException notFound = assertInstanceOf(NotFoundException.class, e);
    assertEquals(404, notFound.statusCode());
    assertEquals("GET /rest/api/3/issue/PROJ-9 answered HTTP 404: Issue does not exist or you do not have"
        + " permission to see it.", notFound.getMessage());
    assertEquals(List.of("Issue does not exist or you do not have permission to see it."), notFound.errorMessages());
    assertTrue(notFound.responseBody().contains("errorMessages"));
    assertTrue(notFound.header("set-cookie").isEmpty(), "cookies are not kept");
    assertEquals("application/json", notFound.contentType().orElseThrow());
  }

  @Test
  void jirasFieldErrorsAreAMap(ContractHarness site) {
    answer(site, "POST", "/rest/api/3/issue", json(400, "{\"errorMessages\":[],\"errors\":{\"summary\":"
        + "\"You must specify a summary of the issue.\",\"issuetype\":\"Specify a valid issue type\"}}"));

    BadRequestException e = assertThrows(BadRequestException.class, () -> new IssuesApi(site.clients().jiraPlatform())
        .createIssue(new IssueUpdateDetails().fields(Map.of("project", Map.of("key", "PROJ")))).execute());

    assertEquals(Map.of("summary", "You must specify a summary of the issue.", "issuetype",
        "Specify a valid issue type"), e.fieldErrors());
    assertEquals("POST /rest/api/3/issue answered HTTP 400: summary: You must specify a summary of the issue.;"
        + " issuetype: Specify a valid issue type", e.getMessage());
  }

  @Test
  void confluenceAndServiceDeskErrorBodiesAreReadToo(ContractHarness site) {
    answer(site, "GET", "/wiki/api/v2/pages/7", json(400, "{\"errors\":[{\"status\":400,\"code\":"
        + "\"INVALID_REQUEST_PARAMETER\",\"title\":\"INVALID_REQUEST_PARAMETER\",\"detail\":\"body-format is invalid\"}]}"));
    answer(site, "GET", "/rest/servicedeskapi/request/SUP-1", json(404, "{\"errorMessage\":\"The request does not"
        + " exist\",\"i18nErrorMessage\":{\"i18nKey\":\"sd.request.notfound\",\"parameters\":[]}}"));

    BadRequestException confluence = assertThrows(BadRequestException.class,
        () -> new PageApi(site.clients().confluenceV2()).getPageById("7").execute());
    NotFoundException serviceDesk = assertThrows(NotFoundException.class,
        () -> new RequestApi(site.clients().serviceDesk()).getCustomerRequestByIdOrKey("SUP-1").execute());

    assertEquals(List.of("INVALID_REQUEST_PARAMETER: body-format is invalid"), confluence.errorMessages());
    assertEquals(List.of("The request does not exist"), serviceDesk.errorMessages());
  }

  @Test
  void theGatewaysScopeCheckIsAMissingScopeNotAnExpiredSignIn(ContractHarness site) {
    answer(site, "GET", ISSUE, json(401, "{\"code\":401,\"message\":\"Unauthorized; scope does not match\"}")
        .withHeader("X-Failure-Category", "FAILURE_CLIENT_SCOPE_CHECK"));
    answer(site, "GET", "/rest/api/3/myself", json(401, "{\"code\":401,\"message\":\"Unauthorized\"}"));

    assertInstanceOf(MissingScopeException.class, getIssueFails(site));
    assertInstanceOf(ForbiddenException.class, getIssueFails(site), "a missing grant is a kind of forbidden");
    AtlassianApiException expired = assertThrows(AtlassianApiException.class,
        () -> new MyselfApi(site.clients().jiraPlatform()).getCurrentUser().execute());
    assertEquals(UnauthorizedException.class, expired.getClass());
  }

  @Test
  void rateLimitingConflictsAndServerErrorsHaveTheirOwnTypes(ContractHarness site) {
    answer(site, "GET", ISSUE, json(429, "").withHeader("Retry-After", "30"));
    RateLimitedException limited = assertInstanceOf(RateLimitedException.class, getIssueFails(site));
    assertEquals(Duration.ofSeconds(30), limited.retryAfter().orElseThrow());
    assertEquals("GET /rest/api/3/issue/PROJ-9 answered HTTP 429", limited.getMessage());

    answer(site, "GET", ISSUE, json(409, "{\"errorMessages\":[\"Version conflict\"]}"));
    assertInstanceOf(ConflictException.class, getIssueFails(site));

    answer(site, "GET", ISSUE, aResponse().withStatus(502).withHeader("Content-Type", "text/html")
        .withBody("<html><body>Bad gateway</body></html>"));
    ServerErrorException server = assertInstanceOf(ServerErrorException.class, getIssueFails(site));
    assertEquals("GET /rest/api/3/issue/PROJ-9 answered HTTP 502", server.getMessage(), "an HTML page is not quoted");
    assertTrue(server.errorMessages().isEmpty());
  }

  @Test
  void answersThatAreNotTheExpectedJsonSaySo(ContractHarness site) {
    Map<String, ResponseDefinitionBuilder> answers = Map.of(
        "an HTML page", aResponse().withStatus(200).withHeader("Content-Type", "text/html; charset=utf-8")
            .withBody("<!DOCTYPE html><html><title>Sign in to the proxy</title></html>"),
        "truncated or malformed JSON", json(200, "{\"id\":\"10001\",\"key\":\"PROJ-9\",\"fields\":{\"summ"),
        "an empty body", json(200, ""),
        "JSON null", json(200, "null"),
        "a JSON array where an object was expected", json(200, "[{\"id\":\"10001\"}]"));
    answers.forEach((reason, response) -> {
      answer(site, "GET", ISSUE, response);

      UnexpectedResponseException e = assertInstanceOf(UnexpectedResponseException.class, getIssueFails(site), reason);

      assertEquals(reason, e.reason());
      assertEquals(200, e.statusCode());
      assertTrue(e.getMessage().startsWith("GET /rest/api/3/issue/PROJ-9 answered HTTP 200 ("), e.getMessage());
      assertTrue(e.getMessage().endsWith("with something that is not the expected JSON: " + reason), e.getMessage());
      assertFalse(e.getMessage().contains("Sign in to the proxy"), "the body is an accessor, not the message");
    });
  }

  @Test
  void aRefusedConnectionIsATransportFailureThatCannotHaveHappened() throws IOException {
    int closedPort;
    try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
      closedPort = socket.getLocalPort();
    }
    AtlassianClients clients = AtlassianClients.builder().site("http://127.0.0.1:" + closedPort).build();

    TransportException e = assertThrows(TransportException.class,
        () -> new IssuesApi(clients.jiraPlatform()).getIssue("PROJ-9").execute());

    assertEquals(0, e.statusCode());
    assertFalse(e.timedOut());
    assertFalse(e.mayHaveBeenProcessed());
    assertEquals("GET /rest/api/3/issue/PROJ-9 got no answer: the connection was refused", e.getMessage());
  }

  @Test
  void aBodyThatTricklesInEndsAtTheCallTimeoutAsATransportFailure(ContractHarness site) {
    String issue = ContractHarness.read("jira/issue.json");
    site.server().stubFor(request("GET", urlPathEqualTo(ISSUE)).willReturn(json(200, issue)
        .withChunkedDribbleDelay(issue.length() / 4, 20_000)));
    AtlassianClients slow = AtlassianClients.builder().site(site.server().baseUrl())
        .apiToken("ada@example.com", "api-token-for-tests").callTimeout(Duration.ofSeconds(1)).build();
    long start = System.nanoTime();

    TransportException e = assertThrows(TransportException.class,
        () -> new IssuesApi(slow.jiraPlatform()).getIssue("PROJ-9").execute());

    assertTrue(e.timedOut(), e.getMessage());
    assertTrue(e.mayHaveBeenProcessed());
    assertEquals(200, e.statusCode(), "the status line came; the body did not finish");
    assertTrue(System.nanoTime() - start < Duration.ofSeconds(10).toNanos(), "ended at the call timeout");
    assertEquals("GET /rest/api/3/issue/PROJ-9 got no complete answer: the call timed out",
        e.getMessage());
  }

  @Test
  void aMissingRequiredArgumentIsTheCallersBugNotAFailedCall() {
    AtlassianClients clients = AtlassianClients.builder().site("https://example.atlassian.net").build();
    NullPointerException e = assertThrows(NullPointerException.class,
        () -> new IssuesApi(clients.jiraPlatform()).getIssue(null).execute());
    assertEquals("Missing the required parameter 'issueIdOrKey' when calling getIssue", e.getMessage());
  }
}
