package io.github.atlassianmcp.sandbox.gateway;

import io.github.atlassianmcp.specs.ApiOperation;
import io.github.atlassianmcp.specs.AtlassianOperations;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The official operations the gateway knows, with their scopes: the spec index, plus the service desk operations
 * the sandbox serves while the index lacks them.
 */
public final class OperationIndex {

  private final AtlassianOperations operations;

  public OperationIndex(AtlassianOperations operations) {
    this.operations = operations;
  }

  /** The operation a site path is for, if any spec describes it. */
  public Optional<ApiOperation> match(String method, String sitePath) {
    Optional<ApiOperation> fromSpecs = operations.match(method, sitePath);
    if (fromSpecs.isPresent()) {
      return fromSpecs;
    }
    return ServiceDeskScopes.OPERATIONS.stream()
        .filter(op -> op.matches(method, sitePath))
        .min(Comparator.comparingInt(op -> (int) op.path().chars().filter(c -> c == '{').count()));
  }

  /** Every scope some operation needs. */
  public Set<String> allScopes() {
    Set<String> scopes = new TreeSet<>();
    operations.all().forEach(op -> scopes.addAll(op.scopes()));
    ServiceDeskScopes.OPERATIONS.forEach(op -> scopes.addAll(op.scopes()));
    return scopes;
  }

  public List<ApiOperation> serviceDeskFallback() {
    return ServiceDeskScopes.OPERATIONS;
  }
}
