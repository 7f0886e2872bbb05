package io.github.atlassianmcp.sandbox.gateway;

import io.github.atlassianmcp.specs.ApiOperation;
import java.util.List;

/**
 * The Current OAuth scopes of the Jira Service Management operations the sandbox serves, as Atlassian's service
 * desk spec (swagger.v3.json, info.version 1001.0.0-SNAPSHOT-c69b1b3a) lists them. Used only while the operation
 * index has no service desk spec of its own; the index wins as soon as it has the operation.
 */
final class ServiceDeskScopes {

  private static final String SPEC = "jira-service-management.json";
  private static final List<String> READ = List.of("read:servicedesk-request");
  private static final List<String> WRITE = List.of("write:servicedesk-request");

  static final List<ApiOperation> OPERATIONS = List.of(
      op("GET", "/rest/servicedeskapi/servicedesk", "getServiceDesks", READ),
      op("GET", "/rest/servicedeskapi/servicedesk/{serviceDeskId}", "getServiceDeskById", READ),
      op("GET", "/rest/servicedeskapi/servicedesk/{serviceDeskId}/requesttype", "getRequestTypes", READ),
      op("GET", "/rest/servicedeskapi/servicedesk/{serviceDeskId}/requesttype/{requestTypeId}",
          "getRequestTypeById", READ),
      op("GET", "/rest/servicedeskapi/request", "getCustomerRequests", READ),
      op("GET", "/rest/servicedeskapi/request/{issueIdOrKey}", "getCustomerRequestByIdOrKey", READ),
      op("GET", "/rest/servicedeskapi/request/{issueIdOrKey}/comment", "getRequestComments", READ),
      op("POST", "/rest/servicedeskapi/request/{issueIdOrKey}/comment", "createRequestComment", WRITE),
      op("GET", "/rest/servicedeskapi/request/{issueIdOrKey}/comment/{commentId}", "getRequestCommentById", READ),
      op("GET", "/rest/servicedeskapi/request/{issueIdOrKey}/participant", "getRequestParticipants", READ),
      // Atlassian lists read:jira-work, not a service desk scope, for the SLA operations.
      op("GET", "/rest/servicedeskapi/request/{issueIdOrKey}/sla", "getSlaInformation", List.of("read:jira-work")),
      op("GET", "/rest/servicedeskapi/request/{issueIdOrKey}/sla/{slaMetricId}", "getSlaInformationById",
          List.of("read:jira-work")),
      op("GET", "/rest/servicedeskapi/request/{issueIdOrKey}/status", "getCustomerRequestStatus", READ));

  private ServiceDeskScopes() {}

  private static ApiOperation op(String method, String path, String operationId, List<String> scopes) {
    return new ApiOperation(SPEC, "jira", method, path, operationId, false, scopes);
  }
}
