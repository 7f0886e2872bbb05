package io.github.atlassianmcp.server.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.atlassianmcp.specs.AtlassianOperations;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class OAuthScopesTest {

  private static final AtlassianOperations SPECS = AtlassianOperations.load();

  @Test
  void plannedJiraAndConfluenceToolsNeedTheseScopesAndNoOthers() {
    OAuthScopes scopes = OAuthScopes.forOperations(PlannedOperations.jiraAndConfluence(), SPECS);

    assertEquals(List.of("offline_access", "read:jira-user", "read:jira-work", "read:me", "read:page:confluence",
        "read:space:confluence", "search:confluence", "write:jira-work"), scopes.scopes());
    System.out.println("[scopes] Jira + Confluence tools: " + scopes);
  }

  @Test
  void everyRequestedScopeIsNeededByAnOperationOrIsAnIdentityScope() {
    OAuthScopes scopes = OAuthScopes.forOperations(PlannedOperations.jiraAndConfluence(), SPECS);
    for (String scope : scopes.scopes()) {
      boolean needed = scope.equals(OAuthScopes.READ_ME) || scope.equals(OAuthScopes.OFFLINE_ACCESS)
          || PlannedOperations.jiraAndConfluence().stream().anyMatch(op -> scopes.scopesOf(op).contains(scope));
      assertTrue(needed, scope + " is requested but no planned operation needs it");
    }
    for (OperationRef op : PlannedOperations.jiraAndConfluence()) {
      assertFalse(scopes.scopesOf(op).isEmpty(), op + " has no scope");
      assertTrue(scopes.scopes().containsAll(scopes.scopesOf(op)), op + " needs a scope that is not requested");
    }
  }

  @Test
  void noAdministrationScopeIsEverRequested() {
    List<OperationRef> all = new ArrayList<>(PlannedOperations.jiraAndConfluence());
    if (PlannedOperations.serviceDeskSpecAvailable(SPECS)) {
      all.addAll(PlannedOperations.SERVICE_DESK_OPERATIONS);
    }
    OAuthScopes scopes = OAuthScopes.forOperations(all, SPECS);
    assertTrue(scopes.scopes().stream().noneMatch(OAuthScopes::isAdministrative), scopes.toString());
    assertTrue(scopes.scopes().stream().noneMatch(s -> s.startsWith("manage:")), scopes.toString());
  }

  @Test
  void anOperationNeedingAnAdministrationScopeIsRefused() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> OAuthScopes.forOperations(
        List.of(new OperationRef(PlannedOperations.JIRA, "setBanner")), SPECS));
    assertTrue(e.getMessage().contains("setBanner") && e.getMessage().contains("manage:jira-configuration"),
        e.getMessage());
    assertTrue(OAuthScopes.isAdministrative("manage:jira-project"));
    assertTrue(OAuthScopes.isAdministrative("read:confluence-admin"));
    assertFalse(OAuthScopes.isAdministrative("read:jira-work"));
  }

  @Test
  void anUnknownOperationFailsLoudlyNamingIt() {
    // The planned list first named the transitions read getIssueTransitions; the spec calls it getTransitions.
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> OAuthScopes.forOperations(
        List.of(new OperationRef(PlannedOperations.JIRA, "getIssueTransitions"),
            new OperationRef("no-such-spec.json", "getIssue")), SPECS));
    assertTrue(e.getMessage().contains("jira-platform.v3.json#getIssueTransitions"), e.getMessage());
    assertTrue(e.getMessage().contains("no-such-spec.json#getIssue"), e.getMessage());
  }

  @Test
  void aDeprecatedOperationFailsLoudly() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> OAuthScopes.forOperations(
        List.of(new OperationRef(PlannedOperations.JIRA, "getCreateIssueMeta")), SPECS));
    assertTrue(e.getMessage().contains("getCreateIssueMeta") && e.getMessage().contains("deprecated"),
        e.getMessage());
  }

  @Test
  void anOperationWithoutOAuthScopesFailsLoudly() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> OAuthScopes.forOperations(
        List.of(new OperationRef(PlannedOperations.JIRA, "updateCustomFieldValue")), SPECS));
    assertTrue(e.getMessage().contains("lists no OAuth 2.0 (3LO) scope"), e.getMessage());
  }

  @Test
  void missingScopesAreThoseNotGranted() {
    OAuthScopes scopes = OAuthScopes.forOperations(PlannedOperations.jiraAndConfluence(), SPECS);
    List<String> granted = new ArrayList<>(scopes.scopes());
    granted.remove("write:jira-work");
    assertEquals(List.of("write:jira-work"), scopes.missingFrom(granted));
    assertEquals(List.of(), scopes.missingFrom(scopes.scopes()));
  }

  /** Skipped where the specs on the classpath still carry the JSM placeholder (before branch jsm). */
  @Test
  void plannedServiceDeskToolsNeedTheServiceDeskReadScope() {
    assumeTrue(PlannedOperations.serviceDeskSpecAvailable(SPECS),
        "the JSM document in this checkout lacks the planned operations: merge branch jsm");
    List<OperationRef> all = new ArrayList<>(PlannedOperations.jiraAndConfluence());
    all.addAll(PlannedOperations.SERVICE_DESK_OPERATIONS);
    OAuthScopes scopes = OAuthScopes.forOperations(all, SPECS);
    System.out.println("[scopes] all planned tools: " + scopes);
    for (OperationRef op : PlannedOperations.SERVICE_DESK_OPERATIONS) {
      assertTrue(scopes.scopes().containsAll(scopes.scopesOf(op)), op.toString());
    }
    assertEquals(List.of("offline_access", "read:jira-user", "read:jira-work", "read:me", "read:page:confluence",
        "read:servicedesk-request", "read:space:confluence", "search:confluence", "write:jira-work"), scopes.scopes());
  }
}
