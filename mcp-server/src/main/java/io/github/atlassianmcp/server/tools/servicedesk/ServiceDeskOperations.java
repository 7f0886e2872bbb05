package io.github.atlassianmcp.server.tools.servicedesk;

import io.github.atlassianmcp.server.atlassian.OperationRef;

/**
 * The operations the service desk tools call: Jira Service Management's, and the two of Jira's they need (finding a
 * customer by name or email, and an agent's view of all the requests of their desks).
 */
final class ServiceDeskOperations {

  private static final String SPEC = "jira-service-management.json";
  private static final String JIRA = "jira-platform.v3.json";

  static final OperationRef LIST_REQUESTS = new OperationRef(SPEC, "getCustomerRequests");
  static final OperationRef GET_REQUEST = new OperationRef(SPEC, "getCustomerRequestByIdOrKey");
  static final OperationRef CREATE_REQUEST = new OperationRef(SPEC, "createCustomerRequest");
  static final OperationRef GET_COMMENTS = new OperationRef(SPEC, "getRequestComments");
  static final OperationRef ADD_COMMENT = new OperationRef(SPEC, "createRequestComment");
  static final OperationRef GET_SLA = new OperationRef(SPEC, "getSlaInformation");
  static final OperationRef GET_APPROVALS = new OperationRef(SPEC, "getApprovals");
  static final OperationRef ANSWER_APPROVAL = new OperationRef(SPEC, "answerApproval");
  static final OperationRef LIST_DESKS = new OperationRef(SPEC, "getServiceDesks");
  static final OperationRef LIST_REQUEST_TYPES = new OperationRef(SPEC, "getRequestTypes");
  static final OperationRef REQUEST_TYPE_FIELDS = new OperationRef(SPEC, "getRequestTypeFields");
  static final OperationRef LIST_QUEUES = new OperationRef(SPEC, "getQueues");
  static final OperationRef QUEUE_ISSUES = new OperationRef(SPEC, "getIssuesInQueue");
  static final OperationRef FIND_USERS = new OperationRef(JIRA, "findUsers");
  static final OperationRef SEARCH_ISSUES = new OperationRef(JIRA, "searchAndReconsileIssuesUsingJqlPost");

  private ServiceDeskOperations() {}
}
