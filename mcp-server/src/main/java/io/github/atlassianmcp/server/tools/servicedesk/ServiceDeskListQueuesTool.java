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
import io.github.atlassianmcp.server.tools.servicedesk.ServiceDeskViews.QueueView;
import io.github.atlassianmcp.server.tools.servicedesk.ServiceDeskViews.Queues;
import java.util.List;
import java.util.Objects;

/** {@code servicedesk_list_queues}: an agent's queues of a desk, with how many issues each holds. */
public final class ServiceDeskListQueuesTool implements ToolHandler {

  public static final ServerTool TOOL = ToolDefinition.builder("servicedesk_list_queues")
      .title("List service desk queues")
      .description("""
          List the queues of a service desk (agents only): name, id and how many requests each holds. \
          Then servicedesk_list_queue_issues. Example: service_desk="SUP".""")
      .toolset(Toolset.SERVICEDESK)
      .input(InputSchema.object()
          .string("service_desk", "Project key, name or id.", s -> s.maxLength(255))
          .build())
      .reads(Queues.class)
      .calls(ServiceDeskOperations.LIST_DESKS, ServiceDeskOperations.LIST_QUEUES)
      .handler(services -> new ServiceDeskListQueuesTool(services.serviceDesk()));

  private final ServiceDeskService serviceDesk;

  ServiceDeskListQueuesTool(ServiceDeskService serviceDesk) {
    this.serviceDesk = Objects.requireNonNull(serviceDesk, "serviceDesk");
  }

  @Override
  public ToolResult call(ToolArguments arguments, ToolContext context) {
    Desk desk = serviceDesk.desk(arguments.string("service_desk"));
    List<QueueView> queues = serviceDesk.queues(desk);
    return ToolResult.of(text(desk, queues), new Queues(desk.projectKey(), queues));
  }

  private static String text(Desk desk, List<QueueView> queues) {
    if (queues.isEmpty()) {
      return desk.label() + " has no queues.";
    }
    StringBuilder text = new StringBuilder().append(queues.size()).append(" queues of ").append(desk.label())
        .append(":\n").append(AnswerText.header(List.of("Queue", "Id", "Issues"))).append('\n');
    for (QueueView queue : queues) {
      text.append(AnswerText.row(List.of(AnswerText.cell(queue.name(), 80), queue.id(),
          queue.issueCount().isPresent() ? Long.toString(queue.issueCount().getAsLong()) : AnswerText.NONE)))
          .append('\n');
    }
    return text.toString().stripTrailing();
  }
}
