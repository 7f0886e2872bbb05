package io.github.atlassianmcp.server.tools.servicedesk;

import io.github.atlassianmcp.server.atlassian.AtlassianException;
import io.github.atlassianmcp.server.config.Toolset;
import io.github.atlassianmcp.server.tools.InputSchema;
import io.github.atlassianmcp.server.tools.ServerTool;
import io.github.atlassianmcp.server.tools.ToolArguments;
import io.github.atlassianmcp.server.tools.ToolContext;
import io.github.atlassianmcp.server.tools.ToolDefinition;
import io.github.atlassianmcp.server.tools.ToolHandler;
import io.github.atlassianmcp.server.tools.ToolInputException;
import io.github.atlassianmcp.server.tools.ToolResult;
import io.github.atlassianmcp.server.tools.servicedesk.ServiceDeskViews.CreatedRequest;
import io.github.atlassianmcp.server.tools.servicedesk.ServiceDeskViews.Desk;
import io.github.atlassianmcp.server.tools.servicedesk.ServiceDeskViews.Person;
import io.github.atlassianmcp.server.tools.servicedesk.ServiceDeskViews.RequestForm;
import io.github.atlassianmcp.server.tools.servicedesk.ServiceDeskViews.RequestTypeEntry;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * {@code servicedesk_create_request}: raises a customer request, optionally for a customer. The request type and
 * desk are found by name or ID, the form is filled in and checked before anything is sent (see
 * {@link RequestValues}), and the customer is found by email or name with Jira's user search.
 */
public final class ServiceDeskCreateRequestTool implements ToolHandler {

  /** Atlassian account IDs: 24 hex digits, or a prefix and a colon (557058:..., 712020:..., qm:...). */
  private static final Pattern ACCOUNT_ID = Pattern.compile("^(?:[0-9a-f]{24}|[0-9a-z]{1,10}:[0-9a-f:-]{20,80})$");

  public static final ServerTool TOOL = ToolDefinition.builder("servicedesk_create_request")
      .title("Raise a service desk request")
      .description("""
          Raise a service desk request, optionally for a customer (on_behalf_of: email or name). Required \
          fields are checked first; the error lists what is missing and the allowed values. description is \
          markdown. Example: request_type="Report a bug", summary="Export is empty", \
          fields={"Affected product": "Billing"}.""")
      .toolset(Toolset.SERVICEDESK)
      .input(InputSchema.object()
          .string("request_type", "Name or id.", s -> s.minLength(1).maxLength(255))
          .string("summary", "One line.", s -> s.minLength(1).maxLength(255).pattern(InputSchema.ONE_LINE_PATTERN))
          .string("description", "Markdown.")
          .string("service_desk", "Project key, name or id.", s -> s.maxLength(255))
          .map("fields", "Other form fields by name or id; options by label.", 50)
          .string("on_behalf_of", "The customer's email or name.", s -> s.maxLength(255))
          .required("request_type", "summary")
          .build())
      .writes(false, false)
      .calls(ServiceDeskOperations.LIST_DESKS, ServiceDeskOperations.LIST_REQUEST_TYPES,
          ServiceDeskOperations.REQUEST_TYPE_FIELDS, ServiceDeskOperations.FIND_USERS,
          ServiceDeskOperations.CREATE_REQUEST)
      .handler(services -> new ServiceDeskCreateRequestTool(services.serviceDesk()));

  private final ServiceDeskService serviceDesk;

  ServiceDeskCreateRequestTool(ServiceDeskService serviceDesk) {
    this.serviceDesk = Objects.requireNonNull(serviceDesk, "serviceDesk");
  }

  @Override
  public ToolResult call(ToolArguments arguments, ToolContext context) {
    Desk desk = serviceDesk.desk(arguments.string("service_desk"));
    String wanted = arguments.requiredString("request_type");
    List<RequestTypeEntry> types = serviceDesk.requestTypes(desk);
    RequestTypeEntry type = ByName.require(types, wanted, RequestTypeEntry::id, RequestTypeEntry::name,
        "request type", desk.label(), "Request types");
    RequestForm form = serviceDesk.form(desk, type);
    String summary = arguments.requiredString("summary").strip();
    Map<String, Object> values = RequestValues.fill(type.name(), form, summary,
        arguments.string("description").map(serviceDesk::wiki).filter(text -> !text.isBlank()),
        arguments.map("fields").orElse(Map.of()));
    Optional<Person> customer = Optional.empty();
    Optional<String> onBehalfOf = arguments.string("on_behalf_of").map(String::strip);
    if (onBehalfOf.isPresent()) {
      if (!form.canRaiseOnBehalfOf()) {
        throw new ToolInputException("You cannot raise requests on behalf of someone else on " + desk.projectKey()
            + " (agents of the desk can); leave on_behalf_of out to raise it as yourself.");
      }
      customer = Optional.of(person(onBehalfOf.get()));
    }
    CreatedRequest created;
    try {
      created = serviceDesk.create(desk, type.id(), values, customer.map(Person::accountId));
    } catch (AtlassianException e) {
      if (e.failure().statusCode() == 400) {
        throw e.withAdvice("servicedesk_list_request_types shows the fields of \"" + type.name()
            + "\" and the values they take.");
      }
      throw e;
    }
    return ToolResult.text("Raised " + created.key() + " (" + type.name() + ")"
        + customer.map(person -> " for " + person.name()).orElse("") + ": " + summary
        + created.status().map(status -> "\nStatus: " + status).orElse("")
        + created.url().map(url -> "\n" + url).orElse(""));
  }

  /** The one person the agent names by email, name or account ID. */
  private Person person(String wanted) {
    boolean accountId = ACCOUNT_ID.matcher(wanted).matches();
    List<Person> found = serviceDesk.people(wanted, accountId);
    List<Person> exact = found.stream().filter(person -> person.accountId().equals(wanted)
        || person.name().equalsIgnoreCase(wanted) || person.email().filter(wanted::equalsIgnoreCase).isPresent())
        .toList();
    if (exact.size() == 1) {
      return exact.get(0);
    }
    if (exact.isEmpty() && found.size() == 1) {
      return found.get(0);
    }
    if (found.isEmpty()) {
      throw new ToolInputException("No active person matches on_behalf_of \"" + wanted + "\". Give the customer's"
          + " email address as their Atlassian account has it.");
    }
    List<Person> candidates = exact.isEmpty() ? found : exact;
    throw new ToolInputException("Several people match on_behalf_of \"" + wanted + "\": " + candidates.stream()
        .limit(10).map(person -> person.name() + person.email().map(email -> " <" + email + ">").orElse("")
            + (person.customer() ? " (customer)" : ""))
        .collect(Collectors.joining(", ")) + ". Give the email of the one you mean.");
  }
}
