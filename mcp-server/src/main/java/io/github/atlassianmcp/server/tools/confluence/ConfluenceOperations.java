package io.github.atlassianmcp.server.tools.confluence;

import io.github.atlassianmcp.server.atlassian.OperationRef;

/** The Confluence operations the Confluence tools call: CQL search lives only in v1, pages and spaces in v2. */
final class ConfluenceOperations {

  static final OperationRef SEARCH = new OperationRef("confluence-v1.json", "searchByCQL");
  static final OperationRef GET_PAGE = new OperationRef("confluence-v2.json", "getPageById");
  static final OperationRef GET_SPACE = new OperationRef("confluence-v2.json", "getSpaceById");

  private ConfluenceOperations() {}
}
