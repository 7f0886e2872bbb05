package io.github.atlassianmcp.sandbox;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * How long a sandbox takes to start: the first start in this JVM pays for class loading and the operation
 * index; later ones show the steady cost (seeding and binding). Printed for the record; the bounds only catch
 * a sandbox that became an order of magnitude slower.
 */
class StartupTimeTest {

  @Test
  void startsQuicklyColdAndWarm() {
    long first = timeOneStart();
    long warm = Long.MAX_VALUE;
    for (int i = 0; i < 5; i++) {
      warm = Math.min(warm, timeOneStart());
    }
    System.err.printf("[sandbox] start-up: first in this JVM %d ms, warm %d ms%n", first, warm);
    assertTrue(first < 15_000, "first start took " + first + " ms");
    assertTrue(warm < 3_000, "a warm start took " + warm + " ms");
  }

  private static long timeOneStart() {
    long began = System.nanoTime();
    try (AtlassianSandbox sandbox = AtlassianSandbox.builder().start()) {
      assertTrue(sandbox.port() > 0);
      return (System.nanoTime() - began) / 1_000_000;
    }
  }
}
