package io.github.atlassianmcp.sandbox.servicedesk;

import io.github.atlassianmcp.sandbox.SandboxUser;
import java.util.List;

/**
 * What makes a Jira issue a customer request: its service desk, request type, participants and the status
 * history the portal shows. The issue itself (summary, reporter, comments, status) lives in Jira.
 */
public record CustomerRequest(String issueKey, String serviceDeskId, String requestTypeId,
    List<SandboxUser> participants, List<StatusChange> history) {

  public CustomerRequest {
    participants = List.copyOf(participants);
    history = List.copyOf(history);
  }
}
