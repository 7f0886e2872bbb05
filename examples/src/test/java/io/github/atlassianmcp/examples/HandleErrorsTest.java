package io.github.atlassianmcp.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import io.github.atlassianmcp.client.AtlassianClients;
import io.github.atlassianmcp.client.http.RetryPolicy;
import io.github.atlassianmcp.examples.HandleErrors.Lookup;
import io.github.atlassianmcp.sandbox.SandboxUser;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class HandleErrorsTest {

  @RegisterExtension
  static final SandboxSite SITE = new SandboxSite();

  @Test
  void aMissingIssueIsNotFoundWithJirasMessage() {
    Lookup lookup = new HandleErrors(SITE.clients()).lookUp("PROJ-999");

    Lookup.Missing missing = assertInstanceOf(Lookup.Missing.class, lookup);
    assertFalse(missing.errorMessages().isEmpty());
  }

  @Test
  void aRateLimitedReadSaysWhenToComeBack() {
    SITE.sandbox().faults().failNext("/rest/api/3/issue/PROJ-1", 1, 429, Duration.ofSeconds(7));

    Lookup lookup = new HandleErrors(SITE.clients()).lookUp("PROJ-1");

    assertEquals(new Lookup.SlowDown(Optional.of(Duration.ofSeconds(7))), lookup);
  }

  @Test
  void withRetriesTheClientWaitsForRetryAfterAndTheReadSucceeds() {
    SITE.sandbox().faults().failNext("/rest/api/3/issue/PROJ-1", 1, 429, Duration.ofSeconds(1));
    SandboxUser user = SITE.sandbox().currentUser();
    AtlassianClients retrying = AtlassianClients.builder().site(SITE.sandbox().siteUrl())
        .apiToken(user.email(), user.apiToken()).retries(RetryPolicy.standard()).build();

    assertInstanceOf(Lookup.Found.class, new HandleErrors(retrying).lookUp("PROJ-1"));
  }
}
