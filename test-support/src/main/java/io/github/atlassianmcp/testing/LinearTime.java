package io.github.atlassianmcp.testing;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Checks that work grows linearly with its input, not quadratically. It measures the calling thread's CPU time,
 * not wall time: on a machine shared with other builds, wall time swings with their load, CPU time much less.
 */
public final class LinearTime {

  private LinearTime() {}

  /**
   * Asserts that {@code large} (20 times the input of {@code small}) takes well under the 400 times as long
   * quadratic work would; 80 leaves room for a noisy machine.
   */
  public static void assertLinear(Runnable small, Runnable large) {
    small.run();
    large.run();
    long smallNanos = best(small);
    long largeNanos = best(large);
    assertTrue(largeNanos < smallNanos * 80, "small " + smallNanos + " ns, large (20x) " + largeNanos + " ns");
  }

  private static long best(Runnable work) {
    java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
    boolean cpu = threads.isCurrentThreadCpuTimeSupported();
    long best = Long.MAX_VALUE;
    for (int i = 0; i < 5; i++) {
      long start = cpu ? threads.getCurrentThreadCpuTime() : System.nanoTime();
      work.run();
      best = Math.min(best, (cpu ? threads.getCurrentThreadCpuTime() : System.nanoTime()) - start);
    }
    return best;
  }
}
