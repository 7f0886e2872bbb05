package io.github.atlassianmcp.sandbox.gateway;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.atlassianmcp.sandbox.AtlassianSandbox;
import io.github.atlassianmcp.sandbox.SandboxUser;
import io.github.atlassianmcp.sandbox.TestHttp;
import io.github.atlassianmcp.testing.SpecValidation;
import io.github.atlassianmcp.testing.SpecValidator;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(SpecValidation.class)
class SiteAuthenticationTest {

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

  @Test
  void basicAuthWithEmailAndApiTokenSignsIn(SpecValidator spec) {
    SandboxUser user = sandbox.currentUser();
    String url = sandbox.siteUrl() + "/rest/api/3/myself";
    TestHttp.Answer answer = http.get(url, "Authorization", TestHttp.basic(user.email(), user.apiToken()));
    assertEquals(200, answer.status(), answer.toString());
    assertEquals(List.of(), spec.responseProblems("GET", url, 200, answer.contentType(), answer.body()));
    assertEquals(user.displayName(), answer.json().getAsJsonObject().get("displayName").getAsString());
  }

  @Test
  void everyUserSignsInAsThemselves() {
    SandboxUser other = sandbox.users().get(1);
    TestHttp.Answer answer = http.get(sandbox.siteUrl() + "/rest/api/3/myself", "Authorization",
        TestHttp.basic(other.email(), other.apiToken()));
    assertEquals(other.accountId(), answer.json().getAsJsonObject().get("accountId").getAsString());
  }

  @Test
  void aWrongTokenOrNoneGets401() {
    SandboxUser user = sandbox.currentUser();
    String url = sandbox.siteUrl() + "/rest/api/3/myself";
    TestHttp.Answer wrong = http.get(url, "Authorization", TestHttp.basic(user.email(), "ATATT-wrong"));
    assertEquals(401, wrong.status());
    assertEquals("Client must be authenticated to access this resource.", wrong.body());
    assertEquals(401, http.get(url).status());
  }

  @Test
  void theSiteDoesNotAcceptBearerTokens() {
    String token = sandbox.issueTokens(Set.of("read:jira-user")).accessToken();
    assertEquals(401, http.get(sandbox.siteUrl() + "/rest/api/3/myself", "Authorization", TestHttp.bearer(token))
        .status());
  }

  @Test
  void anInactiveAccountCannotSignIn() {
    SandboxUser inactive = sandbox.users().stream().filter(user -> !user.active()).findFirst().orElseThrow();
    assertEquals(401, http.get(sandbox.siteUrl() + "/rest/api/3/myself", "Authorization",
        TestHttp.basic(inactive.email(), inactive.apiToken())).status());
  }
}
