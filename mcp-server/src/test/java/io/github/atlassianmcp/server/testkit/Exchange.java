package io.github.atlassianmcp.server.testkit;

import java.util.List;
import java.util.Map;

/**
 * One HTTP exchange between the server and Atlassian, as sent and as answered.
 *
 * @param url the absolute URL, query included
 * @param requestBody the body sent, as text; empty when there was none
 * @param responseBody the body answered, as text; empty when there was none
 */
public record Exchange(String method, String url, Map<String, List<String>> requestHeaders, String requestBody,
    int status, String contentType, String responseBody) {

  /** {@code GET /rest/api/3/issue/PROJ-1}, for messages. */
  @Override
  public String toString() {
    return method + " " + url + " -> " + status;
  }
}
