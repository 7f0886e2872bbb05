package io.github.atlassianmcp.server.tools.servicedesk;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import io.github.atlassianmcp.server.ServerAssembly;
import io.github.atlassianmcp.server.config.ServerConfig;
import io.github.atlassianmcp.server.tools.ToolContext;
import io.github.atlassianmcp.server.tools.ToolResult;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Jira and Jira Service Management answers show a date the same way, whatever form each API gives it in. */
class ServiceDeskDatesTest {

  private static final String JSM_DATE = "{\"iso8601\":\"2024-01-17T09:30:00+1100\",\"jira\":"
      + "\"2024-01-17T09:30:00.000+1100\",\"friendly\":\"Today 9:30 AM\",\"epochMillis\":1705444200000}";

  private final WireMockServer site = new WireMockServer(options().bindAddress("127.0.0.1").dynamicPort());
  private ServerAssembly assembly;

  @TempDir
  Path home;

  @BeforeEach
  void start() {
    site.start();
    assembly = ServerAssembly.builder(ServerConfig.fromEnvironment(Map.of(ServerConfig.SITE_URL, site.baseUrl(),
        ServerConfig.EMAIL, "a@example.com", ServerConfig.API_TOKEN, "token", ServerConfig.TOOLSETS, "all"), home)).build();
  }

  @AfterEach
  void stop() {
    site.stop();
  }

  @Test
  void aRequestAndAnIssueCreatedAtTheSameMomentReadTheSame() {
    site.stubFor(get(urlPathEqualTo("/rest/api/3/issue/PROJ-1")).willReturn(json("{\"id\":\"1\",\"key\":\"PROJ-1\","
        + "\"fields\":{\"summary\":\"An issue\",\"created\":\"2024-01-17T09:30:00.000+1100\"}}")));
    site.stubFor(get(urlPathEqualTo("/rest/api/3/issue/PROJ-1/comment")).willReturn(json("{\"startAt\":0,"
        + "\"maxResults\":5,\"total\":0,\"comments\":[]}")));
    site.stubFor(get(urlPathEqualTo("/rest/servicedeskapi/request/SUP-1")).willReturn(json("{\"issueId\":\"2\","
        + "\"issueKey\":\"SUP-1\",\"summary\":\"A request\",\"createdDate\":" + JSM_DATE + ","
        + "\"requestFieldValues\":[]}")));
    site.stubFor(get(urlPathEqualTo("/rest/servicedeskapi/request/SUP-1/sla")).willReturn(json("{\"size\":1,"
        + "\"start\":0,\"limit\":50,\"isLastPage\":true,\"values\":[{\"id\":\"1\",\"name\":\"Time to resolution\","
        + "\"completedCycles\":[],\"ongoingCycle\":{\"breachTime\":" + JSM_DATE + ",\"breached\":false,"
        + "\"paused\":false,\"withinCalendarHours\":true,\"goalDuration\":{\"friendly\":\"4h\"},"
        + "\"elapsedTime\":{\"friendly\":\"1h\"},\"remainingTime\":{\"friendly\":\"3h\"},\"startTime\":" + JSM_DATE
        + "}}]}")));
    site.stubFor(get(urlPathEqualTo("/rest/servicedeskapi/request/SUP-1/comment")).willReturn(json("{\"size\":1,"
        + "\"start\":0,\"limit\":50,\"isLastPage\":true,\"values\":[{\"id\":\"7\",\"body\":\"On it.\","
        + "\"public\":true,\"author\":{\"displayName\":\"Sam\"},\"created\":" + JSM_DATE + "}]}")));
    site.stubFor(get(urlPathEqualTo("/rest/servicedeskapi/request")).willReturn(json("{\"size\":1,\"start\":0,"
        + "\"limit\":20,\"isLastPage\":true,\"values\":[{\"issueId\":\"2\",\"issueKey\":\"SUP-1\","
        + "\"summary\":\"A request\",\"createdDate\":" + JSM_DATE + ",\"requestFieldValues\":[]}]}")));

    String issue = call("jira_get_issue", Map.of("issue_key", "PROJ-1"));
    String request = call("servicedesk_get_request", Map.of("issue_key", "SUP-1"));
    String list = call("servicedesk_list_requests", Map.of("ownership", "mine"));

    assertTrue(issue.contains("created 2024-01-17 09:30 +11:00"), issue);
    assertTrue(request.contains("created 2024-01-17 09:30 +11:00"), "as Jira's: " + request);
    assertTrue(request.contains("due 2024-01-17 09:30 +11:00"), request);
    assertTrue(request.contains("**Sam**, 2024-01-17 09:30 +11:00:"), request);
    assertFalse(request.contains("+1100") || request.contains("T09:30"), request);
    assertTrue(list.contains("| 2024-01-17 |"), list);
  }

  private String call(String tool, Map<String, Object> arguments) {
    ToolResult result = assembly.handler().handle(tool, arguments,
        ToolContext.NONE);
    assertFalse(result.error(), result.text());
    return result.text();
  }

  private static ResponseDefinitionBuilder json(String body) {
    return aResponse().withStatus(200).withHeader("Content-Type", "application/json").withBody(body);
  }
}
