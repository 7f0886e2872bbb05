package io.github.atlassianmcp.server.auth;

import java.util.List;
import java.util.stream.Stream;

/**
 * The operations the planned tools call (issue 5), as the lead listed them. The transitions read is published as
 * {@code getTransitions}; the list said getIssueTransitions, which the spec does not have.
 */
final class PlannedOperations {

  static final String JIRA = "jira-platform.v3.json";
  static final String CONFLUENCE_V1 = "confluence-v1.json";
  static final String CONFLUENCE_V2 = "confluence-v2.json";
  static final String JSM = "jira-service-management.json";

  static final List<OperationRef> JIRA_OPERATIONS = Stream.of(
          "searchAndReconsileIssuesUsingJql", "getIssue", "createIssue", "editIssue", "addComment", "getComments",
          "addWorklog", "getTransitions", "doTransition", "getCurrentUser", "getCreateIssueMetaIssueTypes",
          "getCreateIssueMetaIssueTypeId")
      .map(id -> new OperationRef(JIRA, id)).toList();

  static final List<OperationRef> CONFLUENCE_OPERATIONS = List.of(
      new OperationRef(CONFLUENCE_V1, "searchByCQL"),
      new OperationRef(CONFLUENCE_V2, "getPageById"),
      new OperationRef(CONFLUENCE_V2, "getSpaceById"));

  static final List<OperationRef> SERVICE_DESK_OPERATIONS = Stream.of(
          "getServiceDesks", "getCustomerRequests", "getCustomerRequestByIdOrKey", "getRequestComments",
          "getSlaInformation")
      .map(id -> new OperationRef(JSM, id)).toList();

  /** What the support agent's tools of issue 11 add: request types, raising, replying, queues, approvals. */
  static final List<OperationRef> SERVICE_DESK_AGENT_OPERATIONS = Stream.of(
          "getRequestTypes", "getRequestTypeFields", "createCustomerRequest", "createRequestComment", "getQueues",
          "getIssuesInQueue", "getApprovals", "answerApproval")
      .map(id -> new OperationRef(JSM, id)).toList();

  private PlannedOperations() {}

  static List<OperationRef> jiraAndConfluence() {
    return Stream.concat(JIRA_OPERATIONS.stream(), CONFLUENCE_OPERATIONS.stream()).toList();
  }

  /** Every planned tool's operations: Jira, Confluence and Jira Service Management. */
  static List<OperationRef> all() {
    return Stream.concat(jiraAndConfluence().stream(), SERVICE_DESK_OPERATIONS.stream()).toList();
  }
}
