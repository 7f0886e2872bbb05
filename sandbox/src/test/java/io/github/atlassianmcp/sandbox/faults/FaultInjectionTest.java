package io.github.atlassianmcp.sandbox.faults;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.atlassianmcp.sandbox.AtlassianSandbox;
import io.github.atlassianmcp.sandbox.SandboxUser;
import io.github.atlassianmcp.sandbox.TestHttp;
import java.time.Duration;
import java.util.Set;
import org.junit.jupiter.api.Test;

class FaultInjectionTest {

  private final TestHttp http = new TestHttp();

  @Test
  void theNextRequestsToAPathAnswer429WithRetryAfterThenRecover() {
    try (AtlassianSandbox sandbox = AtlassianSandbox.builder().start()) {
      sandbox.faults().failNext("/rest/api/3/myself", 2, 429, Duration.ofMillis(1500));
      String bearer = TestHttp.bearer(sandbox.issueTokens(Set.of("read:jira-user")).accessToken());
      String url = sandbox.apiUrl() + "/ex/jira/" + sandbox.cloudId() + "/rest/api/3/myself";

      TestHttp.Answer first = http.get(url, "Authorization", bearer);
      assertEquals(429, first.status());
      assertEquals("2", first.header("retry-after"));
      assertEquals("{\"errorMessages\":[\"Rate limit exceeded.\"],\"errors\":{}}", first.body());
      assertEquals(429, http.get(url, "Authorization", bearer).status());
      assertEquals(200, http.get(url, "Authorization", bearer).status());
    }
  }

  @Test
  void aFaultMatchesTheSitePathBehindTheGatewayAndOnTheSite() {
    try (AtlassianSandbox sandbox = AtlassianSandbox.builder().start()) {
      SandboxUser user = sandbox.currentUser();
      sandbox.faults().failNext("/rest/api/3/", 1, 503, null);
      TestHttp.Answer answer = http.get(sandbox.siteUrl() + "/rest/api/3/myself", "Authorization",
          TestHttp.basic(user.email(), user.apiToken()));
      assertEquals(503, answer.status());
      assertEquals(null, answer.header("retry-after"));
      assertEquals(200, http.get(sandbox.siteUrl() + "/rest/api/3/myself", "Authorization",
          TestHttp.basic(user.email(), user.apiToken())).status());
    }
  }

  @Test
  void theTokenEndpointCanFailToo() {
    try (AtlassianSandbox sandbox = AtlassianSandbox.builder().start()) {
      sandbox.faults().failNext("/oauth/token", 1, 503, Duration.ofSeconds(3));
      TestHttp.Answer answer = http.postJson(sandbox.authUrl() + "/oauth/token", "{}");
      assertEquals(503, answer.status());
      assertEquals("3", answer.header("retry-after"));
    }
  }

  @Test
  void badPlansAreRefusedWithAReason() {
    try (AtlassianSandbox sandbox = AtlassianSandbox.builder().start()) {
      assertThrows(IllegalArgumentException.class, () -> sandbox.faults().failNext("rest", 1, 429, null));
      assertThrows(IllegalArgumentException.class, () -> sandbox.faults().failNext("/rest", 0, 429, null));
      assertThrows(IllegalArgumentException.class, () -> sandbox.faults().failNext("/rest", 1, 200, null));
    }
  }
}
