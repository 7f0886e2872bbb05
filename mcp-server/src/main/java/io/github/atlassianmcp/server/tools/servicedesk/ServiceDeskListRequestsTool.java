package io.github.atlassianmcp.server.tools.servicedesk;

import io.github.atlassianmcp.server.config.Toolset;
import io.github.atlassianmcp.server.tools.InputSchema;
import io.github.atlassianmcp.server.tools.AnswerText;
import io.github.atlassianmcp.server.tools.ServerTool;
import io.github.atlassianmcp.server.tools.ToolHandler;
import io.github.atlassianmcp.server.tools.ToolArguments;
import io.github.atlassianmcp.server.tools.ToolContext;
import io.github.atlassianmcp.server.tools.ToolDefinition;
import io.github.atlassianmcp.server.tools.ToolResult;
import io.github.atlassianmcp.server.tools.servicedesk.ServiceDeskViews.RequestPage;
import io.github.atlassianmcp.server.tools.servicedesk.ServiceDeskViews.RequestRow;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** {@code servicedesk_list_requests}: the customer requests you can see, one row each. */
public final class ServiceDeskListRequestsTool implements ToolHandler {

  public static final ServerTool TOOL = ToolDefinition.builder("servicedesk_list_requests")
      .title("List service desk requests")
      .description("""
          List the Jira Service Management requests you can see: key, summary, status, type, reporter, \
          created. Example: status="open", search="VPN", limit=20.""")
      .toolset(Toolset.SERVICEDESK)
      .input(InputSchema.object()
          .string("status", "Which requests.", s -> s.oneOf("open", "closed", "all")
              .defaultValue("open"))
          .string("search", "Words to match.", s -> s.maxLength(500))
          .integer("limit", "Requests to return.", 1, 50, 20)
          .build())
      .reads(RequestPage.class)
      .calls(ServiceDeskOperations.LIST_REQUESTS)
      .handler(services -> new ServiceDeskListRequestsTool(services.serviceDesk()));

  private final ServiceDeskService serviceDesk;

  ServiceDeskListRequestsTool(ServiceDeskService serviceDesk) {
    this.serviceDesk = Objects.requireNonNull(serviceDesk, "serviceDesk");
  }

  @Override
  public ToolResult call(ToolArguments arguments, ToolContext context) {
    String status = arguments.requiredString("status");
    Optional<String> search = arguments.string("search");
    int limit = arguments.integer("limit");
    RequestPage page = serviceDesk.list(switch (status) {
      case "closed" -> "CLOSED_REQUESTS";
      case "all" -> "ALL_REQUESTS";
      default -> "OPEN_REQUESTS";
    }, search, limit);
    return ToolResult.of(text(status, search, page), page);
  }

  private static String text(String status, Optional<String> search, RequestPage page) {
    String which = status + " requests" + search.map(s -> " matching \"" + s + "\"").orElse("");
    if (page.requests().isEmpty()) {
      return "No " + which + ".";
    }
    StringBuilder text = new StringBuilder().append(page.requests().size()).append(' ').append(which).append(":\n")
        .append(AnswerText.header(List.of("Key", "Summary", "Status", "Type", "Reporter", "Created"))).append('\n');
    for (RequestRow request : page.requests()) {
      text.append(AnswerText.row(List.of(request.key(), AnswerText.cell(request.summary(), 80),
          AnswerText.cell(request.status(), 30), AnswerText.cell(request.requestType(), 30),
          AnswerText.cell(request.reporter(), 30), AnswerText.cell(request.created().map(c -> c.length() >= 10
              ? c.substring(0, 10) : c), 10)))).append('\n');
    }
    if (page.more()) {
      text.append("More requests match: narrow them with search or status, or raise limit (up to 50).");
    }
    return text.toString().stripTrailing();
  }
}
