package io.github.atlassianmcp.server.tools.servicedesk;

import io.github.atlassianmcp.server.config.Toolset;
import io.github.atlassianmcp.server.tools.InputSchema;
import io.github.atlassianmcp.server.tools.ServerTool;
import io.github.atlassianmcp.server.tools.ToolArguments;
import io.github.atlassianmcp.server.tools.ToolContext;
import io.github.atlassianmcp.server.tools.ToolDefinition;
import io.github.atlassianmcp.server.tools.ToolHandler;
import io.github.atlassianmcp.server.tools.ToolResult;
import io.github.atlassianmcp.server.tools.servicedesk.ServiceDeskViews.Desk;
import io.github.atlassianmcp.server.tools.servicedesk.ServiceDeskViews.FieldView;
import io.github.atlassianmcp.server.tools.servicedesk.ServiceDeskViews.FormField;
import io.github.atlassianmcp.server.tools.servicedesk.ServiceDeskViews.RequestTypeEntry;
import io.github.atlassianmcp.server.tools.servicedesk.ServiceDeskViews.RequestTypeView;
import io.github.atlassianmcp.server.tools.servicedesk.ServiceDeskViews.RequestTypes;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** {@code servicedesk_list_request_types}: what can be raised on a desk, with each form's fields. */
public final class ServiceDeskListRequestTypesTool implements ToolHandler {

  public static final ServerTool TOOL = ToolDefinition.builder("servicedesk_list_request_types")
      .title("List request types")
      .description("""
          List the request types of a service desk with their form fields: which are required, their type \
          and allowed values. Use before servicedesk_create_request. Example: service_desk="SUP".""")
      .toolset(Toolset.SERVICEDESK)
      .input(InputSchema.object()
          .string("service_desk", "Project key, name or id.", s -> s.maxLength(255))
          .build())
      .reads(RequestTypes.class)
      .calls(ServiceDeskOperations.LIST_DESKS, ServiceDeskOperations.LIST_REQUEST_TYPES,
          ServiceDeskOperations.REQUEST_TYPE_FIELDS)
      .handler(services -> new ServiceDeskListRequestTypesTool(services.serviceDesk()));

  private final ServiceDeskService serviceDesk;

  ServiceDeskListRequestTypesTool(ServiceDeskService serviceDesk) {
    this.serviceDesk = Objects.requireNonNull(serviceDesk, "serviceDesk");
  }

  @Override
  public ToolResult call(ToolArguments arguments, ToolContext context) {
    Desk desk = serviceDesk.desk(arguments.string("service_desk"));
    List<RequestTypeView> types = new ArrayList<>();
    for (RequestTypeEntry type : serviceDesk.requestTypes(desk)) {
      types.add(new RequestTypeView(type.id(), type.name(), type.description(), serviceDesk.form(desk, type).fields()
          .stream()
          .filter(FormField::visible).map(RequestValues::view).toList()));
    }
    RequestTypes answer = new RequestTypes(desk.projectKey(), types);
    return ToolResult.of(text(desk, types), answer);
  }

  private static String text(Desk desk, List<RequestTypeView> types) {
    if (types.isEmpty()) {
      return "No request types on " + desk.label() + " that you can raise.";
    }
    StringBuilder text = new StringBuilder().append(types.size()).append(" request types of ").append(desk.label())
        .append(". For servicedesk_create_request, summary and description are arguments of their own; other"
            + " fields go in fields, by name or id.\n");
    for (RequestTypeView type : types) {
      text.append("\n- **").append(type.name()).append("** (id ").append(type.id()).append(')')
          .append(type.description().map(d -> ": " + d.strip()).orElse("")).append('\n');
      List<String> required = new ArrayList<>();
      List<String> optional = new ArrayList<>();
      for (FieldView field : type.fields()) {
        (field.required() ? required : optional).add(describe(field));
      }
      if (!required.isEmpty()) {
        text.append("  Required: ").append(String.join("; ", required)).append('\n');
      }
      if (!optional.isEmpty()) {
        text.append("  Optional: ").append(String.join("; ", optional)).append('\n');
      }
    }
    return text.toString().stripTrailing();
  }

  /** "summary", or "Which product is affected? (customfield_10050, select: Web app, Mobile app)". */
  private static String describe(FieldView field) {
    if (field.id().equals("summary") || field.id().equals("description")) {
      return field.id();
    }
    return field.name() + " (" + field.id() + ", " + field.type()
        + (field.allowedValues().isEmpty() ? "" : ": " + String.join(", ", field.allowedValues())) + ")";
  }
}
