package io.github.atlassianmcp.specs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The Jira Service Management operations the project builds on are in the index, whichever file the build
 * used: Atlassian's published spec or our own subset document (specs/jira-service-management.json).
 */
class ServiceDeskSpecTest {

  private static final String SPEC = "jira-service-management.json";

  private final AtlassianOperations operations = AtlassianOperations.load();

  @ParameterizedTest(name = "{1} {2}")
  @CsvSource(delimiter = '|', textBlock = """
      getServiceDesks             | GET  | /rest/servicedeskapi/servicedesk                                  | /rest/servicedeskapi/servicedesk
      getServiceDeskById          | GET  | /rest/servicedeskapi/servicedesk/{serviceDeskId}                  | /rest/servicedeskapi/servicedesk/ITH
      getRequestTypes             | GET  | /rest/servicedeskapi/servicedesk/{serviceDeskId}/requesttype      | /rest/servicedeskapi/servicedesk/10/requesttype
      getCustomerRequests         | GET  | /rest/servicedeskapi/request                                      | /rest/servicedeskapi/request
      getCustomerRequestByIdOrKey | GET  | /rest/servicedeskapi/request/{issueIdOrKey}                       | /rest/servicedeskapi/request/HELP-1
      getRequestComments          | GET  | /rest/servicedeskapi/request/{issueIdOrKey}/comment               | /rest/servicedeskapi/request/HELP-1/comment
      createRequestComment        | POST | /rest/servicedeskapi/request/{issueIdOrKey}/comment               | /rest/servicedeskapi/request/HELP-1/comment
      getSlaInformation           | GET  | /rest/servicedeskapi/request/{issueIdOrKey}/sla                   | /rest/servicedeskapi/request/HELP-1/sla
      getSlaInformationById       | GET  | /rest/servicedeskapi/request/{issueIdOrKey}/sla/{slaMetricId}     | /rest/servicedeskapi/request/HELP-1/sla/3
      getCustomerRequestStatus    | GET  | /rest/servicedeskapi/request/{issueIdOrKey}/status                | /rest/servicedeskapi/request/10042/status
      getRequestTypeById          | GET  | /rest/servicedeskapi/servicedesk/{serviceDeskId}/requesttype/{requestTypeId} | /rest/servicedeskapi/servicedesk/10/requesttype/25
      getRequestCommentById       | GET  | /rest/servicedeskapi/request/{issueIdOrKey}/comment/{commentId}   | /rest/servicedeskapi/request/HELP-1/comment/1000
      getRequestParticipants      | GET  | /rest/servicedeskapi/request/{issueIdOrKey}/participant           | /rest/servicedeskapi/request/HELP-1/participant
      """)
  void isIndexedWithItsMethodPathAndCurrentScopes(String operationId, String method, String path, String example) {
    ApiOperation op = operations.byOperationId(SPEC, operationId)
        .orElseThrow(() -> new AssertionError(operationId + " is not in the index of " + SPEC));

    assertEquals(method, op.method());
    assertEquals(path, op.path());
    assertEquals("jira", op.product());
    assertFalse(op.deprecated(), operationId + " is marked deprecated");
    assertFalse(op.scopes().isEmpty(), operationId + " has no OAuth scope in state Current");
    // A read must not need a write scope, and a write needs one: catches scopes pasted onto the wrong operation.
    boolean needsWriteScope = op.scopes().stream().anyMatch(scope -> scope.startsWith("write:"));
    assertEquals(!method.equals("GET"), needsWriteScope, operationId + " scopes " + op.scopes());

    ApiOperation matched = operations.match(method, example).orElseThrow();
    assertEquals(operationId, matched.operationId(), "a request to " + example);
    assertTrue(matched.spec().equals(SPEC));
  }
}
