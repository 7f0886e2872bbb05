package io.github.atlassianmcp.server.auth;

import io.github.atlassianmcp.auth.ScopeSet;
import io.github.atlassianmcp.server.atlassian.OperationRef;
import io.github.atlassianmcp.specs.ApiOperation;
import io.github.atlassianmcp.specs.AtlassianOperations;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * The server's policy over the SDK's {@link ScopeSet}: the least-privilege scope list, computed from Atlassian's own specs: the union of the OAuth 2.0 (3LO) scopes
 * (state Current) of every operation the enabled tools call, plus {@code read:me} (who signed in) and
 * {@code offline_access} (a refresh token). Never a {@code manage:*} or admin scope.
 */
public final class OAuthScopes {

  /** Lets the sign-in read {@code /me}: who signed in. */
  public static final String READ_ME = ScopeSet.READ_ME;
  /** Makes Atlassian issue a refresh token. */
  public static final String OFFLINE_ACCESS = ScopeSet.OFFLINE_ACCESS;

  private final ScopeSet scopes;
  private final Map<OperationRef, List<String>> byOperation;

  private OAuthScopes(ScopeSet scopes, Map<OperationRef, List<String>> byOperation) {
    this.scopes = scopes;
    this.byOperation = Collections.unmodifiableMap(byOperation);
  }

  /**
   * The scopes for these operations.
   *
   * @throws IllegalArgumentException naming the operation when one is unknown, deprecated, lists no OAuth scope,
   *     or would need an administration scope
   */
  public static OAuthScopes forOperations(Collection<OperationRef> operations, AtlassianOperations specs) {
    Objects.requireNonNull(operations, "operations");
    Objects.requireNonNull(specs, "specs");
    Set<String> union = new TreeSet<>();
    Map<OperationRef, List<String>> byOperation = new LinkedHashMap<>();
    List<String> problems = new ArrayList<>();
    for (OperationRef ref : operations) {
      ApiOperation op = specs.byOperationId(ref.spec(), ref.operationId()).orElse(null);
      if (op == null) {
        problems.add(ref + " is not an operation of " + ref.spec());
        continue;
      }
      if (op.deprecated()) {
        problems.add(ref + " (" + op.method() + " " + op.path() + ") is deprecated");
      }
      if (op.scopes().isEmpty()) {
        problems.add(ref + " (" + op.method() + " " + op.path() + ") lists no OAuth 2.0 (3LO) scope in state Current");
      }
      for (String scope : op.scopes()) {
        if (isAdministrative(scope)) {
          problems.add(ref + " (" + op.method() + " " + op.path() + ") needs the administration scope " + scope);
        }
      }
      union.addAll(op.scopes());
      byOperation.put(ref, op.scopes());
    }
    if (!problems.isEmpty()) {
      throw new IllegalArgumentException("Cannot compute the OAuth scopes: " + String.join("; ", problems));
    }
    return new OAuthScopes(ScopeSet.of(union), byOperation);
  }

  /** A scope no tool of this server may ever ask for. */
  public static boolean isAdministrative(String scope) {
    String s = scope.toLowerCase(Locale.ROOT);
    return s.startsWith("manage:") || s.contains("admin");
  }

  /** The scopes to request, sorted. */
  public List<String> scopes() {
    return scopes.scopes();
  }

  /** What the SDK's sign-in asks for. */
  public ScopeSet scopeSet() {
    return scopes;
  }

  /** The scopes one operation needs, as the spec lists them; empty if it is not one of these operations. */
  public List<String> scopesOf(OperationRef operation) {
    return byOperation.getOrDefault(operation, List.of());
  }

  /** The scopes of {@code scopes()} that {@code granted} lacks. */
  public List<String> missingFrom(Collection<String> granted) {
    return scopes.missingFrom(granted);
  }

  /** Space-separated, as the authorization request wants it. */
  @Override
  public String toString() {
    return scopes.toString();
  }
}
