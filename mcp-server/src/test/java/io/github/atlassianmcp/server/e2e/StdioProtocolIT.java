package io.github.atlassianmcp.server.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import io.github.atlassianmcp.sandbox.AtlassianSandbox;
import io.github.atlassianmcp.server.config.ServerConfig;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The wire itself: JSON-RPC written by hand to the packaged server's stdin, and every line of its stdout read
 * back. stdout must carry JSON-RPC and nothing else, through a whole session: an unsigned call, the browser
 * sign-in with progress notifications (the browser is a scripted curl), a 50-issue search, an unknown tool, a
 * line that is not JSON, and the end of input, which must end the process.
 */
class StdioProtocolIT {

  private final List<String> stdoutLines = Collections.synchronizedList(new ArrayList<>());
  private final BlockingQueue<JsonObject> responses = new LinkedBlockingQueue<>();
  private final List<JsonObject> notifications = Collections.synchronizedList(new ArrayList<>());

  @Test
  void stdoutCarriesOnlyJsonRpcThroughAWholeSession() throws Exception {
    try (AtlassianSandbox sandbox = AtlassianSandbox.builder().start()) {
      Path home = Files.createTempDirectory("atlassian-mcp-wire-");
      Path browser = Files.createTempFile("browser-", ".sh",
          PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
      Files.writeString(browser, "#!/bin/sh\ncurl -s -L -o /dev/null \"$1\" &\n");
      Map<String, String> env = new HashMap<>(SandboxSignIn.isolated(Map.of(
          ServerConfig.SITE_URL, sandbox.siteUrl(), ServerConfig.AUTH_URL, sandbox.authUrl(),
          ServerConfig.API_URL, sandbox.apiUrl(), ServerConfig.CLIENT_ID, sandbox.oauthApp().clientId(),
          ServerConfig.CLIENT_SECRET, sandbox.oauthApp().clientSecret(), ServerConfig.MCP_HOME, home.toString(),
          ServerConfig.OAUTH_REDIRECT_URI, "http://127.0.0.1:" + freePort() + "/callback",
          ServerConfig.BROWSER, browser.toString())));

      ProcessBuilder builder = new ProcessBuilder(ServerProcess.javaExecutable(), "-jar", ServerProcess.jar().toString());
      builder.environment().putAll(env);
      Process process = builder.start();
      List<String> stderr = Collections.synchronizedList(new ArrayList<>());
      read(process.getErrorStream(), stderr::add);
      read(process.getInputStream(), this::onStdout);
      Writer stdin = new OutputStreamWriter(process.getOutputStream(), StandardCharsets.UTF_8);

      send(stdin, "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"initialize\",\"params\":{\"protocolVersion\":\"2025-06-18\","
          + "\"capabilities\":{},\"clientInfo\":{\"name\":\"wire-test\",\"version\":\"1\"}}}");
      assertEquals(1, response().get("id").getAsInt());
      send(stdin, "{\"jsonrpc\":\"2.0\",\"method\":\"notifications/initialized\"}");

      send(stdin, "{\"jsonrpc\":\"2.0\",\"id\":2,\"method\":\"tools/list\"}");
      JsonObject list = response();
      int listBytes = stdoutLines.stream().filter(line -> line.contains("\"id\":2")).findFirst().orElseThrow()
          .getBytes(StandardCharsets.UTF_8).length;
      System.out.println("[figure] tools/list response: " + listBytes + " bytes, "
          + list.getAsJsonObject("result").getAsJsonArray("tools").size() + " tools");
      assertTrue(listBytes <= 20 * 1024, "tools/list of the default toolsets must stay within 20 KB, was " + listBytes);

      send(stdin, call(3, "jira_search", "{\"jql\":\"project = PROJ\"}", null));
      JsonObject unsigned = response().getAsJsonObject("result");
      assertTrue(unsigned.get("isError").getAsBoolean());
      assertTrue(text(unsigned).contains("authenticate_atlassian"), text(unsigned));

      send(stdin, call(4, "authenticate_atlassian", "{}", "sign-in-1"));
      JsonObject signedIn = response().getAsJsonObject("result");
      assertFalse(signedIn.has("isError") && signedIn.get("isError").getAsBoolean(), text(signedIn));
      assertTrue(text(signedIn).startsWith("Signed in."), text(signedIn));
      assertTrue(notifications.stream().anyMatch(n -> n.get("method").getAsString().equals("notifications/progress")
          && n.getAsJsonObject("params").get("progressToken").getAsString().equals("sign-in-1")),
          "progress notifications: " + notifications);

      send(stdin, call(5, "jira_search", "{\"jql\":\"project = PROJ ORDER BY key ASC\",\"max_results\":50}", null));
      JsonObject search = response().getAsJsonObject("result");
      assertEquals(50, search.getAsJsonObject("structuredContent").getAsJsonArray("issues").size());

      send(stdin, call(6, "no_such_tool", "{}", null));
      assertTrue(response().has("error"), "an unknown tool is a JSON-RPC error");
      send(stdin, "this line is not JSON");
      send(stdin, "{\"jsonrpc\":\"2.0\",\"id\":7,\"method\":\"ping\"}");
      assertEquals(7, response().get("id").getAsInt());

      stdin.close();
      assertTrue(process.waitFor(15, TimeUnit.SECONDS), "the server must end when its input ends");
      assertEquals(0, process.exitValue());

      for (String line : stdoutLines) {
        JsonElement json = JsonParser.parseString(line);
        assertTrue(json.isJsonObject() && "2.0".equals(json.getAsJsonObject().get("jsonrpc").getAsString()),
            "not JSON-RPC on stdout: " + line);
      }
      String logs = String.join("\n", stderr);
      assertFalse(logs.contains(sandbox.oauthApp().clientSecret()), "client secret in the log");
      assertFalse(logs.contains("Bearer "), "a bearer token in the log");
    }
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
      // recorded in stdoutLines; the final check reports it
    }
  }

  private JsonObject response() throws InterruptedException {
    JsonObject response = responses.poll(60, TimeUnit.SECONDS);
    if (response == null) {
      throw new AssertionError("no response within 60 s; stdout so far: " + stdoutLines);
    }
    return response;
  }

  private static String call(int id, String tool, String arguments, String progressToken) {
    return "{\"jsonrpc\":\"2.0\",\"id\":" + id + ",\"method\":\"tools/call\",\"params\":{\"name\":\"" + tool
        + "\",\"arguments\":" + arguments
        + (progressToken == null ? "" : ",\"_meta\":{\"progressToken\":\"" + progressToken + "\"}") + "}}";
  }

  private static String text(JsonObject result) {
    return result.getAsJsonArray("content").get(0).getAsJsonObject().get("text").getAsString();
  }

  private static void send(Writer stdin, String line) throws IOException {
    stdin.write(line + "\n");
    stdin.flush();
  }

  private static void read(java.io.InputStream stream, java.util.function.Consumer<String> lines) {
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

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    }
  }
}
