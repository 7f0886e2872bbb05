package io.github.atlassianmcp.server.tools.servicedesk;

import static io.github.atlassianmcp.server.tools.JsonSchemas.arrayOf;
import static io.github.atlassianmcp.server.tools.JsonSchemas.bool;
import static io.github.atlassianmcp.server.tools.JsonSchemas.integer;
import static io.github.atlassianmcp.server.tools.JsonSchemas.properties;
import static io.github.atlassianmcp.server.tools.JsonSchemas.textRecord;
import static io.github.atlassianmcp.server.tools.JsonSchemas.stringMap;

import io.github.atlassianmcp.server.config.Toolset;
import io.github.atlassianmcp.server.tools.InputSchema;
import io.github.atlassianmcp.server.tools.Markdown;
import io.github.atlassianmcp.server.tools.Tool;
import io.github.atlassianmcp.server.tools.ToolArguments;
import io.github.atlassianmcp.server.tools.ToolContext;
import io.github.atlassianmcp.server.tools.ToolDefinition;
import io.github.atlassianmcp.server.tools.ToolResult;
import io.github.atlassianmcp.server.tools.servicedesk.ServiceDeskViews.CommentView;
import io.github.atlassianmcp.server.tools.servicedesk.ServiceDeskViews.RequestRow;
import io.github.atlassianmcp.server.tools.servicedesk.ServiceDeskViews.RequestView;
import io.github.atlassianmcp.server.tools.servicedesk.ServiceDeskViews.SlaView;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** {@code servicedesk_get_request}: one customer request with its status, SLAs and latest comments. */
public final class ServiceDeskGetRequestTool implements Tool {

  private static final int LATEST_COMMENTS = 5;

  public static final ToolDefinition DEFINITION = ToolDefinition.builder("servicedesk_get_request")
      .title("Get a service desk request")
      .description("""
          Read one service desk request: status, type, reporter, the customer's fields, each SLA (met, \
          breached or time left) and the latest comments, internal ones marked. Example: issue_key="SUP-42".""")
      .toolset(Toolset.SERVICEDESK)
      .input(InputSchema.object()
          .issueKey("issue_key", "SUP-42")
          .required("issue_key")
          .build())
      // Text fields: service_desk, url. SLAs: name, state, detail. Comments: id, author, created, body.
      .reads(textRecord(properties(
          "request", ServiceDeskListRequestsTool.REQUEST_SCHEMA,
          "fields", stringMap(),
          "slas", arrayOf(textRecord(properties(), "name", "state")),
          "comments", arrayOf(textRecord(properties("internal", bool()), "id", "author", "internal", "body")),
          "total_comments", integer()), "request", "slas", "comments", "total_comments"))
      .calls(ServiceDeskOperations.GET_REQUEST, ServiceDeskOperations.GET_SLA, ServiceDeskOperations.GET_COMMENTS)
      .build();

  private final ServiceDeskService serviceDesk;

  public ServiceDeskGetRequestTool(ServiceDeskService serviceDesk) {
    this.serviceDesk = Objects.requireNonNull(serviceDesk, "serviceDesk");
  }

  @Override
  public ToolDefinition definition() {
    return DEFINITION;
  }

  @Override
  public ToolResult call(ToolArguments arguments, ToolContext context) {
    String key = arguments.issueKey("issue_key");
    RequestView view = serviceDesk.request(key, LATEST_COMMENTS);
    return ToolResult.of(text(view), structured(view));
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
    request.created().ifPresent(created -> facts.add("created " + Markdown.dateTime(created)));
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
            .append(sla.detail().isEmpty() ? "" : " (" + sla.detail() + ")").append('\n');
      }
    }
    if (!view.comments().isEmpty()) {
      text.append("\n## Comments (").append(view.comments().size() < view.totalComments()
          ? "latest " + view.comments().size() + " of " + view.totalComments() : view.comments().size()).append(")\n");
      for (CommentView comment : view.comments()) {
        text.append("\n**").append(comment.author()).append("**")
            .append(comment.internal() ? " (internal)" : "")
            .append(comment.created().map(c -> ", " + Markdown.dateTime(c)).orElse("")).append(":\n")
            .append(comment.body().strip()).append('\n');
      }
    }
    return text.toString().stripTrailing();
  }

  private static Map<String, Object> structured(RequestView view) {
    Map<String, Object> result = new LinkedHashMap<>();
    result.put("request", ServiceDeskListRequestsTool.row(view.request()));
    view.serviceDesk().ifPresent(desk -> result.put("service_desk", desk));
    if (!view.fields().isEmpty()) {
      result.put("fields", new LinkedHashMap<>(view.fields()));
    }
    List<Map<String, Object>> slas = new ArrayList<>();
    for (SlaView sla : view.slas()) {
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("name", sla.name());
      row.put("state", sla.state());
      if (!sla.detail().isEmpty()) {
        row.put("detail", sla.detail());
      }
      slas.add(row);
    }
    result.put("slas", slas);
    List<Map<String, Object>> comments = new ArrayList<>();
    for (CommentView comment : view.comments()) {
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("id", comment.id());
      row.put("author", comment.author());
      comment.created().ifPresent(c -> row.put("created", c.toString()));
      row.put("internal", comment.internal());
      row.put("body", comment.body());
      comments.add(row);
    }
    result.put("comments", comments);
    result.put("total_comments", view.totalComments());
    view.url().ifPresent(url -> result.put("url", url));
    return result;
  }
}
