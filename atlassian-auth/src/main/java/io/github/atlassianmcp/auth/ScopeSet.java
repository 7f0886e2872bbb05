package io.github.atlassianmcp.auth;

import io.github.atlassianmcp.specs.ApiOperation;
import io.github.atlassianmcp.specs.AtlassianOperations;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * The OAuth 2.0 (3LO) scopes a sign-in asks for, given as scopes or as the operations the application calls
 * (their scopes in state Current, as Atlassian's own specs list them). Always holds {@code offline_access} (a
 * refresh token, so the sign-in lasts) and {@code read:me} (who signed in). Immutable.
 *
 * <pre>{@code
 * ScopeSet.of("read:jira-work", "write:jira-work")
 * ScopeSet.forOperations("getIssue", "createIssue", "confluence-v2.json#getPageById")
 * }</pre>
 */
public final class ScopeSet {

  /** Lets the sign-in read {@code /me}: who signed in. */
  public static final String READ_ME = "read:me";
  /** Makes Atlassian issue a refresh token. */
  public static final String OFFLINE_ACCESS = "offline_access";

  private final List<String> scopes;

  private ScopeSet(Collection<String> scopes) {
    Set<String> sorted = new TreeSet<>(scopes);
    sorted.add(READ_ME);
    sorted.add(OFFLINE_ACCESS);
    this.scopes = List.copyOf(sorted);
  }

  public static ScopeSet of(String... scopes) {
    return of(List.of(scopes));
  }

  public static ScopeSet of(Collection<String> scopes) {
    for (String scope : scopes) {
      if (scope == null || scope.isBlank() || scope.contains(" ")) {
        throw new IllegalArgumentException("Not an OAuth scope: '" + scope + "'");
      }
    }
    return new ScopeSet(scopes);
  }

  /**
   * The scopes of these operations of Atlassian's specs: each an {@code operationId} (unique across the specs of
   * this SDK) or {@code spec#operationId} (e.g. {@code jira-platform.v3.json#getIssue}).
   *
   * @throws IllegalArgumentException naming every operation that is unknown, ambiguous or lists no current scope
   */
  public static ScopeSet forOperations(String... operations) {
    return forOperations(List.of(operations), AtlassianOperations.load());
  }

  /** As {@link #forOperations(String...)}, with an index already loaded. */
  public static ScopeSet forOperations(Collection<String> operations, AtlassianOperations index) {
    Objects.requireNonNull(index, "index");
    Set<String> union = new TreeSet<>();
    List<String> problems = new ArrayList<>();
    for (String name : operations) {
      List<ApiOperation> matches = find(index, name);
      if (matches.size() != 1) {
        problems.add(matches.isEmpty() ? name + " is not an operation of Atlassian's specs"
            : name + " is in several specs; write it as spec#operationId");
      } else if (matches.get(0).scopes().isEmpty()) {
        problems.add(name + " lists no OAuth 2.0 (3LO) scope in state Current");
      } else {
        union.addAll(matches.get(0).scopes());
      }
    }
    if (!problems.isEmpty()) {
      throw new IllegalArgumentException("Cannot compute the OAuth scopes: " + String.join("; ", problems));
    }
    return new ScopeSet(union);
  }

  private static List<ApiOperation> find(AtlassianOperations index, String name) {
    int hash = name.indexOf('#');
    if (hash >= 0) {
      return index.byOperationId(name.substring(0, hash), name.substring(hash + 1)).stream().toList();
    }
    return index.all().stream().filter(op -> op.operationId().equals(name)).toList();
  }

  /** These scopes and {@code more}'s. */
  public ScopeSet and(ScopeSet more) {
    List<String> union = new ArrayList<>(scopes);
    union.addAll(more.scopes);
    return new ScopeSet(union);
  }

  /** The scopes to request, sorted. */
  public List<String> scopes() {
    return scopes;
  }

  /** The scopes of this set that {@code granted} lacks. */
  public List<String> missingFrom(Collection<String> granted) {
    List<String> missing = new ArrayList<>(scopes);
    missing.removeAll(granted);
    return missing;
  }

  /** Space-separated, as the authorization request wants it. */
  @Override
  public String toString() {
    return String.join(" ", scopes);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof ScopeSet set && scopes.equals(set.scopes);
  }

  @Override
  public int hashCode() {
    return scopes.hashCode();
  }
}
