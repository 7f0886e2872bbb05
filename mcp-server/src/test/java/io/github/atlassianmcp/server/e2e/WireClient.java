package io.github.atlassianmcp.server.e2e;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * The packaged server as a child process spoken to with JSON-RPC written by hand: what the SDK's client would
 * never send can be sent, and every line of stdout is kept to check that it carries JSON-RPC and nothing else.
 */
final class WireClient implements AutoCloseable {

  private final Process process;
  private final OutputStream stdin;
  private final List<String> stdoutLines = Collections.synchronizedList(new ArrayList<>());
  private final List<String> stderrLines = Collections.synchronizedList(new ArrayList<>());
  private final BlockingQueue<JsonObject> responses = new LinkedBlockingQueue<>();
  private final List<JsonObject> notifications = Collections.synchronizedList(new ArrayList<>());

  private WireClient(Process process) {
    this.process = process;
    this.stdin = process.getOutputStream();
    read(process.getErrorStream(), stderrLines::add);
    read(process.getInputStream(), this::onStdout);
  }

  static WireClient start(Map<String, String> environment) throws IOException {
    ProcessBuilder builder = new ProcessBuilder(ServerProcess.javaExecutable(), "-jar", ServerProcess.jar().toString());
    builder.environment().putAll(environment);
    return new WireClient(builder.start());
  }

  /** Sends {@code line} and a line break. */
  void send(String line) throws IOException {
    send(line.getBytes(StandardCharsets.UTF_8));
  }

  void send(byte[] line) throws IOException {
    stdin.write(line);
    stdin.write('\n');
    stdin.flush();
  }

  /** initialize, then notifications/initialized. */
  JsonObject initialize() throws IOException, InterruptedException {
    send("{\"jsonrpc\":\"2.0\",\"id\":\"init\",\"method\":\"initialize\",\"params\":{\"protocolVersion\":"
        + "\"2025-06-18\",\"capabilities\":{},\"clientInfo\":{\"name\":\"wire-test\",\"version\":\"1\"}}}");
    JsonObject result = response();
    send("{\"jsonrpc\":\"2.0\",\"method\":\"notifications/initialized\"}");
    return result;
  }

  /** The next response (a message with a result or an error), waiting up to 60 s. */
  JsonObject response() throws InterruptedException {
    JsonObject response = responses.poll(60, TimeUnit.SECONDS);
    if (response == null) {
      throw new AssertionError("no response within 60 s; the last lines of stdout: "
          + stdoutLines.subList(Math.max(0, stdoutLines.size() - 5), stdoutLines.size()));
    }
    return response;
  }

  /** Closes stdin, as a client does to stop a stdio server; whether the process then ends within the time. */
  boolean closeInputAndAwaitExit(long seconds) throws IOException, InterruptedException {
    stdin.close();
    return process.waitFor(seconds, TimeUnit.SECONDS);
  }

  Process process() {
    return process;
  }

  List<String> stdoutLines() {
    synchronized (stdoutLines) {
      return List.copyOf(stdoutLines);
    }
  }

  List<String> stderrLines() {
    synchronized (stderrLines) {
      return List.copyOf(stderrLines);
    }
  }

  List<JsonObject> notifications() {
    synchronized (notifications) {
      return List.copyOf(notifications);
    }
  }

  @Override
  public void close() {
    process.destroyForcibly();
  }

  private void onStdout(String line) {
    stdoutLines.add(line);
    try {
      JsonObject message = JsonParser.parseString(line).getAsJsonObject();
      if (message.has("id") && (message.has("result") || message.has("error"))) {
        responses.add(message);
      } else {
        notifications.add(message);
      }
    } catch (RuntimeException notJson) {
      // kept in stdoutLines, where the tests find it
    }
  }

  private static void read(InputStream stream, Consumer<String> lines) {
    Thread reader = new Thread(() -> {
      try (BufferedReader in = new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8))) {
        String line;
        while ((line = in.readLine()) != null) {
          lines.accept(line);
        }
      } catch (IOException ended) {
        // the process ended
      }
    });
    reader.setDaemon(true);
    reader.start();
  }
}
