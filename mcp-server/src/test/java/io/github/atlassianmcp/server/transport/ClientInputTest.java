package io.github.atlassianmcp.server.transport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class ClientInputTest {

  @Test
  void passesJsonLinesDropsTheRestAndTellsTheEnd() throws Exception {
    String input = "{\"jsonrpc\":\"2.0\",\"id\":1}\nnot json\n\n   \n[{\"jsonrpc\":\"2.0\"}]\n{broken\n{\"id\":2}";
    ClientInput in = new ClientInput(new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)));
    CompletableFuture<Void> ended = CompletableFuture.runAsync(() -> {
      try {
        in.await();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    });

    String passed = new String(in.readAllBytes(), StandardCharsets.UTF_8);

    assertEquals("{\"jsonrpc\":\"2.0\",\"id\":1}\n[{\"jsonrpc\":\"2.0\"}]\n{\"id\":2}\n", passed);
    ended.get(5, TimeUnit.SECONDS);
    assertTrue(ended.isDone());
  }

  @Test
  void readsByteByByteToo() throws IOException {
    ClientInput in = new ClientInput(new ByteArrayInputStream("x\n{}\n".getBytes(StandardCharsets.UTF_8)));
    assertEquals('{', in.read());
    assertEquals('}', in.read());
    assertEquals('\n', in.read());
    assertEquals(-1, in.read());
  }
}
