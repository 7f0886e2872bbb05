package io.github.atlassianmcp.server.transport;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.SequenceInputStream;
import java.time.Duration;
import java.util.Arrays;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The client's stdin as the SDK's stdio transport gets it: one message per line, each line first held to
 * JSON-RPC and MCP by {@link MessageCheck}. Lines that fail are answered here (through {@link ClientOutput}) or
 * dropped, never passed on: the SDK stops reading for good at the first line it cannot read. Lines longer than
 * {@link #MAX_LINE} are never held in memory whole.
 *
 * <p>It also tells when the input has ended: an MCP client stops a stdio server by closing its stdin. The end is
 * passed on once the requests already read have been answered (for at most a limit), so that a client
 * that closes stdin after its last request still gets the answer.
 */
final class ClientInput extends InputStream {

  /** The longest line taken, in bytes; the SDK is given a larger limit so that it never meets its own. */
  static final int MAX_LINE = 16 * 1024 * 1024;
  static final Duration DRAIN_LIMIT = Duration.ofSeconds(30);

  private static final Logger LOG = LoggerFactory.getLogger(ClientInput.class);
  private static final byte[] NO_BYTES = new byte[0];

  private final InputStream source;
  private final MessageCheck check;
  private final ClientOutput output;
  private final PendingAnswers pending;
  private final Runnable onEnd;
  private final Duration drainLimit;
  private final byte[] chunk = new byte[64 * 1024];
  private int chunkStart;
  private int chunkEnd;
  private boolean sourceEnded;
  private byte[] line = NO_BYTES;
  private int position;

  /**
   * @param onEnd called once the input has ended (or failed)
   * @param drainLimit how long the end waits for the answers to requests already read
   */
  ClientInput(InputStream source, MessageCheck check, ClientOutput output, PendingAnswers pending, Runnable onEnd,
      Duration drainLimit) {
    this.source = source;
    this.check = check;
    this.output = output;
    this.pending = pending;
    this.onEnd = onEnd;
    this.drainLimit = drainLimit;
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

  /** Makes sure unread bytes of an accepted line are buffered; false at the end of the input. */
  private boolean fill() throws IOException {
    try {
      while (position >= line.length) {
        ByteArrayOutputStream next = new ByteArrayOutputStream();
        switch (readLine(next)) {
          case LINE -> accept(next.toByteArray());
          case TOO_LONG -> rejectTooLarge(next);
          case END -> {
            end();
            return false;
          }
        }
      }
      return true;
    } catch (IOException e) {
      LOG.warn("Reading stdin failed; ending the session: {}", e.toString());
      onEnd.run();
      throw e;
    }
  }

  private enum Read { LINE, TOO_LONG, END }

  /** Reads up to the next line break (or the end of input) into {@code into}, at most {@link #MAX_LINE} + 1 bytes. */
  private Read readLine(ByteArrayOutputStream into) throws IOException {
    while (true) {
      if (chunkStart == chunkEnd && !refill()) {
        return into.size() > 0 ? Read.LINE : Read.END;
      }
      int newline = indexOfNewline();
      int end = newline < 0 ? chunkEnd : newline;
      int take = Math.min(end - chunkStart, MAX_LINE + 1 - into.size());
      into.write(chunk, chunkStart, take);
      chunkStart += take;
      if (into.size() > MAX_LINE) {
        return Read.TOO_LONG;
      }
      if (newline >= 0) {
        chunkStart++;
        return Read.LINE;
      }
    }
  }

  private void accept(byte[] raw) throws IOException {
    byte[] bytes = withoutBomAndCarriageReturn(raw);
    if (isBlank(bytes)) {
      return;
    }
    MessageCheck.Verdict verdict = check.check(bytes);
    answer(verdict, bytes.length);
    if (verdict.pass()) {
      if (verdict.requestId() != null) {
        pending.requested(verdict.requestId());
      }
      // A carriage return can only be whitespace in valid JSON, but the SDK would end the line at it.
      line = new byte[bytes.length + 1];
      for (int i = 0; i < bytes.length; i++) {
        line[i] = bytes[i] == '\r' ? (byte) ' ' : bytes[i];
      }
      line[bytes.length] = '\n';
      position = 0;
    }
  }

  /** Streams the rest of an overlong line past the check (for its id) without holding it, then answers. */
  private void rejectTooLarge(ByteArrayOutputStream prefix) throws IOException {
    InputStream rest = new RestOfLine();
    MessageCheck.Verdict verdict =
        check.tooLarge(new SequenceInputStream(new ByteArrayInputStream(prefix.toByteArray()), rest), MAX_LINE);
    rest.transferTo(OutputStream.nullOutputStream());
    answer(verdict, MAX_LINE);
  }

  private void answer(MessageCheck.Verdict verdict, int length) throws IOException {
    for (String reply : verdict.replies()) {
      output.writeLine(reply);
    }
    if (verdict.problem() != null) {
      LOG.warn("{} message from the client ({} bytes): {}", verdict.replies().isEmpty() ? "Ignored a" : "Answered a",
          length, verdict.problem());
    }
  }

  /** The end of input reaches the SDK once the answers to what it has read are out. */
  private void end() {
    try {
      int open = pending.open();
      if (open > 0) {
        LOG.info("Input closed with {} request(s) still running; answering them first (up to {} s)", open,
            drainLimit.toSeconds());
      }
      if (!pending.awaitWritten(output::linesWritten, drainLimit)) {
        LOG.warn("Input closed; {} request(s) still had no answer after {} s", pending.open(),
            drainLimit.toSeconds());
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } finally {
      onEnd.run();
    }
  }

  private boolean refill() throws IOException {
    if (sourceEnded) {
      return false;
    }
    int count = source.read(chunk);
    if (count < 0) {
      sourceEnded = true;
      return false;
    }
    chunkStart = 0;
    chunkEnd = count;
    return true;
  }

  private int indexOfNewline() {
    for (int i = chunkStart; i < chunkEnd; i++) {
      if (chunk[i] == '\n') {
        return i;
      }
    }
    return -1;
  }

  private static byte[] withoutBomAndCarriageReturn(byte[] raw) {
    int start = raw.length >= 3 && (raw[0] & 0xff) == 0xEF && (raw[1] & 0xff) == 0xBB && (raw[2] & 0xff) == 0xBF
        ? 3 : 0;
    int end = raw.length > start && raw[raw.length - 1] == '\r' ? raw.length - 1 : raw.length;
    return start == 0 && end == raw.length ? raw : Arrays.copyOfRange(raw, start, end);
  }

  private static boolean isBlank(byte[] bytes) {
    for (byte b : bytes) {
      if (b != ' ' && b != '\t' && b != '\r') {
        return false;
      }
    }
    return true;
  }

  /** The bytes of the current line still unread, up to (and consuming) its line break. */
  private final class RestOfLine extends InputStream {
    private boolean done;

    @Override
    public int read() throws IOException {
      byte[] one = new byte[1];
      return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
      if (done || length == 0) {
        return done ? -1 : 0;
      }
      if (chunkStart == chunkEnd && !refill()) {
        done = true;
        return -1;
      }
      int newline = indexOfNewline();
      int end = newline < 0 ? chunkEnd : newline;
      if (end == chunkStart) {
        chunkStart++;
        done = true;
        return -1;
      }
      int count = Math.min(length, end - chunkStart);
      System.arraycopy(chunk, chunkStart, buffer, offset, count);
      chunkStart += count;
      return count;
    }
  }
}
