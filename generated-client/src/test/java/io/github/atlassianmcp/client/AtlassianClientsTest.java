package io.github.atlassianmcp.client;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.atlassianmcp.client.http.AccessTokenSource;
import io.github.atlassianmcp.client.http.RetryPolicy;
import io.github.atlassianmcp.client.jira.platform.api.MyselfApi;
import io.github.atlassianmcp.client.jira.platform.invoker.ApiClient;
import io.github.atlassianmcp.client.jira.platform.model.User;
import java.io.IOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import okhttp3.logging.HttpLoggingInterceptor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The builder's options, each over real HTTP against a spec-checked stand-in. */
@ExtendWith(ContractSite.class)
class AtlassianClientsTest {

  private static final String MYSELF = "/rest/api/3/myself";

  @Test
  void loggingNeverShowsTheCredentials(ContractHarness site) {
    site.stub("GET", MYSELF, 200, "jira/myself.json");
    List<String> lines = new CopyOnWriteArrayList<>();
    AtlassianClients clients = AtlassianClients.builder().site(site.server().baseUrl())
        .apiToken("ada@example.com", "api-token-for-tests")
        .logging(HttpLoggingInterceptor.Level.HEADERS, lines::add).build();

    new MyselfApi(clients.jiraPlatform()).getCurrentUser().execute();
    ApiClient debugging = clients.jiraPlatform().setDebugging(true);
    new MyselfApi(debugging).getCurrentUser().execute();

    assertTrue(lines.stream().anyMatch(line -> line.startsWith("Authorization: ██")), String.join("\n", lines));
    String basic = okhttp3.Credentials.basic("ada@example.com", "api-token-for-tests");
    assertFalse(lines.stream().anyMatch(line -> line.contains(basic.substring(6))), "no credentials in the log");
  }

  @Test
  void oauthTokensAreRefreshedOnceAfterA401(ContractHarness site) {
    site.server().stubFor(get(urlPathEqualTo(MYSELF)).withHeader("Authorization", equalTo("Bearer old"))
        .willReturn(aResponse().withStatus(401).withHeader("Content-Type", "application/json")
            .withBody("{\"code\":401,\"message\":\"Unauthorized\"}")));
    site.server().stubFor(get(urlPathEqualTo(MYSELF)).withHeader("Authorization", equalTo("Bearer new"))
        .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json")
            .withBody(ContractHarness.read("jira/myself.json"))));
    AtomicInteger refreshes = new AtomicInteger();
    AccessTokenSource tokens = new AccessTokenSource() {
      private volatile String current = "old";

      @Override
      public String accessToken() {
        return current;
      }

      @Override
      public String accessTokenAfterRejection(String rejected) {
        refreshes.incrementAndGet();
        current = "new";
        return current;
      }
    };
    AtlassianClients clients = AtlassianClients.builder().gateway(site.server().baseUrl(), "cloud-1").oauth(tokens)
        .build();
    site.stub("GET", "/ex/jira/cloud-1" + MYSELF, 200, "jira/myself.json");
    site.server().stubFor(get(urlPathEqualTo("/ex/jira/cloud-1" + MYSELF))
        .withHeader("Authorization", equalTo("Bearer old"))
        .willReturn(aResponse().withStatus(401).withHeader("Content-Type", "application/json")
            .withBody("{\"code\":401,\"message\":\"Unauthorized\"}")));

    User me = new MyselfApi(clients.jiraPlatform()).getCurrentUser().execute();
    User again = new MyselfApi(clients.jiraPlatform()).getCurrentUser().execute();

    assertEquals(me.getAccountId(), again.getAccountId());
    assertEquals(1, refreshes.get());
    site.server().verify(2, getRequestedFor(urlPathEqualTo("/ex/jira/cloud-1" + MYSELF))
        .withHeader("Authorization", equalTo("Bearer new")));
  }

  @Test
  void aTokenIsNeverSentToAnotherOrigin(ContractHarness site) throws IOException {
    site.stub("GET", MYSELF, 200, "jira/myself.json");
    AtlassianClients clients = AtlassianClients.builder().gateway("http://127.0.0.1:1", "cloud-1")
        .oauth(AccessTokenSource.of("secret-token")).build();

    try (okhttp3.Response response = clients.httpClient().newCall(new okhttp3.Request.Builder()
        .url(site.server().baseUrl() + MYSELF).build()).execute()) {
      assertEquals(200, response.code());
    }
    assertTrue(site.server().findAll(getRequestedFor(urlPathEqualTo(MYSELF))).stream()
        .noneMatch(request -> request.containsHeader("Authorization")));
  }

  @Test
  void retriesAreOptInAndHonourRetryAfter(ContractHarness site) {
    site.server().stubFor(get(urlPathEqualTo(MYSELF)).inScenario("busy").whenScenarioStateIs(STARTED)
        .willReturn(aResponse().withStatus(429).withHeader("Retry-After", "1")).willSetStateTo("calm"));
    site.server().stubFor(get(urlPathEqualTo(MYSELF)).inScenario("busy").whenScenarioStateIs("calm")
        .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json")
            .withBody(ContractHarness.read("jira/myself.json"))));
    AtlassianClients once = AtlassianClients.builder().site(site.server().baseUrl()).build();
    assertThrows(RateLimitedException.class, () -> new MyselfApi(once.jiraPlatform()).getCurrentUser().execute());

    site.server().setScenarioState("busy", STARTED);
    AtlassianClients patient = AtlassianClients.builder().site(site.server().baseUrl())
        .retries(new RetryPolicy(2, Duration.ofSeconds(2), Duration.ofSeconds(5), Duration.ofMillis(100))).build();
    assertEquals("5b10a2844c20165700ede21g",
        new MyselfApi(patient.jiraPlatform()).getCurrentUser().execute().getAccountId());
  }

  @Test
  void eachProductsClientIsMadeOnceOnFirstUse() {
    AtlassianClients clients = AtlassianClients.builder().site("https://example.atlassian.net").build();
    assertTrue(clients.confluenceV2() == clients.confluenceV2());
    assertEquals("https://example.atlassian.net/wiki/api/v2", clients.confluenceV2().getBasePath());
    assertTrue(clients.jiraPlatform().getHttpClient() == clients.confluenceV2().getHttpClient(), "one pool");
  }

  @Test
  void noGeneratedApiExceptionIsDeclaredByAnyOperation() throws IOException, URISyntaxException,
      ClassNotFoundException {
    Path classes = Path.of(AtlassianClients.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    List<String> leaks = new ArrayList<>();
    int checked = 0;
    try (Stream<Path> files = Files.walk(classes)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".class")
          && (f.getParent().endsWith("api") || f.getFileName().toString().equals("ApiClient.class"))).toList()) {
        String name = classes.relativize(file).toString().replace('/', '.').replaceAll("\\.class$", "");
        Class<?> type = Class.forName(name, false, getClass().getClassLoader());
        for (Method method : type.getDeclaredMethods()) {
          if (Modifier.isPublic(method.getModifiers())) {
            checked++;
            Arrays.stream(method.getExceptionTypes())
                .filter(thrown -> !AtlassianApiException.class.equals(thrown)
                    && !thrown.getName().startsWith("java."))
                .forEach(thrown -> leaks.add(name + "." + method.getName() + " throws " + thrown.getName()));
          }
        }
      }
    }
    assertTrue(checked > 5000, "checked " + checked + " methods");
    assertEquals(List.of(), leaks);
  }
}
