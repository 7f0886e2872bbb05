package io.github.atlassianmcp.examples;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.github.atlassianmcp.client.AtlassianClients;
import io.github.atlassianmcp.testing.SpecValidation;
import io.github.atlassianmcp.testing.SpecValidator;
import io.github.atlassianmcp.testing.WireMockSpecCheck;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(SpecValidation.class)
class SearchIssuesTest {

  private final WireMockServer site = new WireMockServer(options().bindAddress("127.0.0.1").dynamicPort());
  private final SpecValidator validator;

  SearchIssuesTest(SpecValidator validator) {
    this.validator = validator;
    site.start();
  }

  @AfterEach
  void stop() {
    site.stop();
  }

  private static String page(String key, String summary, String nextToken) {
    String issue = "{\"id\":\"1\",\"key\":\"" + key + "\",\"fields\":{\"summary\":\"" + summary + "\"}}";
    return "{\"issues\":[" + issue + "]," + (nextToken == null ? "\"isLast\":true}"
        : "\"nextPageToken\":\"" + nextToken + "\",\"isLast\":false}");
  }

  @Test
  void printsKeysAndSummariesAcrossPages() throws Exception {
    site.stubFor(post(urlPathEqualTo("/rest/api/3/search/jql"))
        .withRequestBody(matchingJsonPath("$.nextPageToken", com.github.tomakehurst.wiremock.client.WireMock.absent()))
        .willReturn(aResponse().withHeader("Content-Type", "application/json").withBody(page("PROJ-2", "Second", "t1"))));
    site.stubFor(post(urlPathEqualTo("/rest/api/3/search/jql"))
        .withRequestBody(matchingJsonPath("$.nextPageToken", equalTo("t1")))
        .willReturn(aResponse().withHeader("Content-Type", "application/json").withBody(page("PROJ-1", "First", null))));
    AtlassianClients atlassian = AtlassianClients.builder()
        .site("http://127.0.0.1:" + site.port()).apiToken("ada@example.com", "token").build();
    ByteArrayOutputStream out = new ByteArrayOutputStream();

    int printed = new SearchIssues(atlassian).print("project = PROJ", 10, new PrintStream(out, true, StandardCharsets.UTF_8));

    assertEquals(2, printed);
    assertEquals("PROJ-2  Second\nPROJ-1  First\n", out.toString(StandardCharsets.UTF_8));
    new WireMockSpecCheck(validator).assertAllRequestsMatchSpec(site);
  }
}
