package io.github.atlassianmcp.sandbox.gateway;

import io.github.atlassianmcp.specs.ApiOperation;
import io.github.atlassianmcp.specs.AtlassianOperations;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/** The official operations the gateway knows, with their scopes: the spec index. */
public final class OperationIndex {

  private final AtlassianOperations operations;

  public OperationIndex(AtlassianOperations operations) {
    this.operations = operations;
  }

  /** The operation a site path is for, if any spec describes it. */
  public Optional<ApiOperation> match(String method, String sitePath) {
    return operations.match(method, sitePath);
  }

  /** Every scope some operation needs. */
  public Set<String> allScopes() {
    Set<String> scopes = new TreeSet<>();
    operations.all().forEach(op -> scopes.addAll(op.scopes()));
    return scopes;
  }
}
