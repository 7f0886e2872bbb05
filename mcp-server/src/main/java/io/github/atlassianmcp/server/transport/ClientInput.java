package io.github.atlassianmcp.server.transport;

import com.google.gson.JsonParser;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CountDownLatch;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The client's stdin as the SDK's stdio transport gets it: one JSON message per line, lines that are not JSON
 * dropped (and logged), because one stray line would otherwise end the whole session. It also tells when the
 * input has ended: an MCP client stops a stdio server by closing its stdin, and the server must then exit even if
 * other threads (an in-process sandbox) would keep the JVM alive.
 */
public final class ClientInput extends InputStream {

  private static final Logger LOG = LoggerFactory.getLogger(ClientInput.class);
  /** Larger lines are passed on unchecked: parsing them twice costs more than it protects. */
  private static final int MAX_CHECKED_LINE = 4 * 1024 * 1024;

  private final InputStream source;
  private final CountDownLatch ended = new CountDownLatch(1);
  private byte[] line = new byte[0];
  private int position;

  public ClientInput(InputStream source) {
    this.source = source;
  }

  @Override
  public int read() throws IOException {
    if (!fill()) {
      return -1;
    }
    return line[position++] & 0xff;
  }

  @Override
  public int read(byte[] buffer, int offset, int length) throws IOException {
    if (length == 0) {
      return 0;
    }
    if (!fill()) {
      return -1;
    }
    int count = Math.min(length, line.length - position);
    System.arraycopy(line, position, buffer, offset, count);
    position += count;
    return count;
  }

  /** Makes sure unread bytes of a valid line are buffered; false at the end of the input. */
  private boolean fill() throws IOException {
    while (position >= line.length) {
      ByteArrayOutputStream next = new ByteArrayOutputStream();
      int b;
      while ((b = source.read()) != -1 && b != '\n') {
        next.write(b);
      }
      if (b == -1 && next.size() == 0) {
        ended.countDown();
        return false;
      }
      byte[] candidate = next.toByteArray();
      if (accepted(candidate)) {
        line = new byte[candidate.length + 1];
        System.arraycopy(candidate, 0, line, 0, candidate.length);
        line[candidate.length] = '\n';
        position = 0;
      }
    }
    return true;
  }

  private static boolean accepted(byte[] candidate) {
    String text = new String(candidate, StandardCharsets.UTF_8).strip();
    if (text.isEmpty()) {
      return false;
    }
    if (candidate.length > MAX_CHECKED_LINE) {
      return true;
    }
    try {
      if (JsonParser.parseString(text).isJsonObject() || text.startsWith("[")) {
        return true;
      }
    } catch (RuntimeException notJson) {
      // fall through
    }
    LOG.warn("Ignored a line on stdin that is not a JSON-RPC message ({} bytes)", candidate.length);
    return false;
  }

  /** Blocks until the input has ended. */
  public void await() throws InterruptedException {
    ended.await();
  }
}
