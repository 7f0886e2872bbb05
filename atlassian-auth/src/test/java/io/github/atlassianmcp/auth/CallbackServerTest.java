package io.github.atlassianmcp.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import io.github.atlassianmcp.testing.FreePort;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class CallbackServerTest {

  private static HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
    return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void onlyGetsToTheRedirectPathReachTheHandlerAndPagesAreEscaped() throws Exception {
    int port = FreePort.loopback();
    CompletableFuture<Map<String, List<String>>> seen = new CompletableFuture<>();
    CompletableFuture<Boolean> afterSent = new CompletableFuture<>();
    try (CallbackServer server = CallbackServer.start(URI.create("http://localhost:" + port + "/cb"), query -> {
      seen.complete(query);
      return new CallbackServer.Page(200, "Done <b>", "You & <script>me</script>", () -> afterSent.complete(true));
    })) {
      String base = "http://127.0.0.1:" + server.port();

      assertEquals(404, send(HttpRequest.newBuilder(URI.create(base + "/favicon.ico"))).statusCode());
      assertEquals(405, send(HttpRequest.newBuilder(URI.create(base + "/cb?code=1"))
          .POST(HttpRequest.BodyPublishers.noBody())).statusCode());
      assertFalse(seen.isDone());

      HttpResponse<String> page = send(HttpRequest.newBuilder(URI.create(base + "/cb?code=a%2Bb&state=s")));

      assertEquals(200, page.statusCode());
      assertEquals(Map.of("code", List.of("a+b"), "state", List.of("s")), seen.get(1, TimeUnit.SECONDS));
      assertTrue(afterSent.get(1, TimeUnit.SECONDS));
      assertTrue(page.body().contains("You &amp; &lt;script&gt;me&lt;/script&gt;"), page.body());
      assertEquals("no-referrer", page.headers().firstValue("Referrer-Policy").orElseThrow());
      assertEquals("no-store", page.headers().firstValue("Cache-Control").orElseThrow());
      assertTrue(page.headers().firstValue("Content-Security-Policy").orElseThrow().startsWith("default-src 'none'"));
    }
  }

  @Test
  void itListensOnLoopbackOnly() throws Exception {
    int port = FreePort.loopback();
    try (CallbackServer server = CallbackServer.start(URI.create("http://localhost:" + port + "/cb"),
        query -> new CallbackServer.Page(200, "t", "m"))) {
      List<InetAddress> others = Collections.list(NetworkInterface.getNetworkInterfaces()).stream()
          .flatMap(n -> Collections.list(n.getInetAddresses()).stream())
          .filter(a -> !a.isLoopbackAddress())
          .toList();
      assumeFalse(others.isEmpty(), "this machine has no other interface to try");
      for (InetAddress address : others) {
        try (Socket socket = new Socket()) {
          socket.connect(new InetSocketAddress(address, server.port()), 500);
          throw new AssertionError("the callback server answered on " + address);
        } catch (IOException refused) {
          // as it should
        }
      }
    }
  }
}
