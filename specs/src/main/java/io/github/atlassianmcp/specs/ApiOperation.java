package io.github.atlassianmcp.specs;

import java.util.List;
import java.util.Objects;

/**
 * One HTTP operation of an Atlassian REST API, as the official spec describes it.
 *
 * @param spec the spec file it comes from, e.g. {@code jira-platform.v3.json}
 * @param product the gateway product it is reached through: {@code jira} or {@code confluence}
 * @param method the HTTP method in upper case
 * @param path the full path template on the site, e.g. {@code /wiki/api/v2/pages/{id}}
 * @param operationId the spec's operation id (as published, misspellings included)
 * @param deprecated whether the spec marks it deprecated
 * @param scopes the OAuth 2.0 (3LO) scopes the spec lists for it in state Current
 */
public record ApiOperation(
    String spec,
    String product,
    String method,
    String path,
    String operationId,
    boolean deprecated,
    List<String> scopes) {

  public ApiOperation {
    Objects.requireNonNull(spec, "spec");
    Objects.requireNonNull(product, "product");
    Objects.requireNonNull(method, "method");
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(operationId, "operationId");
    scopes = List.copyOf(scopes);
  }

  /** Whether a concrete request path (no query) matches this operation's path template. */
  public boolean matches(String requestMethod, String requestPath) {
    if (!method.equalsIgnoreCase(requestMethod)) {
      return false;
    }
    String[] template = path.split("/", -1);
    String[] actual = requestPath.split("/", -1);
    if (template.length != actual.length) {
      return false;
    }
    for (int i = 0; i < template.length; i++) {
      boolean variable = template[i].startsWith("{") && template[i].endsWith("}");
      if (variable ? actual[i].isEmpty() : !template[i].equals(actual[i])) {
        return false;
      }
    }
    return true;
  }

  /** The number of path variables; fewer means more specific. */
  int variableCount() {
    return (int) path.chars().filter(c -> c == '{').count();
  }
}
