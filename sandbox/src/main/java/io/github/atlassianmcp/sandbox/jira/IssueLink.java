package io.github.atlassianmcp.sandbox.jira;

/**
 * A link between two issues. The source reads the type's outward phrase ("source blocks destination"), the
 * destination its inward phrase ("destination is blocked by source").
 */
public record IssueLink(String id, IssueLinkType type, long sourceId, long destinationId) {

  public boolean involves(long issueId) {
    return sourceId == issueId || destinationId == issueId;
  }
}
