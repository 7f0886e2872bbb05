package io.github.atlassianmcp.server.tools.servicedesk;

import static io.github.atlassianmcp.server.tools.JsonSchemas.arrayOf;
import static io.github.atlassianmcp.server.tools.JsonSchemas.bool;
import static io.github.atlassianmcp.server.tools.JsonSchemas.object;
import static io.github.atlassianmcp.server.tools.JsonSchemas.properties;
import static io.github.atlassianmcp.server.tools.JsonSchemas.textRecord;

import io.github.atlassianmcp.server.config.Toolset;
import io.github.atlassianmcp.server.tools.InputSchema;
import io.github.atlassianmcp.server.tools.Markdown;
import io.github.atlassianmcp.server.tools.Tool;
import io.github.atlassianmcp.server.tools.ToolArguments;
import io.github.atlassianmcp.server.tools.ToolContext;
import io.github.atlassianmcp.server.tools.ToolDefinition;
import io.github.atlassianmcp.server.tools.ToolResult;
import io.github.atlassianmcp.server.tools.servicedesk.ServiceDeskViews.RequestPage;
import io.github.atlassianmcp.server.tools.servicedesk.ServiceDeskViews.RequestRow;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/** {@code servicedesk_list_requests}: the customer requests you can see, one row each. */
public final class ServiceDeskListRequestsTool implements Tool {

  /** A request: key, summary, status, status_category, request_type, reporter, created. */
  static final Map<String, Object> REQUEST_SCHEMA = textRecord(properties(), "key", "summary");

  public static final ToolDefinition DEFINITION = ToolDefinition.builder("servicedesk_list_requests")
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
      .reads(object(properties("requests", arrayOf(REQUEST_SCHEMA), "more", bool()), "requests", "more"))
      .calls(ServiceDeskOperations.LIST_REQUESTS)
      .build();

  private final ServiceDeskService serviceDesk;

  public ServiceDeskListRequestsTool(ServiceDeskService serviceDesk) {
    this.serviceDesk = Objects.requireNonNull(serviceDesk, "serviceDesk");
  }

  @Override
  public ToolDefinition definition() {
    return DEFINITION;
  }

  @Override
  public ToolResult call(ToolArguments arguments, ToolContext context) {
    String status = arguments.choice("status", List.of("open", "closed", "all")).orElse("open");
    Optional<String> search = arguments.optionalString("search");
    int limit = arguments.integer("limit", 20, 1, 50);
    RequestPage page = serviceDesk.list(switch (status) {
      case "closed" -> "CLOSED_REQUESTS";
      case "all" -> "ALL_REQUESTS";
      default -> "OPEN_REQUESTS";
    }, search, limit);
    return ToolResult.of(text(status, search, page), structured(page));
  }

  private static String text(String status, Optional<String> search, RequestPage page) {
    String which = status + " requests" + search.map(s -> " matching \"" + s + "\"").orElse("");
    if (page.requests().isEmpty()) {
      return "No " + which + ".";
    }
    StringBuilder text = new StringBuilder().append(page.requests().size()).append(' ').append(which).append(":\n")
        .append(Markdown.header(List.of("Key", "Summary", "Status", "Type", "Reporter", "Created"))).append('\n');
    for (RequestRow request : page.requests()) {
      text.append(Markdown.row(List.of(request.key(), Markdown.cell(request.summary(), 80),
          Markdown.cell(request.status(), 30), Markdown.cell(request.requestType(), 30),
          Markdown.cell(request.reporter(), 30), request.created().map(Markdown::date).orElse(Markdown.NONE))))
          .append('\n');
    }
    if (page.more()) {
      text.append("More requests match: narrow them with search or status, or raise limit (up to 50).");
    }
    return text.toString().stripTrailing();
  }

  private static Map<String, Object> structured(RequestPage page) {
    List<Map<String, Object>> rows = new ArrayList<>();
    page.requests().forEach(request -> rows.add(row(request)));
    Map<String, Object> result = new LinkedHashMap<>();
    result.put("requests", rows);
    result.put("more", page.more());
    return result;
  }

  static Map<String, Object> row(RequestRow request) {
    Map<String, Object> row = new LinkedHashMap<>();
    row.put("key", request.key());
    row.put("summary", request.summary());
    request.status().ifPresent(v -> row.put("status", v));
    request.category().ifPresent(v -> row.put("status_category", v));
    request.requestType().ifPresent(v -> row.put("request_type", v));
    request.reporter().ifPresent(v -> row.put("reporter", v));
    request.created().ifPresent(v -> row.put("created", v.toString()));
    return row;
  }
}
