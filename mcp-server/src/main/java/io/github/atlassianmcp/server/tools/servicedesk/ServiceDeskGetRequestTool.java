package io.github.atlassianmcp.server.tools.servicedesk;

import io.github.atlassianmcp.server.config.Toolset;
import io.github.atlassianmcp.server.tools.AnswerText;
import io.github.atlassianmcp.server.tools.InputSchema;
import io.github.atlassianmcp.server.tools.ServerTool;
import io.github.atlassianmcp.server.tools.ToolArguments;
import io.github.atlassianmcp.server.tools.ToolContext;
import io.github.atlassianmcp.server.tools.ToolDefinition;
import io.github.atlassianmcp.server.tools.ToolHandler;
import io.github.atlassianmcp.server.tools.ToolResult;
import io.github.atlassianmcp.server.tools.servicedesk.ServiceDeskViews.CommentView;
import io.github.atlassianmcp.server.tools.servicedesk.ServiceDeskViews.RequestRow;
import io.github.atlassianmcp.server.tools.servicedesk.ServiceDeskViews.RequestView;
import io.github.atlassianmcp.server.tools.servicedesk.ServiceDeskViews.SlaView;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * {@code servicedesk_get_request}: one customer request with its status, SLAs, approvals and latest comments. SLAs,
 * approvals and comments are secondary reads: one the caller may not see (a customer's SLAs) or that fails is left
 * out with a one-line note; the request itself still answers.
 */
public final class ServiceDeskGetRequestTool implements ToolHandler {

  private static final int LATEST_COMMENTS = 5;

  public static final ServerTool TOOL = ToolDefinition.builder("servicedesk_get_request")
      .title("Get a service desk request")
      .description("""
          Read one service desk request: status, type, reporter, the customer's fields, SLAs, approvals \
          and the latest comments, internal notes marked. Example: issue_key="SUP-42".""")
      .toolset(Toolset.SERVICEDESK)
      .input(InputSchema.object()
          .issueKey("issue_key")
          .required("issue_key")
          .build())
      .reads(RequestView.class)
      .calls(ServiceDeskOperations.GET_REQUEST, ServiceDeskOperations.GET_SLA, ServiceDeskOperations.GET_APPROVALS,
          ServiceDeskOperations.GET_COMMENTS)
      .handler(services -> new ServiceDeskGetRequestTool(services.serviceDesk()));

  private final ServiceDeskService serviceDesk;

  ServiceDeskGetRequestTool(ServiceDeskService serviceDesk) {
    this.serviceDesk = Objects.requireNonNull(serviceDesk, "serviceDesk");
  }

  @Override
  public ToolResult call(ToolArguments arguments, ToolContext context) {
    String key = arguments.issueKey("issue_key");
    RequestView view = serviceDesk.request(key, LATEST_COMMENTS);
    return ToolResult.of(text(view), view);
  }

  private static String text(RequestView view) {
    RequestRow request = view.request();
    StringBuilder text = new StringBuilder("# ").append(request.key()).append(": ").append(request.summary())
        .append('\n');
    List<String> facts = new ArrayList<>();
    request.status().ifPresent(facts::add);
    request.requestType().ifPresent(facts::add);
    view.serviceDesk().ifPresent(desk -> facts.add("service desk " + desk));
    request.reporter().ifPresent(reporter -> facts.add("reported by " + reporter));
    request.created().ifPresent(created -> facts.add("created " + AnswerText.dateTime(created)));
    text.append(String.join(" · ", facts)).append('\n');
    view.url().ifPresent(url -> text.append(url).append('\n'));
    if (!view.fields().isEmpty()) {
      text.append('\n');
      view.fields().forEach((label, value) -> text.append("**").append(label)
          .append(label.matches(".*[?:.!]$") ? "** " : ":** ").append(value.strip()).append('\n'));
    }
    if (!view.slas().isEmpty()) {
      text.append("\n## SLAs\n");
      for (SlaView sla : view.slas()) {
        text.append("- ").append(sla.name()).append(": ").append(sla.state())
            .append(sla.detail().map(detail -> " (" + detail + ")").orElse("")).append('\n');
      }
    }
    if (!view.approvals().isEmpty()) {
      text.append("\n## Approvals\n");
      view.approvals().forEach(approval -> text.append("- ").append(ServiceDeskAnswerApprovalTool.describe(approval))
          .append('\n'));
    }
    if (!view.comments().isEmpty()) {
      text.append("\n## Comments (").append(view.comments().size() < view.totalComments()
          ? "latest " + view.comments().size() + " of " + view.totalComments() : view.comments().size()).append(")\n");
      for (CommentView comment : view.comments()) {
        text.append("\n**").append(comment.author()).append("**")
            .append(comment.internal() ? " (internal note)" : "")
            .append(comment.created().map(c -> ", " + AnswerText.dateTime(c)).orElse("")).append(":\n")
            .append(comment.body().strip()).append('\n');
      }
    }
    if (!view.notes().isEmpty()) {
      text.append('\n');
      view.notes().forEach(note -> text.append("_").append(note).append("_\n"));
    }
    return text.toString().stripTrailing();
  }
}
