package io.github.atlassianmcp.sandbox.servicedesk;

import io.github.atlassianmcp.sandbox.SandboxUser;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * An approval on a customer request: its approvers and their decisions. The outcome is declined as soon as one
 * approver declines, approved once enough approve, pending until then; a decided approval takes no more
 * decisions. Immutable: a decision makes a new value.
 */
public record Approval(String id, String name, List<Approver> approvers, int approvalsNeeded, Instant created,
    Instant completed) {

  /** The decision values as JSM spells them. */
  public enum Decision {
    APPROVED("approved"), DECLINED("declined"), PENDING("pending");

    private final String json;

    Decision(String json) {
      this.json = json;
    }

    public String json() {
      return json;
    }
  }

  /** One approver and what they decided. */
  public record Approver(SandboxUser user, Decision decision) {}

  public Approval {
    approvers = List.copyOf(approvers);
  }

  /** A new pending approval for one step of the request type. */
  public static Approval pending(String id, ApprovalStep step, Instant created) {
    return new Approval(id, step.name(),
        step.approvers().stream().map(user -> new Approver(user, Decision.PENDING)).toList(),
        step.approvalsNeeded(), created, null);
  }

  public Decision outcome() {
    if (approvers.stream().anyMatch(approver -> approver.decision() == Decision.DECLINED)) {
      return Decision.DECLINED;
    }
    long approved = approvers.stream().filter(approver -> approver.decision() == Decision.APPROVED).count();
    return approved >= approvalsNeeded ? Decision.APPROVED : Decision.PENDING;
  }

  public boolean isApprover(SandboxUser user) {
    return approver(user).isPresent();
  }

  public Optional<Approver> approver(SandboxUser user) {
    return approvers.stream().filter(approver -> approver.user().accountId().equals(user.accountId())).findFirst();
  }

  /** Whether this user may still decide: an approver who has not, on an approval still pending. */
  public boolean canAnswer(SandboxUser user) {
    return outcome() == Decision.PENDING
        && approver(user).map(approver -> approver.decision() == Decision.PENDING).orElse(false);
  }

  /** The approval after this user's decision; the caller checks {@link #canAnswer} first. */
  public Approval decide(SandboxUser user, Decision decision, Instant at) {
    List<Approver> updated = new ArrayList<>();
    for (Approver approver : approvers) {
      updated.add(approver.user().accountId().equals(user.accountId()) ? new Approver(approver.user(), decision)
          : approver);
    }
    Approval next = new Approval(id, name, updated, approvalsNeeded, created, null);
    return next.outcome() == Decision.PENDING ? next
        : new Approval(id, name, updated, approvalsNeeded, created, at);
  }
}
