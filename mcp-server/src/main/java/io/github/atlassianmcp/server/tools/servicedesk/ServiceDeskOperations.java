package io.github.atlassianmcp.server.tools.servicedesk;

import io.github.atlassianmcp.server.atlassian.OperationRef;

/** The Jira Service Management operations the service desk tools call. */
final class ServiceDeskOperations {

  private static final String SPEC = "jira-service-management.json";

  static final OperationRef LIST_REQUESTS = new OperationRef(SPEC, "getCustomerRequests");
  static final OperationRef GET_REQUEST = new OperationRef(SPEC, "getCustomerRequestByIdOrKey");
  static final OperationRef GET_COMMENTS = new OperationRef(SPEC, "getRequestComments");
  static final OperationRef GET_SLA = new OperationRef(SPEC, "getSlaInformation");

  private ServiceDeskOperations() {}
}
