package io.github.atlassianmcp.server.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import io.github.atlassianmcp.sandbox.AtlassianSandbox;
import io.github.atlassianmcp.server.config.ServerConfig;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The wire itself: JSON-RPC written by hand to the packaged server's stdin, and every line of its stdout read
 * back. stdout must carry JSON-RPC and nothing else, through a whole session: an unsigned call, the browser
 * sign-in with progress notifications (the browser is a scripted curl), a 50-issue search, an unknown tool, a
 * line that is not JSON, and the end of input, which must end the process. Malformed messages of every kind are
 * answered as JSON-RPC says and never silence the session.
 */
class StdioProtocolIT {

  @Test
  void stdoutCarriesOnlyJsonRpcThroughAWholeSession() throws Exception {
    try (AtlassianSandbox sandbox = AtlassianSandbox.builder().start()) {
      Path home = TestFiles.directory("wire-");
      Path browser = TestFiles.script("browser-", "#!/bin/sh\ncurl -s -L -o /dev/null \"$1\" &\n");
      Map<String, String> env = new HashMap<>(SandboxSignIn.isolated(Map.of(
          ServerConfig.SITE_URL, sandbox.siteUrl(), ServerConfig.AUTH_URL, sandbox.authUrl(),
          ServerConfig.API_URL, sandbox.apiUrl(), ServerConfig.CLIENT_ID, sandbox.oauthApp().clientId(),
          ServerConfig.CLIENT_SECRET, sandbox.oauthApp().clientSecret(), ServerConfig.MCP_HOME, home.toString(),
          ServerConfig.OAUTH_REDIRECT_URI, "http://127.0.0.1:" + freePort() + "/callback",
          ServerConfig.BROWSER, browser.toString())));

      try (WireClient wire = WireClient.start(env)) {
        wire.initialize();

        listToolsWithin(wire, "every toolset", 34);

        wire.send(call(3, "jira_search", "{\"jql\":\"project = PROJ\"}", null));
        JsonObject unsigned = wire.response().getAsJsonObject("result");
        assertTrue(unsigned.get("isError").getAsBoolean());
        assertTrue(text(unsigned).contains("authenticate_atlassian"), text(unsigned));

        wire.send(call(4, "authenticate_atlassian", "{}", "sign-in-1"));
        JsonObject signedIn = wire.response().getAsJsonObject("result");
        assertFalse(signedIn.has("isError") && signedIn.get("isError").getAsBoolean(), text(signedIn));
        assertTrue(text(signedIn).startsWith("Signed in."), text(signedIn));
        assertTrue(wire.notifications().stream().anyMatch(n -> n.get("method").getAsString()
            .equals("notifications/progress")
            && n.getAsJsonObject("params").get("progressToken").getAsString().equals("sign-in-1")),
            "progress notifications: " + wire.notifications());

        wire.send(call(5, "jira_search", "{\"jql\":\"project = PROJ ORDER BY key ASC\",\"max_results\":50}", null));
        JsonObject search = wire.response().getAsJsonObject("result");
        assertEquals(50, search.getAsJsonObject("structuredContent").getAsJsonArray("issues").size());

        wire.send(call(6, "no_such_tool", "{}", null));
        JsonObject unknown = wire.response();
        assertEquals(-32602, unknown.getAsJsonObject("error").get("code").getAsInt(), "an unknown tool is a "
            + "JSON-RPC error");
        assertTrue(unknown.toString().contains("Unknown tool \\\"no_such_tool\\\". Closest:"), unknown.toString());
        wire.send("this line is not JSON");
        assertEquals(-32700, wire.response().getAsJsonObject("error").get("code").getAsInt());
        wire.send("{\"jsonrpc\":\"2.0\",\"id\":7,\"method\":\"ping\"}");
        assertEquals(7, wire.response().get("id").getAsInt());

        assertTrue(wire.closeInputAndAwaitExit(15), "the server must end when its input ends");
        assertEquals(0, wire.process().exitValue());
        assertOnlyJsonRpc(wire.stdoutLines());
        String logs = String.join("\n", wire.stderrLines());
        assertFalse(logs.contains(sandbox.oauthApp().clientSecret()), "client secret in the log");
        assertFalse(logs.contains("Bearer "), "a bearer token in the log");
      }
    }
  }

  @Test
  void theDefaultToolsetsListWithinTwentyKilobytes() throws Exception {
    Map<String, String> env = SandboxSignIn.isolated(Map.of(ServerConfig.SITE_URL, "https://example.atlassian.net",
        ServerConfig.CLIENT_ID, "client", ServerConfig.CLIENT_SECRET, "secret",
        ServerConfig.MCP_HOME, TestFiles.directory("default-list-").toString(), ServerConfig.TOOLSETS, ""));
    try (WireClient wire = WireClient.start(env)) {
      wire.initialize();
      JsonObject list = listToolsWithin(wire, "the default toolsets", 20);
      assertFalse(list.toString().contains("servicedesk_"), "servicedesk is not a default toolset");
    }
  }

  @Test
  void noMalformedMessageSilencesTheSessionOrOutlivesTheClient() throws Exception {
    try (WireClient wire = WireClient.start(SandboxSignIn.isolated(Map.of()))) {
      wire.initialize();
      // Each line, then a ping that must still be answered: {line, code of the answer, id of the answer}.
      String[][] cases = {
          {"{\"jsonrpc\":\"2.0\",\"id\":1.5,\"method\":\"ping\"}", "-32600", null},
          {"{\"jsonrpc\":\"2.0\",\"id\":null,\"method\":\"ping\"}", "-32600", null},
          {"{\"jsonrpc\":\"2.0\",\"id\":{},\"method\":\"ping\"}", "-32600", null},
          {"{\"jsonrpc\":\"2.0\",\"id\":[],\"method\":\"ping\"}", "-32600", null},
          {"{\"jsonrpc\":\"2.0\",\"id\":false,\"method\":\"ping\"}", "-32600", null},
          {"{\"jsonrpc\":\"2.0\",\"id\":18446744073709551621,\"method\":\"ping\"}", "-32600", null},
          {"{\"foo\":\"boo\"}", "-32600", null},
          {"[1,2,3]", "-32600", null},
          {"[{\"jsonrpc\":\"2.0\",\"id\":\"b1\",\"method\":\"ping\"}]", "-32600", "b1"},
          {"{\"id\":31,\"method\":\"ping\"}", "-32600", "31"},
          {"{'jsonrpc':'2.0','id':32,'method':'ping'}", "-32700", null},
          {"{\"jsonrpc\":\"2.0\",\"id\":NaN,\"method\":\"ping\"}", "-32700", null},
          {"{\"jsonrpc\":\"2.0\",\"id\":33,\"method\":\"tools/call\",\"params\":[\"x\"]}", "-32602", "33"},
      };
      int ping = 100;
      for (String[] bad : cases) {
        wire.send(bad[0]);
        JsonObject answer = wire.response();
        assertEquals(Integer.parseInt(bad[1]), answer.getAsJsonObject("error").get("code").getAsInt(),
            bad[0] + " -> " + answer);
        JsonElement id = answer.get("id");
        assertEquals(bad[2], id.isJsonNull() ? null : id.getAsString(), bad[0] + " -> " + answer);
        wire.send("{\"jsonrpc\":\"2.0\",\"id\":" + ++ping + ",\"method\":\"ping\"}");
        assertEquals(ping, wire.response().get("id").getAsInt(), "no answer to a ping after " + bad[0]);
      }
      String params = wire.stdoutLines().stream().filter(line -> line.contains("\"id\":33")).findFirst()
          .orElseThrow();
      assertFalse(params.contains("jackson") || params.contains("modelcontextprotocol"), params);

      // Beyond the 16 MB a line may have: answered with its id, and the session goes on.
      byte[] huge = ("{\"jsonrpc\":\"2.0\",\"id\":34,\"method\":\"tools/call\",\"params\":{\"name\":\"jira_search\","
          + "\"arguments\":{\"jql\":\"" + "x".repeat(17 * 1024 * 1024) + "\"}}}").getBytes(StandardCharsets.UTF_8);
      wire.send(huge);
      JsonObject tooLarge = wire.response();
      assertEquals(34, tooLarge.get("id").getAsInt(), tooLarge.toString());
      assertEquals(-32600, tooLarge.getAsJsonObject("error").get("code").getAsInt());
      wire.send("{\"jsonrpc\":\"2.0\",\"id\":35,\"method\":\"ping\"}");
      assertEquals(35, wire.response().get("id").getAsInt());

      assertTrue(wire.closeInputAndAwaitExit(15), "the server must end when its input ends");
      assertOnlyJsonRpc(wire.stdoutLines());
    }
  }

  @Test
  void requestsPipedInAtOnceAreAllAnsweredBeforeTheServerEnds() throws Exception {
    try (WireClient wire = WireClient.start(SandboxSignIn.isolated(Map.of()))) {
      wire.send(String.join("\n", List.of(
          "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"initialize\",\"params\":{\"protocolVersion\":\"2025-06-18\","
              + "\"capabilities\":{},\"clientInfo\":{\"name\":\"pipe\",\"version\":\"1\"}}}",
          "{\"jsonrpc\":\"2.0\",\"method\":\"notifications/initialized\"}",
          "{\"jsonrpc\":\"2.0\",\"id\":2,\"method\":\"tools/list\"}",
          call(3, "jira_get_issue", "{\"issue_key\":\"PROJ-1\"}", null),
          "{\"jsonrpc\":\"2.0\",\"id\":4,\"method\":\"ping\"}")));
      assertTrue(wire.closeInputAndAwaitExit(30), "the server must end when its input ends");
      List<Integer> answered = wire.stdoutLines().stream()
          .map(line -> JsonParser.parseString(line).getAsJsonObject().get("id").getAsInt()).sorted().toList();
      assertEquals(List.of(1, 2, 3, 4), answered, "stdout: " + wire.stdoutLines());
    }
  }

  /**
   * Sends tools/list (id 2), prints its size on the wire as a figure and holds it to the budget: every byte of it is
   * paid on every turn of the agent.
   */
  private static JsonObject listToolsWithin(WireClient wire, String toolsets, int kilobytes) throws Exception {
    wire.send("{\"jsonrpc\":\"2.0\",\"id\":2,\"method\":\"tools/list\"}");
    JsonObject list = wire.response();
    int listBytes = wire.stdoutLines().stream().filter(line -> line.contains("\"id\":2")).findFirst()
        .orElseThrow().getBytes(StandardCharsets.UTF_8).length;
    System.out.println("[figure] tools/list response, " + toolsets + ": " + listBytes + " bytes, "
        + list.getAsJsonObject("result").getAsJsonArray("tools").size() + " tools");
    assertTrue(listBytes <= kilobytes * 1024, "tools/list of " + toolsets + " must stay within " + kilobytes
        + " KB, was " + listBytes);
    return list;
  }

  private static void assertOnlyJsonRpc(List<String> stdout) {
    for (String line : stdout) {
      JsonElement json = JsonParser.parseString(line);
      assertTrue(json.isJsonObject() && "2.0".equals(json.getAsJsonObject().get("jsonrpc").getAsString()),
          "not JSON-RPC on stdout: " + line);
    }
  }

  private static String call(int id, String tool, String arguments, String progressToken) {
    return "{\"jsonrpc\":\"2.0\",\"id\":" + id + ",\"method\":\"tools/call\",\"params\":{\"name\":\"" + tool
        + "\",\"arguments\":" + arguments
        + (progressToken == null ? "" : ",\"_meta\":{\"progressToken\":\"" + progressToken + "\"}") + "}}";
  }

  private static String text(JsonObject result) {
    return result.getAsJsonArray("content").get(0).getAsJsonObject().get("text").getAsString();
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    }
  }
}
