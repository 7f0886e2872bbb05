package io.github.atlassianmcp.server.tools.servicedesk;

import io.github.atlassianmcp.server.atlassian.AtlassianException;
import io.github.atlassianmcp.server.config.Toolset;
import io.github.atlassianmcp.server.tools.AnswerText;
import io.github.atlassianmcp.server.tools.InputSchema;
import io.github.atlassianmcp.server.tools.ServerTool;
import io.github.atlassianmcp.server.tools.ToolArguments;
import io.github.atlassianmcp.server.tools.ToolContext;
import io.github.atlassianmcp.server.tools.ToolDefinition;
import io.github.atlassianmcp.server.tools.ToolHandler;
import io.github.atlassianmcp.server.tools.ToolInputException;
import io.github.atlassianmcp.server.tools.ToolResult;
import io.github.atlassianmcp.server.tools.servicedesk.ServiceDeskViews.ApprovalView;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * {@code servicedesk_answer_approval}: approves or declines a request's approval as one of its approvers. The
 * approval is the one waiting for the caller unless named; a decided approval, or one the caller cannot decide, is
 * refused before anything is sent, since JSM takes one decision per approver and never changes it.
 */
public final class ServiceDeskAnswerApprovalTool implements ToolHandler {

  public static final ServerTool TOOL = ToolDefinition.builder("servicedesk_answer_approval")
      .title("Approve or decline a request")
      .description("""
          Approve or decline a service desk request's pending approval as an approver; the decision is final. \
          approval_id is needed only when several wait for you. Example: issue_key="SUP-42", \
          decision="approve".""")
      .toolset(Toolset.SERVICEDESK)
      .input(InputSchema.object()
          .issueKey("issue_key")
          .string("decision", "approve or decline.", s -> s.oneOf("approve", "decline"))
          .string("approval_id", "From servicedesk_get_request.", s -> s.pattern(InputSchema.NUMERIC_ID_PATTERN))
          .required("issue_key", "decision")
          .build())
      .writes(false, false)
      .calls(ServiceDeskOperations.GET_APPROVALS, ServiceDeskOperations.ANSWER_APPROVAL,
          ServiceDeskOperations.GET_REQUEST)
      .handler(services -> new ServiceDeskAnswerApprovalTool(services.serviceDesk()));

  private final ServiceDeskService serviceDesk;

  ServiceDeskAnswerApprovalTool(ServiceDeskService serviceDesk) {
    this.serviceDesk = Objects.requireNonNull(serviceDesk, "serviceDesk");
  }

  @Override
  public ToolResult call(ToolArguments arguments, ToolContext context) {
    String key = arguments.issueKey("issue_key");
    String decision = arguments.requiredString("decision");
    List<ApprovalView> approvals = serviceDesk.approvals(key);
    ApprovalView approval = choose(key, approvals, arguments.string("approval_id"));
    Optional<String> refusal = refusal(key, approval);
    if (refusal.isPresent()) {
      return ToolResult.error(refusal.get());
    }
    ApprovalView decided;
    try {
      decided = serviceDesk.answerApproval(key, approval.id(), decision);
    } catch (AtlassianException e) {
      if (e.failure().statusCode() == 409) {
        throw e.withAdvice("The approval was decided meanwhile; servicedesk_get_request shows its outcome.");
      }
      throw e;
    }
    Optional<String> status = serviceDesk.status(key);
    return ToolResult.text((decision.equals("approve") ? "Approved" : "Declined") + " on " + key + ": "
        + describe(decided) + "." + status.map(s -> "\nRequest status: " + s + ".").orElse(""));
  }

  /** The approval named, else the one waiting for the caller, else the pending one, else the last. */
  private static ApprovalView choose(String key, List<ApprovalView> approvals, Optional<String> id) {
    if (approvals.isEmpty()) {
      throw new ToolInputException(key + " has no approvals.");
    }
    ApprovalView approval;
    if (id.isPresent()) {
      approval = approvals.stream().filter(a -> a.id().equals(id.get())).findFirst()
          .orElseThrow(() -> new ToolInputException("No approval " + id.get() + " on " + key + ". Its approvals: "
              + list(approvals) + "."));
    } else {
      List<ApprovalView> mine = approvals.stream().filter(a -> a.decision().equals("pending") && a.canAnswer())
          .toList();
      if (mine.size() > 1) {
        throw new ToolInputException("Several approvals of " + key + " wait for you: " + list(mine)
            + ". Set approval_id.");
      }
      approval = mine.isEmpty() ? approvals.stream().filter(a -> a.decision().equals("pending")).findFirst()
          .orElse(approvals.get(approvals.size() - 1)) : mine.get(0);
    }
    return approval;
  }

  /** Why the approval cannot be decided by the caller, if it cannot: nothing is sent then. */
  private static Optional<String> refusal(String key, ApprovalView approval) {
    if (!approval.decision().equals("pending")) {
      return Optional.of(key + " was already decided, and a decision is final: " + describe(approval)
          + ". Nothing was changed.");
    }
    if (!approval.canAnswer()) {
      return Optional.of("You cannot decide " + key + "'s " + describe(approval) + ": you are not one of its"
          + " approvers, or you have already answered. Nothing was changed.");
    }
    return Optional.empty();
  }

  private static String list(List<ApprovalView> approvals) {
    return approvals.stream().map(a -> "\"" + a.name() + "\" (id " + a.id() + ", " + a.decision() + ")")
        .collect(Collectors.joining(", "));
  }

  /**
   * An approval in one line: {@code approval "Budget approval" (id 7) approved 2024-05-02 10:00 +00:00; approvers:
   * Priya Natarajan approved}.
   */
  static String describe(ApprovalView approval) {
    return "approval \"" + approval.name() + "\" (id " + approval.id() + ") " + approval.decision()
        + approval.completed().map(at -> " " + AnswerText.dateTime(at)).orElse("")
        + "; approvers: " + String.join(", ", approval.approvers())
        + (approval.canAnswer() ? "; you can decide it" : "");
  }
}
