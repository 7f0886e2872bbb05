package io.github.atlassianmcp.sandbox.http;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** A path template such as {@code /rest/api/3/issue/{issueIdOrKey}}; each variable matches one non-empty segment. */
public record PathTemplate(String template) {

  public Optional<Map<String, String>> match(String path) {
    String[] expected = template.split("/", -1);
    String[] actual = path.split("/", -1);
    if (expected.length != actual.length) {
      return Optional.empty();
    }
    Map<String, String> variables = new LinkedHashMap<>();
    for (int i = 0; i < expected.length; i++) {
      String segment = expected[i];
      if (segment.startsWith("{") && segment.endsWith("}")) {
        if (actual[i].isEmpty()) {
          return Optional.empty();
        }
        variables.put(segment.substring(1, segment.length() - 1), actual[i]);
      } else if (!segment.equals(actual[i])) {
        return Optional.empty();
      }
    }
    return Optional.of(variables);
  }

  /** How many variables it has; fewer means more specific. */
  public int variableCount() {
    return (int) template.chars().filter(c -> c == '{').count();
  }
}
