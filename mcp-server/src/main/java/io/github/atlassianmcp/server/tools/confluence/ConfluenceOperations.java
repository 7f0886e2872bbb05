package io.github.atlassianmcp.server.tools.confluence;

import io.github.atlassianmcp.server.atlassian.OperationRef;

/**
 * The Confluence operations the Confluence tools call. v2 where it has them (pages, spaces, children, footer
 * comments, reading labels, users); v1 only for what v2 lacks: CQL search, adding labels, uploading attachments.
 */
final class ConfluenceOperations {

  static final OperationRef SEARCH = new OperationRef("confluence-v1.json", "searchByCQL");
  static final OperationRef ADD_LABELS = new OperationRef("confluence-v1.json", "addLabelsToContent");
  static final OperationRef ADD_ATTACHMENT = new OperationRef("confluence-v1.json", "createAttachment");

  static final OperationRef GET_PAGE = new OperationRef("confluence-v2.json", "getPageById");
  static final OperationRef GET_PAGES = new OperationRef("confluence-v2.json", "getPages");
  static final OperationRef CREATE_PAGE = new OperationRef("confluence-v2.json", "createPage");
  static final OperationRef UPDATE_PAGE = new OperationRef("confluence-v2.json", "updatePage");
  static final OperationRef GET_CHILD_PAGES = new OperationRef("confluence-v2.json", "getChildPages");
  static final OperationRef GET_SPACE = new OperationRef("confluence-v2.json", "getSpaceById");
  static final OperationRef GET_SPACES = new OperationRef("confluence-v2.json", "getSpaces");
  static final OperationRef GET_PAGE_COMMENTS = new OperationRef("confluence-v2.json", "getPageFooterComments");
  static final OperationRef GET_COMMENT = new OperationRef("confluence-v2.json", "getFooterCommentById");
  static final OperationRef GET_REPLIES = new OperationRef("confluence-v2.json", "getFooterCommentChildren");
  static final OperationRef CREATE_COMMENT = new OperationRef("confluence-v2.json", "createFooterComment");
  static final OperationRef GET_USERS = new OperationRef("confluence-v2.json", "createBulkUserLookup");

  private ConfluenceOperations() {}
}
