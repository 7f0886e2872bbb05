package io.github.atlassianmcp.server.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
    List<OperationRef> all = new ArrayList<>(PlannedOperations.all());
    all.addAll(PlannedOperations.SERVICE_DESK_AGENT_OPERATIONS);
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

  @Test
  void plannedServiceDeskToolsNeedTheServiceDeskReadScope() {
    OAuthScopes scopes = OAuthScopes.forOperations(PlannedOperations.all(), SPECS);
    System.out.println("[scopes] all planned tools: " + scopes);
    for (OperationRef op : PlannedOperations.SERVICE_DESK_OPERATIONS) {
      assertTrue(scopes.scopes().containsAll(scopes.scopesOf(op)), op.toString());
    }
    assertEquals(List.of("offline_access", "read:jira-user", "read:jira-work", "read:me", "read:page:confluence",
        "read:servicedesk-request", "read:space:confluence", "search:confluence", "write:jira-work"), scopes.scopes());
  }

  /** Queues and SLAs are Jira work as Atlassian lists them; the writes need the service desk write scope. */
  @Test
  void theSupportAgentsOperationsAddOnlyTheServiceDeskWriteScope() {
    OAuthScopes scopes = OAuthScopes.forOperations(PlannedOperations.SERVICE_DESK_AGENT_OPERATIONS, SPECS);

    assertEquals(List.of("offline_access", "read:jira-work", "read:me", "read:servicedesk-request",
        "write:servicedesk-request"), scopes.scopes());
    assertEquals(List.of("read:jira-work"), scopes.scopesOf(new OperationRef(PlannedOperations.JSM, "getQueues")));
    assertEquals(List.of("write:servicedesk-request"),
        scopes.scopesOf(new OperationRef(PlannedOperations.JSM, "answerApproval")));
  }
}
