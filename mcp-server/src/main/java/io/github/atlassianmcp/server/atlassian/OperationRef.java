package io.github.atlassianmcp.server.atlassian;

import java.util.Objects;

/**
 * One operation of Atlassian's official specs that a tool calls.
 *
 * @param spec the spec file, e.g. {@code jira-platform.v3.json}
 * @param operationId the operation id as published (misspellings included, e.g. searchAndReconsileIssuesUsingJql)
 */
public record OperationRef(String spec, String operationId) {

  public OperationRef {
    Objects.requireNonNull(spec, "spec");
    Objects.requireNonNull(operationId, "operationId");
  }

  @Override
  public String toString() {
    return spec + "#" + operationId;
  }
}
