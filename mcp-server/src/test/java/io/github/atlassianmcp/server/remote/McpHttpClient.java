package io.github.atlassianmcp.server.remote;

import com.google.gson.Gson;
import com.google.gson.JsonObject;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/** JSON-RPC over streamable HTTP, one POST per message, as an MCP client sends it to a stateless server. */
final class McpHttpClient {

  /** What came back: the HTTP status and headers, and the JSON body (null when there was none). */
  record Answer(int status, HttpHeaders headers, JsonObject body) {
    JsonObject result() {
      return body.getAsJsonObject("result");
    }

    JsonObject error() {
      return body.getAsJsonObject("error");
    }

    String text() {
      return result().getAsJsonArray("content").get(0).getAsJsonObject().get("text").getAsString();
    }

    boolean isError() {
      return result().has("isError") && result().get("isError").getAsBoolean();
    }
  }

  private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private final Gson gson = new Gson();
  private final AtomicLong ids = new AtomicLong();

  Answer callTool(int port, String token, String tool, Map<String, Object> arguments)
      throws IOException, InterruptedException {
    return request(port, token, "tools/call", Map.of("name", tool, "arguments", arguments));
  }

  Answer request(int port, String token, String method, Object params) throws IOException, InterruptedException {
    Map<String, Object> message = new LinkedHashMap<>();
    message.put("jsonrpc", "2.0");
    message.put("id", ids.incrementAndGet());
    message.put("method", method);
    message.put("params", params);
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/mcp"))
        .timeout(Duration.ofSeconds(60))
        .header("Content-Type", "application/json")
        .header("Accept", "application/json, text/event-stream")
        .header("MCP-Protocol-Version", "2025-11-25")
        .POST(HttpRequest.BodyPublishers.ofString(gson.toJson(message)));
    if (token != null) {
      request.header("Authorization", "Bearer " + token);
    }
    HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    JsonObject body = response.body().isBlank() || !response.body().trim().startsWith("{") ? null
        : gson.fromJson(response.body(), JsonObject.class);
    return new Answer(response.statusCode(), response.headers(), body);
  }
}
