package io.github.atlassianmcp.server.transport;

import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import reactor.core.scheduler.Scheduler;
import reactor.core.scheduler.Schedulers;

/**
 * The threads the MCP SDK runs tool calls on (Reactor's bounded-elastic pool, which the SDK asks for by name): a
 * plain cached pool in place of Reactor's, which keeps an evictor thread of its own and tends to start a second
 * worker for short overlaps. A session of calls one after another now holds one thread; idle ones end after
 * Reactor's time-to-live. Calls beyond the cap run on the thread that hands them over rather than fail.
 */
public final class CallThreads implements Schedulers.Factory {

  /**
   * Makes Reactor use these threads from now on. Process-wide (Reactor's own hook): call it once, first thing in
   * {@code main}, before anything asks Reactor for a scheduler.
   */
  public static void install() {
    Schedulers.setFactory(new CallThreads());
  }

  @Override
  public Scheduler newBoundedElastic(int threadCap, int queuedTaskCap, ThreadFactory threadFactory, int ttlSeconds) {
    ThreadPoolExecutor pool = new ThreadPoolExecutor(0, threadCap, ttlSeconds, TimeUnit.SECONDS,
        new SynchronousQueue<>(), threadFactory, new ThreadPoolExecutor.CallerRunsPolicy());
    return Schedulers.fromExecutorService(pool, "boundedElastic");
  }
}
