package io.github.atlassianmcp.sandbox.oauth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.atlassianmcp.sandbox.AtlassianSandbox;
import io.github.atlassianmcp.sandbox.OAuthDance;
import io.github.atlassianmcp.sandbox.OAuthStats;
import io.github.atlassianmcp.sandbox.TestClock;
import io.github.atlassianmcp.sandbox.TestHttp;
import io.github.atlassianmcp.sandbox.TokenPair;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class RefreshTokenRotationTest {

  private static final Set<String> SCOPES = Set.of("read:jira-user", "offline_access");
  private final TestHttp http = new TestHttp();

  @Test
  void eachRefreshRotatesAndAReusedDeadTokenRevokesTheFamily() {
    try (AtlassianSandbox sandbox = AtlassianSandbox.builder().refreshTokenReuseLeeway(Duration.ZERO).start()) {
      OAuthDance dance = new OAuthDance(sandbox, http);
      TokenPair first = sandbox.issueTokens(SCOPES);

      TestHttp.Answer refreshed = dance.refresh(first.refreshToken());
      assertEquals(200, refreshed.status(), refreshed.toString());
      String second = refreshed.json().getAsJsonObject().get("refresh_token").getAsString();
      assertNotEquals(first.refreshToken(), second);

      TestHttp.Answer reused = dance.refresh(first.refreshToken());
      assertEquals(403, reused.status());
      assertEquals("{\"error\":\"invalid_grant\",\"error_description\":\"Unknown or invalid refresh token.\"}",
          reused.body());
      // The reuse revoked the family: the newest refresh token is dead too.
      assertEquals(403, dance.refresh(second).status());

      OAuthStats stats = sandbox.oauthStats();
      assertEquals(1, stats.refreshes());
      assertEquals(1, stats.deadRefreshTokenReuses());
      assertEquals(1, stats.revokedFamilies());
      assertEquals(3, stats.tokenRequests());
    }
  }

  @Test
  void withinTheLeewayAReusedTokenStillWorksButIsCounted() {
    try (AtlassianSandbox sandbox = AtlassianSandbox.builder().start()) {
      OAuthDance dance = new OAuthDance(sandbox, http);
      TokenPair first = sandbox.issueTokens(SCOPES);
      assertEquals(200, dance.refresh(first.refreshToken()).status());
      TestHttp.Answer retry = dance.refresh(first.refreshToken());
      assertEquals(200, retry.status(), retry.toString());
      assertEquals(new OAuthStats(2, 2, 1, 0), sandbox.oauthStats());
    }
  }

  @Test
  void afterTheLeewayAReuseRevokesTheFamily() {
    TestClock clock = new TestClock(Instant.parse("2025-03-01T09:00:00Z"));
    try (AtlassianSandbox sandbox = AtlassianSandbox.builder().clock(clock).start()) {
      OAuthDance dance = new OAuthDance(sandbox, http);
      TokenPair first = sandbox.issueTokens(SCOPES);
      String second = dance.refresh(first.refreshToken()).json().getAsJsonObject().get("refresh_token").getAsString();
      clock.advance(Duration.ofMinutes(10));
      assertEquals(403, dance.refresh(first.refreshToken()).status());
      assertEquals(403, dance.refresh(second).status());
      assertEquals(1, sandbox.oauthStats().revokedFamilies());
    }
  }

  @Test
  void aRefreshTokenUnusedFor90DaysExpires() {
    TestClock clock = new TestClock(Instant.parse("2025-03-01T09:00:00Z"));
    try (AtlassianSandbox sandbox = AtlassianSandbox.builder().clock(clock).start()) {
      TokenPair pair = sandbox.issueTokens(SCOPES);
      clock.advance(Duration.ofDays(90));
      assertEquals(403, new OAuthDance(sandbox, http).refresh(pair.refreshToken()).status());
    }
  }

  @Test
  void twentyConcurrentRefreshesOfOneTokenRotateItOnce() throws Exception {
    try (AtlassianSandbox sandbox = AtlassianSandbox.builder().refreshTokenReuseLeeway(Duration.ZERO).start()) {
      OAuthDance dance = new OAuthDance(sandbox, http);
      String token = sandbox.issueTokens(SCOPES).refreshToken();
      List<Integer> statuses = concurrently(20, () -> dance.refresh(token).status());

      assertEquals(1, statuses.stream().filter(status -> status == 200).count(), statuses.toString());
      assertEquals(19, statuses.stream().filter(status -> status == 403).count(), statuses.toString());
      OAuthStats stats = sandbox.oauthStats();
      assertEquals(new OAuthStats(20, 1, 19, 1), stats);
    }
  }

  @Test
  void withTheDefaultLeewayConcurrentRefreshesAllSucceedAndTheReusesAreCounted() throws Exception {
    try (AtlassianSandbox sandbox = AtlassianSandbox.builder().start()) {
      OAuthDance dance = new OAuthDance(sandbox, http);
      String token = sandbox.issueTokens(SCOPES).refreshToken();
      List<Integer> statuses = concurrently(20, () -> dance.refresh(token).status());
      assertEquals(20, statuses.stream().filter(status -> status == 200).count(), statuses.toString());
      assertEquals(new OAuthStats(20, 20, 19, 0), sandbox.oauthStats());
    }
  }

  @Test
  void accessTokensExpireAfterTheirLifetime() {
    TestClock clock = new TestClock(Instant.parse("2025-03-01T09:00:00Z"));
    try (AtlassianSandbox sandbox = AtlassianSandbox.builder().clock(clock)
        .accessTokenLifetime(Duration.ofSeconds(5)).start()) {
      TokenPair pair = sandbox.issueTokens(Set.of("read:me"));
      assertEquals(5, pair.expiresIn().toSeconds());
      String me = sandbox.apiUrl() + "/me";
      assertEquals(200, http.get(me, "Authorization", TestHttp.bearer(pair.accessToken())).status());
      clock.advance(Duration.ofSeconds(5));
      TestHttp.Answer expired = http.get(me, "Authorization", TestHttp.bearer(pair.accessToken()));
      assertEquals(401, expired.status());
      assertEquals("{\"code\":401,\"message\":\"Unauthorized\"}", expired.body());
    }
  }

  @Test
  void expireAccessTokensEndsEveryIssuedAccessTokenButNotItsRefreshToken() {
    try (AtlassianSandbox sandbox = AtlassianSandbox.builder().start()) {
      TokenPair pair = sandbox.issueTokens(Set.of("read:me", "offline_access"));
      sandbox.expireAccessTokens();
      assertEquals(401, http.get(sandbox.apiUrl() + "/me", "Authorization", TestHttp.bearer(pair.accessToken()))
          .status());
      TestHttp.Answer refreshed = new OAuthDance(sandbox, http).refresh(pair.refreshToken());
      assertEquals(200, refreshed.status());
      String fresh = refreshed.json().getAsJsonObject().get("access_token").getAsString();
      assertEquals(200, http.get(sandbox.apiUrl() + "/me", "Authorization", TestHttp.bearer(fresh)).status());
    }
  }

  @Test
  void issueTokensRefusesScopesTheAppDoesNotHave() {
    try (AtlassianSandbox sandbox = AtlassianSandbox.builder().start()) {
      assertThrows(IllegalArgumentException.class, () -> sandbox.issueTokens(Set.of("write:everything")));
      assertThrows(IllegalArgumentException.class, () -> sandbox.issueTokens(Set.of()));
    }
  }

  private static <T> List<T> concurrently(int count, Callable<T> task) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(count);
    try {
      CountDownLatch start = new CountDownLatch(1);
      List<Future<T>> futures = new ArrayList<>();
      for (int i = 0; i < count; i++) {
        futures.add(pool.submit(() -> {
          start.await();
          return task.call();
        }));
      }
      start.countDown();
      List<T> results = new ArrayList<>();
      for (Future<T> future : futures) {
        results.add(future.get());
      }
      return results;
    } finally {
      pool.shutdownNow();
    }
  }
}
