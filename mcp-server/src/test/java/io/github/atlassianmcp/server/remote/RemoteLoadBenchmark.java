package io.github.atlassianmcp.server.remote;

import io.github.atlassianmcp.sandbox.AtlassianSandbox;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A bounded load run of the team deployment, printing figures (not a test): two replicas on one PostgreSQL, the
 * sandbox as Atlassian, users who linked their accounts through the real pages, then N concurrent clients for a
 * fixed time, each alternating replicas and tools. Run with {@code mvn -B -q -pl mcp-server -am verify
 * -Premote-benchmark -DskipTests} ({@code -Dbench.clients=50 -Dbench.seconds=30 -Dbench.users=5}).
 */
public final class RemoteLoadBenchmark {

  private RemoteLoadBenchmark() {}

  public static void main(String[] args) throws Exception {
    int clients = Integer.getInteger("bench.clients", 50);
    int seconds = Integer.getInteger("bench.seconds", 30);
    int users = Integer.getInteger("bench.users", 5);
    try (AtlassianSandbox sandbox = AtlassianSandbox.builder().threads(32).start();
        StandInOidcProvider provider = new StandInOidcProvider();
        PostgresServer postgres = PostgresServer.start();
        TeamServer team = new TeamServer(sandbox, provider, postgres.jdbcUrl(), postgres.user(), 2)) {
      McpHttpClient client = new McpHttpClient();
      List<String> tokens = new ArrayList<>();
      for (int u = 0; u < users; u++) {
        String subject = "user-" + u;
        String token = provider.accessToken(subject, team.resource(), Set.of("openid", "atlassian:write"),
            Duration.ofHours(1));
        McpHttpClient.Answer first = client.callTool(team.port(0), token, "jira_search", Map.of("jql", "project = PROJ"));
        URI link = URI.create(first.error().getAsJsonObject("data").getAsJsonArray("elicitations").get(0)
            .getAsJsonObject().get("url").getAsString());
        provider.signInBrowserAs(subject);
        new ScriptedBrowser().link(link, url -> url, team.publicUrl());
        tokens.add(token);
      }
      List<Map<String, Object>> calls = List.of(
          Map.of("name", "jira_get_issue", "arguments", Map.of("issue_key", "PROJ-12")),
          Map.of("name", "jira_search", "arguments", Map.of("jql", "project = PROJ ORDER BY key ASC",
              "max_results", 10)),
          Map.of("name", "confluence_search", "arguments", Map.of("query", "runbook")));
      // Warm-up, so that class loading and the JIT do not count.
      for (int i = 0; i < 30; i++) {
        Map<String, Object> call = calls.get(i % calls.size());
        client.request(team.port(i % 2), tokens.get(i % users), "tools/call", call);
      }
      List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
      AtomicLong errors = new AtomicLong();
      long end = System.nanoTime() + Duration.ofSeconds(seconds).toNanos();
      ExecutorService pool = Executors.newFixedThreadPool(clients);
      List<Future<?>> running = new ArrayList<>();
      for (int c = 0; c < clients; c++) {
        int id = c;
        running.add(pool.submit(() -> {
          for (int i = 0; System.nanoTime() < end; i++) {
            Map<String, Object> call = calls.get((id + i) % calls.size());
            long start = System.nanoTime();
            try {
              McpHttpClient.Answer answer = client.request(team.port((id + i) % 2), tokens.get(id % users),
                  "tools/call", call);
              if (answer.status() != 200 || answer.body().has("error") || answer.isError()) {
                errors.incrementAndGet();
              }
            } catch (Exception e) {
              errors.incrementAndGet();
            }
            latencies.add(System.nanoTime() - start);
          }
          return null;
        }));
      }
      for (Future<?> future : running) {
        future.get();
      }
      pool.shutdown();
      List<Long> sorted = new ArrayList<>(latencies);
      Collections.sort(sorted);
      System.out.printf("remote load: %d clients, %d users, 2 replicas, PostgreSQL, %d s%n", clients, users, seconds);
      System.out.printf("  calls %d, throughput %.1f calls/s, errors %d%n", sorted.size(),
          sorted.size() / (double) seconds, errors.get());
      System.out.printf("  latency p50 %.1f ms, p90 %.1f ms, p99 %.1f ms, max %.1f ms%n", percentile(sorted, 50),
          percentile(sorted, 90), percentile(sorted, 99), sorted.isEmpty() ? 0 : sorted.get(sorted.size() - 1) / 1e6);
      System.out.printf("  Atlassian token refreshes during the run: %d%n", sandbox.oauthStats().refreshes());
    }
  }

  private static double percentile(List<Long> sorted, int p) {
    if (sorted.isEmpty()) {
      return 0;
    }
    return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - 1)) / 1e6;
  }
}
