package io.github.atlassianmcp.server.tools.jira;

import io.github.atlassianmcp.server.atlassian.OperationRef;

/** The Jira platform operations the Jira tools call, named as in Atlassian's spec (its misspellings included). */
final class JiraOperations {

  private static final String SPEC = "jira-platform.v3.json";
  private static final String SOFTWARE = "jira-software.json";

  static final OperationRef SEARCH = new OperationRef(SPEC, "searchAndReconsileIssuesUsingJqlPost");
  static final OperationRef COUNT = new OperationRef(SPEC, "countIssues");
  static final OperationRef GET_ISSUE = new OperationRef(SPEC, "getIssue");
  static final OperationRef CREATE_ISSUE = new OperationRef(SPEC, "createIssue");
  static final OperationRef EDIT_ISSUE = new OperationRef(SPEC, "editIssue");
  static final OperationRef GET_COMMENTS = new OperationRef(SPEC, "getComments");
  static final OperationRef ADD_COMMENT = new OperationRef(SPEC, "addComment");
  static final OperationRef ADD_WORKLOG = new OperationRef(SPEC, "addWorklog");
  static final OperationRef GET_TRANSITIONS = new OperationRef(SPEC, "getTransitions");
  static final OperationRef DO_TRANSITION = new OperationRef(SPEC, "doTransition");
  static final OperationRef CREATE_META_TYPES = new OperationRef(SPEC, "getCreateIssueMetaIssueTypes");
  static final OperationRef CREATE_META_FIELDS = new OperationRef(SPEC, "getCreateIssueMetaIssueTypeId");
  static final OperationRef LINK_TYPES = new OperationRef(SPEC, "getIssueLinkTypes");
  static final OperationRef LINK_ISSUES = new OperationRef(SPEC, "linkIssues");
  static final OperationRef CHANGELOG = new OperationRef(SPEC, "getChangeLogs");
  static final OperationRef GET_ATTACHMENT = new OperationRef(SPEC, "getAttachment");
  static final OperationRef ATTACHMENT_CONTENT = new OperationRef(SPEC, "getAttachmentContent");
  static final OperationRef ADD_ATTACHMENT = new OperationRef(SPEC, "addAttachment");
  static final OperationRef BOARDS = new OperationRef(SOFTWARE, "getAllBoards");
  static final OperationRef SPRINTS = new OperationRef(SOFTWARE, "getAllSprints");
  static final OperationRef MOVE_TO_SPRINT = new OperationRef(SOFTWARE, "moveIssuesToSprintAndRank");

  static final OperationRef EDIT_META = new OperationRef(SPEC, "getEditIssueMeta");
  static final OperationRef UPDATE_COMMENT = new OperationRef(SPEC, "updateComment");
  static final OperationRef FIND_USERS = new OperationRef(SPEC, "findUsers");
  static final OperationRef ASSIGNABLE_USERS = new OperationRef(SPEC, "findAssignableUsers");
  static final OperationRef MYSELF = new OperationRef(SPEC, "getCurrentUser");
  static final OperationRef SEARCH_PROJECTS = new OperationRef(SPEC, "searchProjects");

  private JiraOperations() {}
}
