package io.github.atlassianmcp.specs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
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
      getRequestTypeFields        | GET  | /rest/servicedeskapi/servicedesk/{serviceDeskId}/requesttype/{requestTypeId}/field | /rest/servicedeskapi/servicedesk/10/requesttype/25/field
      createCustomerRequest       | POST | /rest/servicedeskapi/request                                      | /rest/servicedeskapi/request
      getApprovals                | GET  | /rest/servicedeskapi/request/{issueIdOrKey}/approval              | /rest/servicedeskapi/request/HELP-1/approval
      getApprovalById             | GET  | /rest/servicedeskapi/request/{issueIdOrKey}/approval/{approvalId} | /rest/servicedeskapi/request/HELP-1/approval/2
      answerApproval              | POST | /rest/servicedeskapi/request/{issueIdOrKey}/approval/{approvalId} | /rest/servicedeskapi/request/HELP-1/approval/2
      getQueues                   | GET  | /rest/servicedeskapi/servicedesk/{serviceDeskId}/queue            | /rest/servicedeskapi/servicedesk/10/queue
      getQueue                    | GET  | /rest/servicedeskapi/servicedesk/{serviceDeskId}/queue/{queueId}  | /rest/servicedeskapi/servicedesk/10/queue/3
      getIssuesInQueue            | GET  | /rest/servicedeskapi/servicedesk/{serviceDeskId}/queue/{queueId}/issue | /rest/servicedeskapi/servicedesk/10/queue/3/issue
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

  /** OpenAPI wants operation ids unique; Atlassian's file repeats eight, which our corrections rename. */
  @Test
  void everyOperationIdIsUnique() {
    List<ApiOperation> ours = operations.all().stream().filter(op -> op.spec().equals(SPEC)).toList();
    Set<String> ids = new HashSet<>();
    ours.forEach(op -> assertTrue(ids.add(op.operationId()), op.operationId() + " is repeated"));
    operations.match("POST", "/rest/servicedeskapi/customer/skip-permission-check")
        .ifPresent(op -> assertEquals("createCustomerSkippingPermissionCheck", op.operationId()));
  }
}
