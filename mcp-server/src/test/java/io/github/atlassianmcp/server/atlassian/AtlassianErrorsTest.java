package io.github.atlassianmcp.server.atlassian;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.atlassianmcp.auth.AuthMode;
import io.github.atlassianmcp.client.AtlassianApiException;
import io.github.atlassianmcp.client.HttpExchange;
import io.github.atlassianmcp.client.TransportException;
import io.github.atlassianmcp.client.UnexpectedResponseException;
import io.github.atlassianmcp.client.http.RetryInterceptor;
import io.github.atlassianmcp.server.auth.OAuthScopes;
import io.github.atlassianmcp.specs.AtlassianOperations;
import java.net.ConnectException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AtlassianErrorsTest {

  private static final OperationRef GET_ISSUE = new OperationRef("jira-platform.v3.json", "getIssue");
  private final AtlassianErrors errors =
      new AtlassianErrors(OAuthScopes.forOperations(List.of(GET_ISSUE), AtlassianOperations.load()), AuthMode.OAUTH);

  private static AtlassianApiException answered(int status, String body, Map<String, List<String>> headers) {
    return AtlassianApiException.forResponse(new HttpExchange("GET",
        "https://example.atlassian.net/rest/api/3/issue/PROJ-1", status, headers, body));
  }

  private String describe(int status, String body, Product product, String subject) {
    AtlassianApiException failure = status == 0
        ? TransportException.of(HttpExchange.unanswered("GET", "https://example.atlassian.net/rest/api/3/issue/PROJ-1"),
            new ConnectException("Connection refused"))
        : answered(status, body, Map.of());
    return errors.describe(new AtlassianException(failure, product, GET_ISSUE, subject));
  }

  @Test
  void aMissingIssueIsNamed() {
    assertEquals("PROJ-999 does not exist or you cannot see it.", describe(404,
        "{\"errorMessages\":[\"Issue does not exist or you do not have permission to see it.\"],\"errors\":{}}",
        Product.JIRA, "PROJ-999"));
  }

  @Test
  void invalidJqlIsJirasOwnMessage() {
    assertEquals("Jira rejected the request: Error in the JQL Query: Expecting either 'OR' or 'AND' but got 'BY'.",
        describe(400, "{\"errorMessages\":[\"Error in the JQL Query: Expecting either 'OR' or 'AND' but got 'BY'.\"],"
            + "\"errors\":{}}", Product.JIRA, "the search"));
  }

  @Test
  void fieldErrorsAreListed() {
    assertEquals("Jira rejected the request: summary: You must specify a summary of the issue.; "
        + "issuetype: Specify a valid issue type.", describe(400,
        "{\"errorMessages\":[],\"errors\":{\"summary\":\"You must specify a summary of the issue.\","
            + "\"issuetype\":\"Specify a valid issue type\"}}", Product.JIRA, "project PROJ"));
  }

  @Test
  void aMissingScopeSaysWhichAndHowToGrantIt() {
    assertEquals("The Atlassian sign-in lacks the OAuth scope this needs (read:jira-work). Sign in again to grant"
        + " it: call authenticate_atlassian with force=true.",
        describe(403, "{\"code\":403,\"message\":\"Unauthorized; scope does not match\"}", Product.JIRA, "PROJ-1"));
  }

  @Test
  void theGatewaysScopeCheckAnswers401AndIsNotAnExpiredSignIn() {
    String text = errors.describe(new AtlassianException(answered(401,
        "{\"code\":401,\"message\":\"Unauthorized; scope does not match\"}",
        Map.of("X-Failure-Category", List.of("FAILURE_CLIENT_SCOPE_CHECK"))), Product.JIRA, GET_ISSUE, "PROJ-1"));
    assertEquals("The Atlassian sign-in lacks the OAuth scope this needs (read:jira-work). Sign in again to grant"
        + " it: call authenticate_atlassian with force=true.", text);
  }

  @Test
  void aPermissionProblemIsJirasWords() {
    assertEquals("Jira refused access to PROJ-1: You do not have permission to edit this issue. Ask a Jira"
        + " administrator for the permission, or work on something you can access.",
        describe(403, "{\"errorMessages\":[\"You do not have permission to edit this issue\"]}", Product.JIRA,
            "PROJ-1"));
  }

  @Test
  void confluenceAndServiceDeskBodiesAreRead() {
    assertEquals("Confluence rejected the request: Could not parse cql : title ~.",
        describe(400, "{\"statusCode\":400,\"message\":\"Could not parse cql : title ~\"}", Product.CONFLUENCE, "x"));
    assertEquals("Confluence rejected the request: INVALID_REQUEST_PARAMETER: body-format is invalid.",
        describe(400, "{\"errors\":[{\"status\":400,\"code\":\"INVALID_REQUEST_PARAMETER\","
            + "\"title\":\"INVALID_REQUEST_PARAMETER\",\"detail\":\"body-format is invalid\"}]}", Product.CONFLUENCE,
            "x"));
    assertEquals("Jira Service Management rejected the request: The request type is unknown.",
        describe(400, "{\"errorMessage\":\"The request type is unknown\"}", Product.SERVICE_DESK, "SUP-1"));
  }

  @Test
  void rateLimitingSaysWhenToComeBack() {
    String text = errors.describe(new AtlassianException(answered(429, "",
        Map.of("Retry-After", List.of("30"), RetryInterceptor.RETRIES_HEADER, List.of("3"))), Product.JIRA,
        GET_ISSUE, "the search"));
    assertEquals("Jira is rate limiting requests (HTTP 429) even after 3 retries. Try again in 30 s.", text);
  }

  @Test
  void aNegativeOrPastRetryAfterIsNotQuoted() {
    String negative = errors.describe(new AtlassianException(answered(429, "",
        Map.of("Retry-After", List.of("-5"))), Product.JIRA, GET_ISSUE, "the search"));
    assertEquals("Jira is rate limiting requests (HTTP 429). Try again in a minute.", negative);
    String past = errors.describe(new AtlassianException(answered(429, "",
        Map.of("Retry-After", List.of("Wed, 21 Oct 2015 07:28:00 GMT"))), Product.JIRA, GET_ISSUE, "the search"));
    assertEquals("Jira is rate limiting requests (HTTP 429). Try again in a minute.", past);
  }

  @Test
  void anHttpDateRetryAfterIsSaidAsAWait() {
    String future = java.time.format.DateTimeFormatter.RFC_1123_DATE_TIME.format(
        java.time.ZonedDateTime.now(java.time.ZoneOffset.UTC).plusMinutes(10));
    String text = errors.describe(new AtlassianException(answered(429, "",
        Map.of("Retry-After", List.of(future))), Product.JIRA, GET_ISSUE, "the search"));
    assertEquals("Jira is rate limiting requests (HTTP 429). Try again in 10 min.", text);
  }

  @Test
  void anHtmlPageWithStatus200IsNotCalledABug() {
    AtlassianApiException failure = UnexpectedResponseException.of(new HttpExchange("GET",
        "https://example.atlassian.net/rest/api/3/issue/PROJ-1", 200,
        Map.of("Content-Type", List.of("text/html")), "<html>Sign in to the proxy</html>"), "an HTML page", null);
    assertEquals("Jira (or a proxy in between) answered HTTP 200 (text/html) with something that is not the"
        + " expected JSON: an HTML page. Trying again later may help.",
        errors.describe(new AtlassianException(failure, Product.JIRA, GET_ISSUE, "PROJ-1")));
  }

  @Test
  void aWriteThatTimedOutMayHaveHappened() {
    OperationRef addComment = new OperationRef("jira-platform.v3.json", "addComment");
    AtlassianApiException failure = TransportException.of(HttpExchange.unanswered("POST",
        "https://example.atlassian.net/rest/api/3/issue/PROJ-1/comment"), new java.net.SocketTimeoutException("timeout"));
    assertEquals("Jira did not answer within the timeout. The change to PROJ-1 may have been made anyway: check it"
        + " before trying again.", errors.describe(new AtlassianException(failure, Product.JIRA, addComment, "PROJ-1")));
  }

  @Test
  void noAnswerAtAll() {
    assertEquals("Could not reach Jira: the connection was refused. Check the network connection and"
        + " ATLASSIAN_SITE_URL / ATLASSIAN_API_URL.", describe(0, null, Product.JIRA, "PROJ-1"));
  }

  @Test
  void anHtmlErrorPageIsNotQuoted() {
    assertEquals("Jira failed with HTTP 502. Try again later.",
        describe(502, "<html><body>Bad gateway</body></html>", Product.JIRA, "PROJ-1"));
  }

  @Test
  void adviceFollowsTheSentence() {
    AtlassianException error = new AtlassianException(answered(400, "{\"errors\":{\"issuetype\":\"bad\"}}",
        Map.of()), Product.JIRA, GET_ISSUE, "project PROJ").withAdvice("Issue types in PROJ: Task, Bug.");
    assertEquals("Jira rejected the request: issuetype: bad. Issue types in PROJ: Task, Bug.", errors.describe(error));
  }

  @Test
  void aRefusedSignInGetsTheRemedyOfItsMode() {
    String oauth = describe(401, "{\"message\":\"Unauthorized\"}", Product.JIRA, "PROJ-1");
    assertEquals("Jira did not accept the sign-in (HTTP 401). Sign in again: call authenticate_atlassian with"
        + " force=true, or run `java -jar atlassian-mcp-server.jar login`.", oauth);
    AtlassianErrors apiToken = new AtlassianErrors(OAuthScopes.forOperations(List.of(GET_ISSUE),
        AtlassianOperations.load()), AuthMode.API_TOKEN);
    String basic = apiToken.describe(new AtlassianException(answered(401, "", Map.of()), Product.JIRA,
        GET_ISSUE, "PROJ-1"));
    assertEquals("Jira did not accept the sign-in (HTTP 401). Check ATLASSIAN_EMAIL and ATLASSIAN_API_TOKEN: the"
        + " token may be wrong, expired or revoked (create a new one at"
        + " https://id.atlassian.com/manage-profile/security/api-tokens).", basic);
  }
}
