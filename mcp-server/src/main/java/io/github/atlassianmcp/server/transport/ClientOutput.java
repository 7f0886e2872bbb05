package io.github.atlassianmcp.server.transport;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/**
 * stdout, shared by the SDK's writer and our own answers to lines the SDK never sees, so that every line stays
 * exactly one JSON-RPC message. The SDK's bytes are held until their line is complete and then written in one
 * piece; our answers are written whole between two of its lines. This holds however the SDK writes (in one call
 * or several, locking or not).
 */
public final class ClientOutput extends OutputStream {

  private final OutputStream target;
  private final ByteArrayOutputStream partial = new ByteArrayOutputStream();
  private long linesWritten;

  public ClientOutput(OutputStream target) {
    this.target = target;
  }

  @Override
  public synchronized void write(int b) throws IOException {
    partial.write(b);
    if (b == '\n') {
      completeLine();
    }
  }

  @Override
  public synchronized void write(byte[] bytes, int offset, int length) throws IOException {
    int start = offset;
    int end = offset + length;
    for (int i = offset; i < end; i++) {
      if (bytes[i] == '\n') {
        partial.write(bytes, start, i + 1 - start);
        completeLine();
        start = i + 1;
      }
    }
    partial.write(bytes, start, end - start);
  }

  /** Writes one message of ours as a line of its own; {@code json} holds no line break. */
  synchronized void writeLine(String json) throws IOException {
    if (json.indexOf('\n') >= 0 || json.indexOf('\r') >= 0) {
      throw new IllegalArgumentException("a JSON-RPC message on stdio must fit one line");
    }
    target.write((json + "\n").getBytes(StandardCharsets.UTF_8));
    target.flush();
  }

  /** How many of the SDK's lines have reached stdout. */
  synchronized long linesWritten() {
    return linesWritten;
  }

  /** Only complete lines are ever written, so there is nothing more to flush than the target. */
  @Override
  public synchronized void flush() throws IOException {
    target.flush();
  }

  @Override
  public synchronized void close() throws IOException {
    target.close();
  }

  private void completeLine() throws IOException {
    partial.writeTo(target);
    partial.reset();
    target.flush();
    linesWritten++;
  }
}
