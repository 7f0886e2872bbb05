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
import io.github.atlassianmcp.server.tools.servicedesk.ServiceDeskViews.RequestPage;
import io.github.atlassianmcp.server.tools.servicedesk.ServiceDeskViews.RequestRow;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * {@code servicedesk_list_requests}: the requests the caller can see, one row each. "all" is every request of the
 * desks they are an agent of (and their own elsewhere); a customer's "all" is their own, in every way JSM counts
 * one as theirs. The answer says which.
 */
public final class ServiceDeskListRequestsTool implements ToolHandler {

  public static final ServerTool TOOL = ToolDefinition.builder("servicedesk_list_requests")
      .title("List service desk requests")
      .description("""
          List Jira Service Management requests: key, summary, status, reporter, created. ownership=all gives \
          an agent every request of their desks, a customer their own; the answer says which. \
          Example: status="open", search="VPN".""")
      .toolset(Toolset.SERVICEDESK)
      .input(InputSchema.object()
          .string("status", "Which requests.", s -> s.oneOf("open", "closed", "all").defaultValue("open"))
          .string("ownership", "all you can see; mine: raised by or shared with you; approver: ones you approve.",
              s -> s.oneOf("all", "mine", "approver").defaultValue("all"))
          .string("search", "Words in the summary.", s -> s.maxLength(500))
          .integer("limit", "Requests to return.", 1, 50, 20)
          .build())
      .reads(RequestPage.class)
      .calls(ServiceDeskOperations.LIST_DESKS, ServiceDeskOperations.LIST_QUEUES,
          ServiceDeskOperations.SEARCH_ISSUES, ServiceDeskOperations.LIST_REQUESTS)
      .handler(services -> new ServiceDeskListRequestsTool(services.serviceDesk()));

  private final ServiceDeskService serviceDesk;

  ServiceDeskListRequestsTool(ServiceDeskService serviceDesk) {
    this.serviceDesk = Objects.requireNonNull(serviceDesk, "serviceDesk");
  }

  @Override
  public ToolResult call(ToolArguments arguments, ToolContext context) {
    String status = arguments.requiredString("status");
    String ownership = arguments.requiredString("ownership");
    Optional<String> search = arguments.string("search");
    int limit = arguments.integer("limit");
    String requestStatus = switch (status) {
      case "closed" -> "CLOSED_REQUESTS";
      case "all" -> "ALL_REQUESTS";
      default -> "OPEN_REQUESTS";
    };
    RequestPage page = switch (ownership) {
      case "mine" -> serviceDesk.ownRequests(ServiceDeskService.MINE, ownership, requestStatus, search, limit);
      case "approver" -> serviceDesk.ownRequests(ServiceDeskService.APPROVER, ownership, requestStatus, search,
          limit);
      default -> serviceDesk.allRequests(status.equals("all") ? Optional.empty() : Optional.of(status.equals("open")),
          search, limit);
    };
    return ToolResult.of(text(status, search, page), page);
  }

  private static String text(String status, Optional<String> search, RequestPage page) {
    String which = status + " requests " + whose(page) + search.map(s -> " matching \"" + s + "\"").orElse("");
    if (page.requests().isEmpty()) {
      return "No " + which + ".";
    }
    boolean types = page.requests().stream().anyMatch(request -> request.requestType().isPresent());
    boolean assignees = !page.agentOf().isEmpty();
    List<String> columns = new ArrayList<>(List.of("Key", "Summary", "Status"));
    if (types) {
      columns.add("Type");
    }
    if (assignees) {
      columns.add("Assignee");
    }
    columns.addAll(List.of("Reporter", "Created"));
    StringBuilder text = new StringBuilder().append(page.requests().size()).append(' ').append(which).append(":\n")
        .append(AnswerText.header(columns)).append('\n');
    for (RequestRow request : page.requests()) {
      List<String> cells = new ArrayList<>(List.of(request.key(), AnswerText.cell(request.summary(), 80),
          AnswerText.cell(request.status(), 30)));
      if (types) {
        cells.add(AnswerText.cell(request.requestType(), 30));
      }
      if (assignees) {
        cells.add(AnswerText.cell(request.assignee(), 30));
      }
      cells.add(AnswerText.cell(request.reporter(), 30));
      cells.add(request.created().map(AnswerText::date).orElse(AnswerText.NONE));
      text.append(AnswerText.row(cells)).append('\n');
    }
    if (page.more()) {
      text.append("More requests match: narrow them with search or status, or raise limit (up to 50).");
    }
    return text.toString().stripTrailing();
  }

  /** Whose requests these are, in words. */
  private static String whose(RequestPage page) {
    return switch (page.ownership()) {
      case "mine" -> "you raised or take part in";
      case "approver" -> "you are an approver of";
      default -> page.agentOf().isEmpty()
          ? "of yours (raised by or for you, shared with you, or awaiting your approval: you are not an agent of"
              + " " + (page.customerOf().isEmpty() ? "any service desk" : String.join(", ", page.customerOf())) + ")"
          : "of " + String.join(", ", page.agentOf()) + " (every request: you are an agent there)"
              + (page.customerOf().isEmpty() ? "" : " and your own in " + String.join(", ", page.customerOf()));
    };
  }
}
