package io.github.atlassianmcp.server.transport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import io.modelcontextprotocol.json.McpJsonDefaults;
import io.modelcontextprotocol.json.McpJsonMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class ClientInputTest {

  private static final McpJsonMapper MAPPER = McpJsonDefaults.getMapper();
  private static final String INITIALIZE = "{\"jsonrpc\":\"2.0\",\"id\":0,\"method\":\"initialize\",\"params\":{"
      + "\"protocolVersion\":\"2025-06-18\",\"capabilities\":{},\"clientInfo\":{\"name\":\"t\",\"version\":\"1\"}}}";
  private static final String STARTED = INITIALIZE + "\n{\"jsonrpc\":\"2.0\",\"method\":\"notifications/initialized\"}";

  private final ByteArrayOutputStream stdout = new ByteArrayOutputStream();
  private final PendingAnswers pending = new PendingAnswers();
  private final CountDownLatch ended = new CountDownLatch(1);

  @Test
  void passesMessagesAnswersTheRestAndTellsTheEnd() throws Exception {
    String input = STARTED + "\nnot json\n\n   \n[{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"ping\"}]\n{broken\n"
        + "{\"jsonrpc\":\"2.0\",\"id\":2.5,\"method\":\"ping\"}\n{\"jsonrpc\":\"2.0\",\"id\":2,\"method\":\"ping\"}";
    ClientInput in = input(new ByteArrayInputStream(bytes(input)));

    String passed = new String(in.readAllBytes(), StandardCharsets.UTF_8);

    assertEquals(STARTED + "\n{\"jsonrpc\":\"2.0\",\"id\":2,\"method\":\"ping\"}\n", passed);
    assertEquals(List.of("-32700 null", "-32600 1", "-32700 null", "-32600 null"), answers());
    assertTrue(ended.await(5, TimeUnit.SECONDS));
  }

  @Test
  void readsByteByByteToo() throws IOException {
    ClientInput in = input(new ByteArrayInputStream(bytes("x\n" + INITIALIZE + "\n")));
    assertEquals('{', in.read());
    byte[] rest = in.readAllBytes();
    assertEquals('\n', rest[rest.length - 1]);
    assertEquals(-1, in.read());
  }

  @Test
  void carriageReturnsAndAByteOrderMarkDoNotSplitOrBreakAMessage() throws IOException {
    String crlf = "\uFEFF" + STARTED + "\r\n{\"jsonrpc\":\"2.0\",\r\"id\":3,\"method\":\"ping\"}\r\n";
    String passed = new String(input(new ByteArrayInputStream(bytes(crlf))).readAllBytes(), StandardCharsets.UTF_8);
    assertEquals(STARTED + "\n{\"jsonrpc\":\"2.0\", \"id\":3,\"method\":\"ping\"}\n", passed,
        "a carriage return inside a line would end it for the SDK");
    assertEquals(List.of(), answers());
  }

  @Test
  void aLineBeyondTheLimitIsAnsweredWithoutBeingHeldAndTheNextOnePasses() throws IOException {
    byte[] head = bytes("{\"jsonrpc\":\"2.0\",\"method\":\"tools/call\",\"params\":{\"name\":\"x\",\"arguments\":"
        + "{\"text\":\"");
    InputStream filler = new InputStream() {
      private long left = ClientInput.MAX_LINE + 1_000_000L;

      @Override
      public int read() {
        return left-- > 0 ? 'a' : -1;
      }

      @Override
      public int read(byte[] buffer, int offset, int length) {
        if (left <= 0) {
          return -1;
        }
        int count = (int) Math.min(length, left);
        Arrays.fill(buffer, offset, offset + count, (byte) 'a');
        left -= count;
        return count;
      }
    };
    InputStream source = new SequenceInputStream(java.util.Collections.enumeration(List.of(
        new ByteArrayInputStream(bytes(STARTED + "\n")), new ByteArrayInputStream(head), filler,
        new ByteArrayInputStream(bytes("\"}},\"id\":77}\n{\"jsonrpc\":\"2.0\",\"id\":78,\"method\":\"ping\"}\n")))));

    String passed = new String(input(source).readAllBytes(), StandardCharsets.UTF_8);

    assertEquals(STARTED + "\n{\"jsonrpc\":\"2.0\",\"id\":78,\"method\":\"ping\"}\n", passed);
    assertEquals(List.of("-32600 77"), answers());
  }

  @Test
  void theEndWaitsUntilTheRequestsReadHaveBeenAnswered() throws Exception {
    ClientOutput output = new ClientOutput(stdout);
    ClientInput in = new ClientInput(new ByteArrayInputStream(bytes(INITIALIZE + "\n")), check(), output, pending,
        ended::countDown, Duration.ofSeconds(30));
    CompletableFuture<byte[]> read = CompletableFuture.supplyAsync(() -> {
      try {
        return in.readAllBytes();
      } catch (IOException e) {
        throw new IllegalStateException(e);
      }
    });
    assertFalse(ended.await(300, TimeUnit.MILLISECONDS), "the initialize request has not been answered yet");
    assertFalse(read.isDone());

    pending.queued(0);
    output.write(bytes("{\"jsonrpc\":\"2.0\",\"id\":0,\"result\":{}}\n"));

    assertTrue(ended.await(5, TimeUnit.SECONDS));
    assertEquals(INITIALIZE + "\n", new String(read.get(5, TimeUnit.SECONDS), StandardCharsets.UTF_8));
  }

  private ClientInput input(InputStream source) {
    return new ClientInput(source, check(), new ClientOutput(stdout), pending, ended::countDown, Duration.ZERO);
  }

  /** Each answer written to stdout as "code id". */
  private List<String> answers() {
    return new String(stdout.toByteArray(), StandardCharsets.UTF_8).lines().map(line -> {
      JsonObject reply = JsonParser.parseString(line).getAsJsonObject();
      return reply.getAsJsonObject("error").get("code").getAsInt() + " " + reply.get("id");
    }).toList();
  }

  private static MessageCheck check() {
    return new MessageCheck(MAPPER, new RequestParams(MAPPER, new ToolNames(Set.of("x"), List.of("x"))));
  }

  private static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }
}
