package io.github.atlassianmcp.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.atlassianmcp.client.jira.platform.api.IssueSearchApi;
import io.github.atlassianmcp.testing.SpecValidation;
import io.github.atlassianmcp.testing.SpecValidator;
import io.github.atlassianmcp.testing.WireMockSpecCheck;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The contract check is only worth something if a wrong request fails it: these requests are wrong on purpose. */
@ExtendWith(SpecValidation.class)
class SpecCheckCanFailTest {

  private final ContractHarness site;
  private final WireMockSpecCheck check;
  private final OkHttpClient http = new OkHttpClient();

  SpecCheckCanFailTest(SpecValidator validator) {
    this.site = new ContractHarness(validator);
    this.check = new WireMockSpecCheck(validator);
  }

  @AfterEach
  void stop() {
    site.close();
  }

  private void send(String method, String pathAndQuery, String json) throws IOException {
    RequestBody body = json == null ? null : RequestBody.create(json, MediaType.get("application/json"));
    Request request = new Request.Builder()
        .url("http://127.0.0.1:" + site.server().port() + pathAndQuery)
        .header("Authorization", okhttp3.Credentials.basic("ada@example.com", "token"))
        .method(method, body)
        .build();
    try (Response ignored = http.newCall(request).execute()) {
      // WireMock answers 404 for unstubbed paths; only what was sent matters here
    }
  }

  @Test
  void aParameterOfTheWrongTypeFails() throws IOException {
    send("GET", "/rest/api/3/search/jql?jql=project%3DPROJ&maxResults=lots", null);
    List<String> violations = check.violations(site.server());
    assertEquals(1, violations.size(), violations.toString());
    assertTrue(violations.get(0).contains("maxResults"), violations.get(0));
  }

  @Test
  void anUnknownQueryParameterFails() throws IOException {
    send("GET", "/rest/api/3/search/jql?jql=project%3DPROJ&maxResult=10", null);
    assertTrue(check.violations(site.server()).get(0).contains("maxResult"));
  }

  @Test
  void aBodyThatBreaksTheSchemaFails() throws IOException {
    send("POST", "/rest/api/3/issue", "{\"fields\": \"not an object\"}");
    assertTrue(check.violations(site.server()).get(0).contains("fields"));
  }

  @Test
  void aServiceDeskRequestIsCheckedAgainstAtlassiansOwnDocument() throws IOException {
    // answerApproval exists only since the build uses Atlassian's JSM spec; "maybe" is not approve or decline.
    send("POST", "/rest/servicedeskapi/request/SUP-1/approval/3", "{\"decision\": \"maybe\"}");
    List<String> violations = check.violations(site.server());
    assertEquals(1, violations.size(), violations.toString());
    assertTrue(violations.get(0).contains("decision"), violations.get(0));
  }

  @Test
  void theRemovedSearchEndpointFailsAsDeprecated() throws IOException {
    send("GET", "/rest/api/3/search?jql=project%3DPROJ", null);
    List<String> violations = check.violations(site.server());
    assertTrue(violations.stream().anyMatch(v -> v.contains("searchForIssuesUsingJql is deprecated")), violations.toString());
  }

  @Test
  void anUnknownPathFails() throws IOException {
    send("GET", "/rest/api/3/no-such-thing", null);
    assertThrows(AssertionError.class, () -> check.assertAllRequestsMatchSpec(site.server()));
  }

  @Test
  void noRequestAtAllIsNotAPass() {
    assertThrows(AssertionError.class, () -> check.assertAllRequestsMatchSpec(site.server()));
  }

  @Test
  void theRemovedSearchIsNotEvenGenerated() {
    // Our overlay removes GET/POST /rest/api/3/search (gone from Cloud, 410) before generation.
    assertTrue(Arrays.stream(IssueSearchApi.class.getMethods())
        .noneMatch(m -> m.getName().startsWith("searchForIssuesUsingJql")));
  }
}
