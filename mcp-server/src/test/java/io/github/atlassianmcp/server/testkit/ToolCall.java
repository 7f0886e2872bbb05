package io.github.atlassianmcp.server.testkit;

import io.github.atlassianmcp.server.tools.ToolResult;
import java.util.List;
import java.util.Map;

/**
 * One tool call made in process: what the tool answered, and the exchanges with Atlassian it caused (already
 * checked against the specs and the tool's declared operations).
 */
public record ToolCall(ToolResult result, List<Exchange> exchanges) {

  public String text() {
    return result.text();
  }

  public boolean isError() {
    return result.error();
  }

  /** The structured content; fails the test when the tool gave none. */
  public Map<String, Object> structured() {
    return result.structured().orElseThrow(() -> new AssertionError("no structured content: " + result.text()));
  }

  /** The exchanges whose method is this and whose URL path contains {@code pathPart}. */
  public List<Exchange> requests(String method, String pathPart) {
    return exchanges.stream().filter(e -> e.method().equals(method) && e.url().contains(pathPart)).toList();
  }

  /** Whether the call changed anything at Atlassian (sent anything but a read). */
  public boolean wrote() {
    return exchanges.stream().anyMatch(e -> !e.method().equals("GET")
        && !(e.method().equals("POST") && (e.url().contains("/search") || e.url().contains("/approximate-count"))));
  }
}
