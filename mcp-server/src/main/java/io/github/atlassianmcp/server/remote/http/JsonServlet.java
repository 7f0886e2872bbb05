package io.github.atlassianmcp.server.remote.http;

import io.modelcontextprotocol.json.McpJsonMapper;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * A GET endpoint answering one JSON document: the protected resource metadata (RFC 9728) and the health check.
 * Served without authentication, as both must be.
 */
public final class JsonServlet extends HttpServlet {

  /** The status and document of an answer. */
  public record Answer(int status, Map<String, Object> body) {}

  private final transient Supplier<Answer> answer;
  private final transient McpJsonMapper json;

  public JsonServlet(Supplier<Answer> answer, McpJsonMapper json) {
    this.answer = Objects.requireNonNull(answer, "answer");
    this.json = Objects.requireNonNull(json, "json");
  }

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
    Answer current = answer.get();
    response.setStatus(current.status());
    response.setContentType("application/json");
    response.setHeader("Cache-Control", "no-store");
    // Clients read the metadata from browsers too (MCP Inspector): any origin may.
    response.setHeader("Access-Control-Allow-Origin", "*");
    response.getOutputStream().write(json.writeValueAsBytes(current.body()));
  }
}
