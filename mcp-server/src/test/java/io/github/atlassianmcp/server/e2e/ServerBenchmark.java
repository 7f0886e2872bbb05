package io.github.atlassianmcp.server.e2e;

import com.google.gson.JsonElement;
import com.google.gson.JsonParser;
import io.github.atlassianmcp.adf.AdfToMarkdown;
import io.github.atlassianmcp.adf.MarkdownToAdf;
import io.github.atlassianmcp.sandbox.AtlassianSandbox;
import io.modelcontextprotocol.json.McpJsonDefaults;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Prints the figures the project watches: start-up, latency of the main tools, answer sizes, memory of the server
 * process, and conversion speed. Not a test (figures vary with the machine): run it with
 * {@code mvn -B -q -Pbenchmark verify -DskipTests} and compare runs on the same machine.
 */
public final class ServerBenchmark {

  private static final int CALLS = 30;

  private ServerBenchmark() {}

  public static void main(String[] args) throws Exception {
    long start = System.nanoTime();
    AtlassianSandbox first = AtlassianSandbox.builder().start();
    double cold = millis(start);
    first.close();
    List<Double> warm = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      long t = System.nanoTime();
      AtlassianSandbox.builder().start().close();
      warm.add(millis(t));
    }
    print("sandbox start-up, first in the JVM", cold, "ms");
    print("sandbox start-up, warm (median of 5)", median(warm), "ms");

    try (AtlassianSandbox sandbox = AtlassianSandbox.builder().start()) {
      Map<String, String> env = SandboxSignIn.oauthEnvironment(sandbox, Map.of());
      List<Double> startups = new ArrayList<>();
      for (int i = 0; i < 3; i++) {
        long t = System.nanoTime();
        ServerProcess.start(env).close();
        startups.add(millis(t));
      }
      print("server process start to MCP initialized (median of 3)", median(startups), "ms");

      try (ServerProcess server = ServerProcess.start(env)) {
        int listBytes = McpJsonDefaults.getMapper().writeValueAsString(server.client().listTools())
            .getBytes(StandardCharsets.UTF_8).length;
        print("tools/list result", listBytes, "bytes");
        measure("jira_search, 50 issues", () -> server.text("jira_search",
            Map.of("jql", "project = PROJ ORDER BY updated DESC", "max_results", 50)));
        measure("jira_get_issue with 5 comments", () -> server.text("jira_get_issue", Map.of("issue_key", "PROJ-12")));
        measure("jira_get_issue_history, 20 changes", () -> server.text("jira_get_issue_history",
            Map.of("issue_key", "PROJ-12")));
        measure("confluence_search", () -> server.text("confluence_search", Map.of("query", "runbook")));
        measure("confluence_get_page", () -> server.text("confluence_get_page", Map.of("page_id", "98307")));
        measure("servicedesk_get_request", () -> server.text("servicedesk_get_request", Map.of("issue_key", "SUP-2")));
        serverMemory().ifPresent(memory -> System.out.println(memory));
      }
    }
    conversions();
  }

  private static void measure(String name, Supplier<String> call) {
    String answer = call.get();
    for (int i = 0; i < 5; i++) {
      call.get();
    }
    List<Double> times = new ArrayList<>();
    for (int i = 0; i < CALLS; i++) {
      long t = System.nanoTime();
      call.get();
      times.add(millis(t));
    }
    Collections.sort(times);
    System.out.printf(Locale.ROOT, "%-55s p50 %6.1f ms  p95 %6.1f ms  answer %6d bytes%n", name,
        times.get(CALLS / 2), times.get((int) (CALLS * 0.95)), answer.getBytes(StandardCharsets.UTF_8).length);
  }

  /** Resident memory of the server process (Linux /proc), now and at its peak. */
  private static Optional<String> serverMemory() {
    return ProcessHandle.current().children()
        .filter(p -> p.info().commandLine().orElse("").contains("atlassian-mcp-server.jar"))
        .findFirst()
        .flatMap(process -> {
          try {
            List<String> status = Files.readAllLines(Path.of("/proc", Long.toString(process.pid()), "status"));
            String rss = status.stream().filter(l -> l.startsWith("VmRSS")).findFirst().orElse("VmRSS: ?");
            String peak = status.stream().filter(l -> l.startsWith("VmHWM")).findFirst().orElse("VmHWM: ?");
            return Optional.of(String.format(Locale.ROOT, "%-55s %s, peak %s", "server process memory",
                rss.replaceAll("\\s+", " ").substring(7), peak.replaceAll("\\s+", " ").substring(7)));
          } catch (IOException e) {
            return Optional.empty();
          }
        });
  }

  private static void conversions() {
    JsonElement adf = JsonParser.parseString(new MarkdownToAdf().convert("""
        ## Steps
        1. Sign in as **admin**
        2. Open `/billing` and [the docs](https://example.com)
           - with the cache disabled

        ```java
        int x = compute(1, 2);
        ```

        | a | b |
        |---|---|
        | 1 | 2 |
        """).toString());
    AdfToMarkdown toMarkdown = new AdfToMarkdown();
    MarkdownToAdf toAdf = new MarkdownToAdf();
    String markdown = toMarkdown.convert(adf);
    rate("ADF to markdown (a small bug report)", () -> toMarkdown.convert(adf));
    rate("markdown to ADF (the same)", () -> toAdf.convert(markdown));
  }

  private static void rate(String name, Runnable conversion) {
    for (int i = 0; i < 20_000; i++) {
      conversion.run();
    }
    int runs = 50_000;
    long t = System.nanoTime();
    for (int i = 0; i < runs; i++) {
      conversion.run();
    }
    double micros = (System.nanoTime() - t) / 1000.0 / runs;
    System.out.printf(Locale.ROOT, "%-55s %6.1f µs each%n", name, micros);
  }

  private static void print(String name, double value, String unit) {
    System.out.printf(Locale.ROOT, "%-55s %8.1f %s%n", name, value, unit);
  }

  private static double millis(long startNanos) {
    return (System.nanoTime() - startNanos) / 1_000_000.0;
  }

  private static double median(List<Double> values) {
    List<Double> sorted = new ArrayList<>(values);
    Collections.sort(sorted);
    return sorted.get(sorted.size() / 2);
  }
}
