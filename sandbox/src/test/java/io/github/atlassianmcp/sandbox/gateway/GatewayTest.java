package io.github.atlassianmcp.sandbox.gateway;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import io.github.atlassianmcp.sandbox.AtlassianSandbox;
import io.github.atlassianmcp.sandbox.SandboxUser;
import io.github.atlassianmcp.sandbox.TestHttp;
import io.github.atlassianmcp.sandbox.TokenPair;
import io.github.atlassianmcp.testing.SpecValidation;
import io.github.atlassianmcp.testing.SpecValidator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(SpecValidation.class)
class GatewayTest {

  private static AtlassianSandbox sandbox;
  private static final TestHttp http = new TestHttp();

  @BeforeAll
  static void start() {
    sandbox = AtlassianSandbox.builder().start();
  }

  @AfterAll
  static void stop() {
    sandbox.close();
  }

  private static String jira(String path) {
    return sandbox.apiUrl() + "/ex/jira/" + sandbox.cloudId() + path;
  }

  private static String token(String... scopes) {
    return TestHttp.bearer(sandbox.issueTokens(new LinkedHashSet<>(List.of(scopes))).accessToken());
  }

  @Test
  void accessibleResourcesListsTheSiteOncePerProductWithThatProductsScopes() {
    TestHttp.Answer answer = http.get(sandbox.apiUrl() + "/oauth/token/accessible-resources", "Authorization",
        token("read:jira-work", "read:page:confluence", "read:me", "offline_access", "read:servicedesk-request"));
    assertEquals(200, answer.status(), answer.toString());
    JsonArray resources = answer.json().getAsJsonArray();
    assertEquals(2, resources.size());
    JsonObject jira = resources.get(0).getAsJsonObject();
    assertEquals(sandbox.cloudId(), jira.get("id").getAsString());
    assertEquals(sandbox.siteUrl(), jira.get("url").getAsString());
    assertEquals("[\"read:jira-work\",\"read:servicedesk-request\"]", jira.get("scopes").toString());
    assertTrue(jira.get("avatarUrl").getAsString().startsWith("https://"));
    JsonObject confluence = resources.get(1).getAsJsonObject();
    assertEquals(sandbox.cloudId(), confluence.get("id").getAsString());
    assertEquals("[\"read:page:confluence\"]", confluence.get("scopes").toString());
  }

  @Test
  void accessibleResourcesNeedsAValidToken() {
    TestHttp.Answer answer = http.get(sandbox.apiUrl() + "/oauth/token/accessible-resources");
    assertEquals(401, answer.status());
    assertEquals("{\"code\":401,\"message\":\"Unauthorized\"}", answer.body());
    assertEquals(401, http.get(sandbox.apiUrl() + "/oauth/token/accessible-resources", "Authorization",
        TestHttp.bearer("made-up")).status());
  }

  @Test
  void meDescribesTheAccountAndNeedsReadMe() {
    TestHttp.Answer answer = http.get(sandbox.apiUrl() + "/me", "Authorization", token("read:me"));
    assertEquals(200, answer.status());
    JsonObject me = answer.json().getAsJsonObject();
    SandboxUser user = sandbox.currentUser();
    assertEquals(user.accountId(), me.get("account_id").getAsString());
    assertEquals(user.email(), me.get("email").getAsString());
    assertEquals(user.displayName(), me.get("name").getAsString());
    assertEquals("atlassian", me.get("account_type").getAsString());
    assertEquals("active", me.get("account_status").getAsString());

    TestHttp.Answer without = http.get(sandbox.apiUrl() + "/me", "Authorization", token("read:jira-work"));
    assertScopeMismatch(without);
  }

  @Test
  void aTokenWithoutTheOperationsScopeIsRefusedAsTheGatewayDoes() {
    // GET /rest/api/3/myself needs read:jira-user.
    assertScopeMismatch(http.get(jira("/rest/api/3/myself"), "Authorization", token("read:jira-work")));
    assertEquals(200, http.get(jira("/rest/api/3/myself"), "Authorization", token("read:jira-user")).status());
  }

  @Test
  void theGatewayAnswersWithTheProductsResponseValidAgainstTheSpec(SpecValidator spec) {
    TestHttp.Answer answer = http.get(jira("/rest/api/3/myself"), "Authorization", token("read:jira-user"));
    assertEquals(200, answer.status());
    assertEquals(List.of(), spec.responseProblems("GET", jira("/rest/api/3/myself"), answer.status(),
        answer.contentType(), answer.body()));
    JsonObject user = answer.json().getAsJsonObject();
    assertEquals(sandbox.currentUser().accountId(), user.get("accountId").getAsString());
    assertEquals(jira("/rest/api/3/user?accountId=") + TestHttp.enc(sandbox.currentUser().accountId()),
        user.get("self").getAsString());
  }

  @Test
  void anExpiredOrMissingTokenGets401() {
    TokenPair pair = sandbox.issueTokens(Set.of("read:jira-user"));
    String url = jira("/rest/api/3/myself");
    assertEquals(401, http.get(url).status());
    try (AtlassianSandbox other = AtlassianSandbox.builder().start()) {
      // A token from another sandbox means nothing here.
      String foreign = other.issueTokens(Set.of("read:jira-user")).accessToken();
      assertEquals(401, http.get(url, "Authorization", TestHttp.bearer(foreign)).status());
    }
    assertEquals(200, http.get(url, "Authorization", TestHttp.bearer(pair.accessToken())).status());
  }

  @Test
  void theGatewayDoesNotAcceptBasicAuth() {
    SandboxUser user = sandbox.currentUser();
    TestHttp.Answer answer = http.get(jira("/rest/api/3/myself"), "Authorization",
        TestHttp.basic(user.email(), user.apiToken()));
    assertEquals(401, answer.status());
    assertEquals("{\"code\":401,\"message\":\"Unauthorized\"}", answer.body());
  }

  @Test
  void anUnknownCloudIdOrProductIsNotFound() {
    String bearer = token("read:jira-user");
    assertEquals(404, http.get(sandbox.apiUrl() + "/ex/jira/00000000-0000-0000-0000-000000000000/rest/api/3/myself",
        "Authorization", bearer).status());
    assertEquals(404, http.get(sandbox.apiUrl() + "/ex/bitbucket/" + sandbox.cloudId() + "/rest/api/3/myself",
        "Authorization", bearer).status());
    // Jira's API is not under the Confluence product.
    assertEquals(404, http.get(sandbox.apiUrl() + "/ex/confluence/" + sandbox.cloudId() + "/rest/api/3/myself",
        "Authorization", bearer).status());
  }

  @Test
  void anOperationTheSandboxDoesNotServeSays501NamingIt() {
    TestHttp.Answer answer = http.get(jira("/rest/api/3/dashboard"), "Authorization", token("read:jira-work"));
    assertEquals(501, answer.status(), answer.toString());
    assertTrue(answer.body().contains("getAllDashboards"), answer.body());
  }

  private static void assertScopeMismatch(TestHttp.Answer answer) {
    assertEquals(401, answer.status(), answer.toString());
    assertEquals("{\"code\":401,\"message\":\"Unauthorized; scope does not match\"}", answer.body());
    assertEquals("FAILURE_CLIENT_SCOPE_CHECK", answer.header("x-failure-category"));
  }
}
