package io.github.atlassianmcp.sandbox.servicedesk;

import io.github.atlassianmcp.sandbox.SandboxUser;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What makes a Jira issue a customer request: its service desk, request type, participants, the values of its
 * request type's custom fields, its approvals and the status history the portal shows. The issue itself (summary,
 * description, reporter, comments, status) lives in Jira.
 *
 * @param fieldValues custom field ID to the value given: the text, or the option ID of a select
 */
public record CustomerRequest(String issueKey, String serviceDeskId, String requestTypeId,
    List<SandboxUser> participants, List<StatusChange> history, Map<String, String> fieldValues,
    List<Approval> approvals) {

  public CustomerRequest {
    participants = List.copyOf(participants);
    history = List.copyOf(history);
    fieldValues = Collections.unmodifiableMap(new LinkedHashMap<>(fieldValues));
    approvals = List.copyOf(approvals);
  }

  public Optional<Approval> approval(String id) {
    return approvals.stream().filter(approval -> approval.id().equals(id)).findFirst();
  }

  public boolean isParticipant(SandboxUser user) {
    return participants.stream().anyMatch(participant -> participant.accountId().equals(user.accountId()));
  }

  public boolean isApprover(SandboxUser user) {
    return approvals.stream().anyMatch(approval -> approval.isApprover(user));
  }

  /** This request with one approval replaced, or a new one added after the others. */
  public CustomerRequest withApproval(Approval approval) {
    List<Approval> updated = new ArrayList<>(approvals);
    updated.removeIf(existing -> existing.id().equals(approval.id()));
    updated.add(approval);
    updated.sort(Comparator.comparing(existing -> Long.parseLong(existing.id())));
    return new CustomerRequest(issueKey, serviceDeskId, requestTypeId, participants, history, fieldValues, updated);
  }

  public CustomerRequest withStatus(StatusChange change) {
    List<StatusChange> updated = new ArrayList<>(history);
    updated.add(change);
    return new CustomerRequest(issueKey, serviceDeskId, requestTypeId, participants, updated, fieldValues,
        approvals);
  }
}
