package io.github.atlassianmcp.server.atlassian;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What Atlassian answered to a failed call, independent of which generated client made it.
 *
 * @param status the HTTP status, or 0 when no answer came (connection refused, timeout)
 * @param body the response body, possibly empty
 * @param headers the response headers (names as sent)
 * @param transportProblem why no answer came, when status is 0
 */
public record HttpFailure(int status, String body, Map<String, List<String>> headers, String transportProblem) {

  public HttpFailure {
    body = body == null ? "" : body;
    headers = headers == null ? Map.of() : Map.copyOf(headers);
    Objects.requireNonNull(transportProblem, "transportProblem");
  }

  /** A header's first value, case-insensitively. */
  public Optional<String> header(String name) {
    return headers.entrySet().stream()
        .filter(e -> e.getKey() != null && e.getKey().equalsIgnoreCase(name) && !e.getValue().isEmpty())
        .map(e -> e.getValue().get(0))
        .findFirst();
  }
}
