package io.github.atlassianmcp.server.transport;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.concurrent.CountDownLatch;

/**
 * Watches the client's input for its end: an MCP client ends a stdio server by closing its stdin, and the server
 * must then stop even if other threads (an in-process sandbox) would keep the JVM alive.
 */
public final class InputEnd extends FilterInputStream {

  private final CountDownLatch ended = new CountDownLatch(1);

  public InputEnd(InputStream in) {
    super(in);
  }

  @Override
  public int read() throws IOException {
    return seen(super.read());
  }

  @Override
  public int read(byte[] buffer, int offset, int length) throws IOException {
    return seen(super.read(buffer, offset, length));
  }

  private int seen(int result) {
    if (result < 0) {
      ended.countDown();
    }
    return result;
  }

  /** Blocks until the input has ended. */
  public void await() throws InterruptedException {
    ended.await();
  }
}
