package io.github.atlassianmcp.client.http;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.github.tomakehurst.wiremock.WireMockServer;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Retries of 429 and 503 over real HTTP, with the waits recorded instead of slept. */
class RetryInterceptorTest {

  private final WireMockServer server = new WireMockServer(options().bindAddress("127.0.0.1").dynamicPort());
  private final List<Duration> waits = new ArrayList<>();
  private static final Clock NOW = Clock.fixed(Instant.parse("2026-01-01T12:00:00Z"), ZoneOffset.UTC);

  RetryInterceptorTest() {
    server.start();
  }

  @AfterEach
  void stop() {
    server.stop();
  }

  private OkHttpClient client(RetryPolicy policy) {
    return new OkHttpClient.Builder().addInterceptor(new RetryInterceptor(policy, waits::add, NOW)).build();
  }

  private void answer(String path, int... statuses) {
    answerWithRetryAfter(path, "2", statuses);
  }

  private void answerWithRetryAfter(String path, String retryAfter, int... statuses) {
    String state = STARTED;
    for (int i = 0; i < statuses.length; i++) {
      String next = i + 1 < statuses.length ? "step " + (i + 1) : "done";
      server.stubFor(any(urlPathEqualTo(path)).inScenario(path).whenScenarioStateIs(state)
          .willReturn(aResponse().withStatus(statuses[i]).withHeader("Retry-After", statuses[i] == 429 ? retryAfter : "")
              .withBody("{}"))
          .willSetStateTo(next));
      state = next;
    }
  }

  private Response get(OkHttpClient client, String path) throws IOException {
    return client.newCall(new Request.Builder().url(server.url(path)).build()).execute();
  }

  @Test
  void aReadIsRepeatedAfter429HonouringRetryAfter() throws IOException {
    answer("/rest/api/3/issue/PROJ-1", 429, 200);
    try (Response response = get(client(RetryPolicy.standard()), "/rest/api/3/issue/PROJ-1")) {
      assertEquals(200, response.code());
      assertEquals("1", response.header(RetryInterceptor.RETRIES_HEADER));
    }
    assertEquals(List.of(Duration.ofSeconds(2)), waits);
    server.verify(2, anyRequestedFor(urlPathEqualTo("/rest/api/3/issue/PROJ-1")));
  }

  @Test
  void withoutRetryAfterTheBackoffDoublesAndTheLastAnswerIsPassedOn() throws IOException {
    answer("/x", 503, 503, 503, 503);
    try (Response response = get(client(RetryPolicy.standard()), "/x")) {
      assertEquals(503, response.code());
      assertEquals("3", response.header(RetryInterceptor.RETRIES_HEADER));
    }
    assertEquals(List.of(Duration.ofSeconds(1), Duration.ofSeconds(2), Duration.ofSeconds(4)), waits);
  }

  @Test
  void aWriteThatCouldDuplicateIsNotRepeated() throws IOException {
    answer("/rest/api/3/issue/PROJ-1/comment", 429, 201);
    Request post = new Request.Builder().url(server.url("/rest/api/3/issue/PROJ-1/comment"))
        .post(RequestBody.create("{}", MediaType.get("application/json"))).build();
    try (Response response = client(RetryPolicy.standard()).newCall(post).execute()) {
      assertEquals(429, response.code());
      assertNull(response.header(RetryInterceptor.RETRIES_HEADER));
    }
    server.verify(1, anyRequestedFor(urlPathEqualTo("/rest/api/3/issue/PROJ-1/comment")));
  }

  @Test
  void aSearchSentAsPostIsARead() throws IOException {
    answer("/ex/jira/abc/rest/api/3/search/jql", 429, 200);
    Request post = new Request.Builder().url(server.url("/ex/jira/abc/rest/api/3/search/jql"))
        .post(RequestBody.create("{\"jql\":\"project = PROJ\"}", MediaType.get("application/json"))).build();
    try (Response response = client(RetryPolicy.standard()).newCall(post).execute()) {
      assertEquals(200, response.code());
    }
  }

  @Test
  void theTotalBudgetBoundsTheWaiting() throws IOException {
    answer("/y", 429, 429, 429, 200);
    RetryPolicy tight = new RetryPolicy(5, Duration.ofSeconds(10), Duration.ofSeconds(3), Duration.ofSeconds(1));
    try (Response response = get(client(tight), "/y")) {
      assertEquals(429, response.code());
    }
    assertEquals(List.of(Duration.ofSeconds(2)), waits, "a second 2 s wait would pass the 3 s budget");
  }

  @Test
  void retryAfterIsCappedAtTheLongestWait() {
    RetryPolicy policy = RetryPolicy.standard();
    assertEquals(Duration.ofSeconds(10), policy.delay(1, Duration.ofSeconds(3600)));
  }

  @Test
  void aNegativeRetryAfterFallsBackToTheBackoffInsteadOfHammering() throws IOException {
    answerWithRetryAfter("/z", "-5", 429, 429, 429, 429);
    try (Response response = get(client(RetryPolicy.standard()), "/z")) {
      assertEquals(429, response.code());
    }
    assertEquals(List.of(Duration.ofSeconds(1), Duration.ofSeconds(2), Duration.ofSeconds(4)), waits);
  }

  @Test
  void garbageRetryAfterFallsBackToTheBackoff() throws IOException {
    answerWithRetryAfter("/g", "soon-ish", 429, 200);
    try (Response response = get(client(RetryPolicy.standard()), "/g")) {
      assertEquals(200, response.code());
    }
    assertEquals(List.of(Duration.ofSeconds(1)), waits);
  }

  @Test
  void anHttpDateRetryAfterIsTheTimeUntilThen() throws IOException {
    answerWithRetryAfter("/d", "Thu, 01 Jan 2026 12:00:07 GMT", 429, 200);
    try (Response response = get(client(RetryPolicy.standard()), "/d")) {
      assertEquals(200, response.code());
    }
    assertEquals(List.of(Duration.ofSeconds(7)), waits);
  }

  @Test
  void retryAfterParsesBothFormsAndClampsNonsense() {
    assertEquals(Optional.of(Duration.ofSeconds(120)), RetryAfter.parse(" 120 ", NOW));
    assertEquals(Optional.of(Duration.ZERO), RetryAfter.parse("-5", NOW));
    assertEquals(Optional.of(Duration.ZERO), RetryAfter.parse("Wed, 21 Oct 2015 07:28:00 GMT", NOW));
    assertEquals(Optional.of(Duration.ofSeconds(30)), RetryAfter.parse("Thu, 01 Jan 2026 12:00:30 GMT", NOW));
    assertEquals(Optional.empty(), RetryAfter.parse("tomorrow", NOW));
    assertEquals(Optional.empty(), RetryAfter.parse("", NOW));
    assertEquals(Optional.of(Duration.ofDays(365)), RetryAfter.parse("99999999999999", NOW));
  }
}
