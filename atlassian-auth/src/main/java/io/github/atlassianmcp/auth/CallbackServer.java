package io.github.atlassianmcp.auth;

import com.nimbusds.oauth2.sdk.util.URLUtils;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.BindException;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The local end of the OAuth redirect: an HTTP server on the redirect URI's loopback host and port that hands the
 * query of each request to its path to a {@link Handler} and shows the page it returns. Never reachable from
 * another machine: it binds loopback addresses only.
 */
final class CallbackServer implements AutoCloseable {

  /**
   * What the browser shows, and what to do once it has been sent (so that whoever waits for the sign-in hears of
   * it only after the browser got its page, and stopping the server cannot cut the page off).
   */
  record Page(int status, String title, String message, Runnable afterSent) {
    Page(int status, String title, String message) {
      this(status, title, message, () -> { });
    }
  }

  /** Turns a callback's query parameters into the page to show. */
  @FunctionalInterface
  interface Handler {
    Page handle(Map<String, List<String>> query);
  }

  private static final Logger LOG = LoggerFactory.getLogger(CallbackServer.class);

  private final List<HttpServer> servers;
  private final ExecutorService executor;

  private CallbackServer(List<HttpServer> servers, ExecutorService executor) {
    this.servers = servers;
    this.executor = executor;
  }

  /**
   * Starts listening on every loopback address of the redirect URI's host (localhost may be 127.0.0.1 and ::1,
   * and a browser may try either).
   *
   * @throws SignInException when the port cannot be bound, naming the redirect URI
   */
  static CallbackServer start(URI redirectUri, Handler handler) {
    Objects.requireNonNull(handler, "handler");
    int port = redirectUri.getPort() == -1 ? 80 : redirectUri.getPort();
    String path = redirectUri.getRawPath() == null || redirectUri.getRawPath().isEmpty() ? "/" : redirectUri.getRawPath();
    ExecutorService executor = Executors.newSingleThreadExecutor(runnable -> {
      Thread thread = new Thread(runnable, "atlassian-sign-in-callback");
      thread.setDaemon(true);
      return thread;
    });
    List<HttpServer> servers = new ArrayList<>();
    IOException failure = null;
    for (InetAddress address : loopbackAddresses(redirectUri.getHost())) {
      try {
        HttpServer server = HttpServer.create(new InetSocketAddress(address, port), 0);
        server.createContext("/", exchange -> serve(exchange, path, handler));
        server.setExecutor(executor);
        server.start();
        servers.add(server);
      } catch (IOException e) {
        LOG.debug("Cannot listen on {} port {}: {}", address, port, e.toString());
        failure = failure == null ? e : failure;
      }
    }
    if (servers.isEmpty()) {
      executor.shutdownNow();
      String why = failure instanceof BindException
          ? "the port is in use (another program, or another sign-in waiting)"
          : failure == null ? "the host has no loopback address" : failure.getClass().getSimpleName();
      throw new SignInException("Cannot listen for Atlassian's sign-in redirect on " + redirectUri.getHost() + ":"
          + port + " (ATLASSIAN_OAUTH_REDIRECT_URI=" + redirectUri + "): " + why + ". Free that port, or set "
          + "ATLASSIAN_OAUTH_REDIRECT_URI to a free port and add the same URL as a callback URL of your OAuth app in "
          + "the developer console.");
    }
    return new CallbackServer(servers, executor);
  }

  /** The port actually listened on. */
  int port() {
    return servers.get(0).getAddress().getPort();
  }

  @Override
  public void close() {
    servers.forEach(server -> server.stop(0));
    executor.shutdownNow();
  }

  private static List<InetAddress> loopbackAddresses(String host) {
    try {
      return Arrays.stream(InetAddress.getAllByName(host))
          .filter(InetAddress::isLoopbackAddress)
          .sorted(Comparator.comparing(a -> a instanceof Inet4Address ? 0 : 1))
          .toList();
    } catch (UnknownHostException e) {
      return List.of();
    }
  }

  private static void serve(HttpExchange exchange, String path, Handler handler) throws IOException {
    Page page = null;
    try {
      if (!exchange.getRequestURI().getRawPath().equals(path)) {
        page = new Page(404, "Not found", "This address only receives Atlassian's sign-in redirect.");
      } else if (!exchange.getRequestMethod().equals("GET")) {
        page = new Page(405, "Method not allowed", "Atlassian's sign-in redirect is a GET request.");
      } else {
        page = handler.handle(URLUtils.parseParameters(exchange.getRequestURI().getRawQuery()));
      }
      send(exchange, page);
    } catch (RuntimeException e) {
      LOG.warn("The sign-in callback failed: {}", e.getClass().getSimpleName());
      send(exchange, new Page(500, "Sign-in failed", "Something went wrong; start the sign-in again."));
    } finally {
      exchange.close();
      if (page != null) {
        page.afterSent().run();
      }
    }
  }

  private static void send(HttpExchange exchange, Page page) throws IOException {
    String html = "<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>"
        + escape(page.title()) + "</title><style>body{font-family:system-ui,sans-serif;max-width:36rem;"
        + "margin:4rem auto;padding:0 1rem;line-height:1.5}</style></head><body><h1>" + escape(page.title())
        + "</h1><p>" + escape(page.message()) + "</p></body></html>";
    byte[] bytes = html.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
    exchange.getResponseHeaders().set("Cache-Control", "no-store");
    // The callback URL carries the authorization code: keep it out of referrers, and load nothing.
    exchange.getResponseHeaders().set("Referrer-Policy", "no-referrer");
    exchange.getResponseHeaders().set("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'");
    exchange.getResponseHeaders().set("X-Content-Type-Options", "nosniff");
    exchange.sendResponseHeaders(page.status(), bytes.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(bytes);
    }
  }

  /** Text as HTML: the page shows Atlassian's error text, which a hostile redirect could fill with markup. */
  private static String escape(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (char c : text.toCharArray()) {
      switch (c) {
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '&' -> out.append("&amp;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> out.append(c);
      }
    }
    return out.toString();
  }
}
