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
import io.github.atlassianmcp.server.tools.servicedesk.ServiceDeskViews.Desk;
import io.github.atlassianmcp.server.tools.servicedesk.ServiceDeskViews.QueueIssueRow;
import io.github.atlassianmcp.server.tools.servicedesk.ServiceDeskViews.QueuePage;
import io.github.atlassianmcp.server.tools.servicedesk.ServiceDeskViews.QueueView;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * {@code servicedesk_list_queue_issues}: the issues of one queue, one row each, in the queue's order. A queue
 * returns only the fields its columns show, so the table has the columns that have values.
 */
public final class ServiceDeskListQueueIssuesTool implements ToolHandler {

  public static final ServerTool TOOL = ToolDefinition.builder("servicedesk_list_queue_issues")
      .title("List a queue's requests")
      .description("""
          List the requests in a service desk queue (agents only), one row each in the queue's order: key, \
          summary, status, assignee, reporter, priority, created. Example: queue="Unassigned requests".""")
      .toolset(Toolset.SERVICEDESK)
      .input(InputSchema.object()
          .string("queue", "Queue name or id.", s -> s.minLength(1).maxLength(255))
          .string("service_desk", "Project key, name or id.", s -> s.maxLength(255))
          .integer("limit", "Requests to return.", 1, 100, 20)
          .required("queue")
          .build())
      .reads(QueuePage.class)
      .calls(ServiceDeskOperations.LIST_DESKS, ServiceDeskOperations.LIST_QUEUES, ServiceDeskOperations.QUEUE_ISSUES)
      .handler(services -> new ServiceDeskListQueueIssuesTool(services.serviceDesk()));

  /** The columns a queue may show, in the order of the table. */
  private static final Map<String, Function<QueueIssueRow, Optional<String>>> COLUMNS = columns();

  private final ServiceDeskService serviceDesk;

  ServiceDeskListQueueIssuesTool(ServiceDeskService serviceDesk) {
    this.serviceDesk = Objects.requireNonNull(serviceDesk, "serviceDesk");
  }

  private static Map<String, Function<QueueIssueRow, Optional<String>>> columns() {
    Map<String, Function<QueueIssueRow, Optional<String>>> columns = new LinkedHashMap<>();
    columns.put("Summary", QueueIssueRow::summary);
    columns.put("Status", QueueIssueRow::status);
    columns.put("Assignee", QueueIssueRow::assignee);
    columns.put("Reporter", QueueIssueRow::reporter);
    columns.put("Priority", QueueIssueRow::priority);
    columns.put("Type", QueueIssueRow::type);
    columns.put("Created", row -> row.created().map(AnswerText::date));
    return columns;
  }

  @Override
  public ToolResult call(ToolArguments arguments, ToolContext context) {
    Desk desk = serviceDesk.desk(arguments.string("service_desk"));
    String wanted = arguments.requiredString("queue");
    List<QueueView> queues = serviceDesk.queues(desk);
    QueueView queue = ByName.require(queues, wanted, QueueView::id, QueueView::name, "queue", desk.projectKey(),
        "Queues");
    QueuePage page = serviceDesk.queueIssues(desk, queue, arguments.integer("limit"));
    return ToolResult.of(text(page), page);
  }

  private static String text(QueuePage page) {
    String queue = "queue \"" + page.queue() + "\" of " + page.serviceDesk();
    if (page.issues().isEmpty()) {
      return "No requests in " + queue + ".";
    }
    List<String> shown = COLUMNS.entrySet().stream()
        .filter(column -> page.issues().stream().anyMatch(row -> column.getValue().apply(row).isPresent()))
        .map(Map.Entry::getKey).toList();
    List<String> titles = new ArrayList<>(List.of("Key"));
    titles.addAll(shown);
    String count = page.total().isPresent() && page.total().getAsLong() > page.issues().size()
        ? page.issues().size() + " of " + page.total().getAsLong() + " requests"
        : page.issues().size() + (page.issues().size() == 1 ? " request" : " requests");
    StringBuilder text = new StringBuilder(count).append(" in ").append(queue).append(":\n")
        .append(AnswerText.header(titles)).append('\n');
    for (QueueIssueRow row : page.issues()) {
      List<String> cells = new ArrayList<>(List.of(row.key()));
      for (String column : shown) {
        cells.add(AnswerText.cell(COLUMNS.get(column).apply(row), column.equals("Summary") ? 80 : 30));
      }
      text.append(AnswerText.row(cells)).append('\n');
    }
    if (page.more()) {
      text.append("More requests in this queue: raise limit (up to 100).");
    }
    return text.toString().stripTrailing();
  }
}
