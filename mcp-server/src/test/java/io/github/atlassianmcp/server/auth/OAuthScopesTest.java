package io.github.atlassianmcp.server.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.atlassianmcp.server.ServerAssembly;
import io.github.atlassianmcp.server.atlassian.OperationRef;
import io.github.atlassianmcp.server.config.ServerConfig;
import io.github.atlassianmcp.specs.AtlassianOperations;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The scopes the server really asks for: computed by the assembly from its enabled tools' operations. */
class OAuthScopesTest {

  private static final AtlassianOperations SPECS = AtlassianOperations.load();
  private static final String JIRA = "jira-platform.v3.json";

  private static ServerAssembly server(Map<String, String> environment) {
    return ServerAssembly.builder(ServerConfig.fromEnvironment(environment,
        Path.of(System.getProperty("java.io.tmpdir")))).build();
  }

  @Test
  void everyRequestedScopeIsNeededByAnOperationOfAnEnabledToolOrIsAnIdentityScope() {
    ServerAssembly server = server(Map.of());
    OAuthScopes scopes = server.scopes();
    List<OperationRef> operations = server.inventory().enabledOperations();
    System.out.println("[scopes] default configuration: " + scopes);
    for (String scope : scopes.scopes()) {
      boolean needed = scope.equals(OAuthScopes.READ_ME) || scope.equals(OAuthScopes.OFFLINE_ACCESS)
          || operations.stream().anyMatch(op -> scopes.scopesOf(op).contains(scope));
      assertTrue(needed, scope + " is requested but no enabled tool's operation needs it");
    }
    for (OperationRef op : operations) {
      assertFalse(scopes.scopesOf(op).isEmpty(), op + " has no scope");
      assertTrue(scopes.scopes().containsAll(scopes.scopesOf(op)), op + " needs a scope that is not requested");
    }
    assertTrue(scopes.scopes().containsAll(List.of(OAuthScopes.READ_ME, OAuthScopes.OFFLINE_ACCESS)));
  }

  @Test
  void noAdministrationScopeIsEverRequested() {
    OAuthScopes scopes = server(Map.of()).scopes();
    assertTrue(scopes.scopes().stream().noneMatch(OAuthScopes::isAdministrative), scopes.toString());
    assertTrue(scopes.scopes().stream().noneMatch(s -> s.startsWith("manage:")), scopes.toString());
  }

  @Test
  void anOperationNeedingAnAdministrationScopeIsRefused() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> OAuthScopes.forOperations(
        List.of(new OperationRef(JIRA, "setBanner")), SPECS));
    assertTrue(e.getMessage().contains("setBanner") && e.getMessage().contains("manage:jira-configuration"),
        e.getMessage());
    assertTrue(OAuthScopes.isAdministrative("manage:jira-project"));
    assertTrue(OAuthScopes.isAdministrative("read:confluence-admin"));
    assertFalse(OAuthScopes.isAdministrative("read:jira-work"));
  }

  @Test
  void anUnknownOperationFailsLoudlyNamingIt() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> OAuthScopes.forOperations(
        List.of(new OperationRef(JIRA, "getIssueTransitions"), new OperationRef("no-such-spec.json", "getIssue")),
        SPECS));
    assertTrue(e.getMessage().contains("jira-platform.v3.json#getIssueTransitions"), e.getMessage());
    assertTrue(e.getMessage().contains("no-such-spec.json#getIssue"), e.getMessage());
  }

  @Test
  void aDeprecatedOperationFailsLoudly() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> OAuthScopes.forOperations(
        List.of(new OperationRef(JIRA, "getCreateIssueMeta")), SPECS));
    assertTrue(e.getMessage().contains("getCreateIssueMeta") && e.getMessage().contains("deprecated"),
        e.getMessage());
  }

  @Test
  void anOperationWithoutOAuthScopesFailsLoudly() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> OAuthScopes.forOperations(
        List.of(new OperationRef(JIRA, "updateCustomFieldValue")), SPECS));
    assertTrue(e.getMessage().contains("lists no OAuth 2.0 (3LO) scope"), e.getMessage());
  }

  @Test
  void missingScopesAreThoseNotGranted() {
    OAuthScopes scopes = server(Map.of()).scopes();
    List<String> granted = new ArrayList<>(scopes.scopes());
    granted.remove("write:jira-work");
    assertEquals(List.of("write:jira-work"), scopes.missingFrom(granted));
    assertEquals(List.of(), scopes.missingFrom(scopes.scopes()));
  }

  /**
   * The support agent's operations of issue 11 (request types, raising, replying, queues, approvals), as
   * Atlassian's JSM spec lists their Current scopes: queues are Jira work, the writes need the service desk write
   * scope, and nothing needs an administration scope.
   */
  @Test
  void theSupportAgentsServiceDeskOperationsNeedOnlyTheseScopes() {
    String jsm = "jira-service-management.json";
    List<OperationRef> operations = java.util.stream.Stream.of("getRequestTypes", "getRequestTypeFields",
            "createCustomerRequest", "createRequestComment", "getQueues", "getIssuesInQueue", "getApprovals",
            "answerApproval")
        .map(id -> new OperationRef(jsm, id)).toList();

    OAuthScopes scopes = OAuthScopes.forOperations(operations, SPECS);

    assertEquals(List.of("offline_access", "read:jira-work", "read:me", "read:servicedesk-request",
        "write:servicedesk-request"), scopes.scopes());
    assertEquals(List.of("read:jira-work"), scopes.scopesOf(new OperationRef(jsm, "getQueues")));
    assertEquals(List.of("write:servicedesk-request"), scopes.scopesOf(new OperationRef(jsm, "answerApproval")));
  }
}
