package io.github.atlassianmcp.server.remote;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A loopback TCP proxy that adds {@code Authorization: Bearer ...} to each HTTP request and passes everything else
 * through byte for byte (Host and Origin included), for a client that cannot send a token itself: the official
 * conformance suite. One request per connection ({@code Connection: close}), so every request gets the header.
 */
final class TokenAddingProxy implements AutoCloseable {

  private final ServerSocket listener;
  private final ExecutorService threads = Executors.newCachedThreadPool(runnable -> {
    Thread thread = new Thread(runnable, "token-proxy");
    thread.setDaemon(true);
    return thread;
  });

  private volatile int targetPort;
  private volatile String token;

  /** Listens at once (so that its URL can be the server's public URL); {@link #forward} says where to. */
  TokenAddingProxy() throws IOException {
    listener = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
    threads.submit(() -> {
      while (!listener.isClosed()) {
        try {
          Socket client = listener.accept();
          threads.submit(() -> relay(client, targetPort, token));
        } catch (IOException e) {
          return;
        }
      }
    });
  }

  void forward(int targetPort, String token) {
    this.targetPort = targetPort;
    this.token = token;
  }

  int port() {
    return listener.getLocalPort();
  }

  private static void relay(Socket client, int targetPort, String token) {
    try (client; Socket server = new Socket()) {
      server.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), targetPort), 5_000);
      InputStream fromClient = client.getInputStream();
      String head = readHead(fromClient);
      StringBuilder rewritten = new StringBuilder();
      String[] lines = head.split("\r\n");
      rewritten.append(lines[0]).append("\r\n");
      for (int i = 1; i < lines.length; i++) {
        String lower = lines[i].toLowerCase();
        if (!lower.startsWith("connection:") && !lower.startsWith("authorization:") && !lines[i].isEmpty()) {
          rewritten.append(lines[i]).append("\r\n");
        }
      }
      rewritten.append("Authorization: Bearer ").append(token).append("\r\nConnection: close\r\n\r\n");
      OutputStream toServer = server.getOutputStream();
      toServer.write(rewritten.toString().getBytes(StandardCharsets.ISO_8859_1));
      toServer.flush();
      Thread upstream = new Thread(() -> {
        try {
          fromClient.transferTo(toServer);
        } catch (IOException ignored) {
          // the client or server closed
        }
      }, "token-proxy-up");
      upstream.setDaemon(true);
      upstream.start();
      server.getInputStream().transferTo(client.getOutputStream());
    } catch (IOException ignored) {
      // a connection ended early: the suite sees it as such
    }
  }

  private static String readHead(InputStream in) throws IOException {
    ByteArrayOutputStream head = new ByteArrayOutputStream();
    int matched = 0;
    byte[] end = {'\r', '\n', '\r', '\n'};
    for (int b; matched < 4 && (b = in.read()) != -1; ) {
      head.write(b);
      matched = b == end[matched] ? matched + 1 : (b == '\r' ? 1 : 0);
    }
    return head.toString(StandardCharsets.ISO_8859_1);
  }

  @Override
  public void close() throws IOException {
    listener.close();
    threads.shutdownNow();
  }
}
