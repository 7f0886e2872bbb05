package io.github.atlassianmcp.sandbox.servicedesk;

import io.github.atlassianmcp.sandbox.SandboxUser;
import java.util.List;

/**
 * One approval a request of a type must pass, in order: who may decide, and how many of them must approve (one
 * decline decides it). JSM configures this on the workflow's "Waiting for approval" status.
 */
public record ApprovalStep(String name, List<SandboxUser> approvers, int approvalsNeeded) {

  public ApprovalStep {
    approvers = List.copyOf(approvers);
    if (approvalsNeeded < 1 || approvalsNeeded > approvers.size()) {
      throw new IllegalArgumentException("approvalsNeeded must be between 1 and the number of approvers");
    }
  }
}
