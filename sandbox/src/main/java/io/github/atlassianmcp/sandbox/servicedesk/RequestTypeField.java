package io.github.atlassianmcp.sandbox.servicedesk;

import java.util.List;
import java.util.Optional;

/**
 * A field of a request type's form: a Jira field (system or custom) with the label the portal shows.
 *
 * @param fieldId the Jira field ID: {@code summary}, {@code description}, {@code priority} or {@code customfield_N}
 * @param label the portal's label, which JSM answers as the field's {@code name}
 * @param jiraName the Jira field's own name, which JSM's validation errors use
 * @param description the help text under the field
 * @param kind how values are given and shown
 * @param options the allowed values of a select field (empty otherwise; priorities come from Jira)
 */
public record RequestTypeField(String fieldId, String label, String jiraName, String description, boolean required,
    Kind kind, List<Option> options) {

  /** The field types the sandbox's request types use. */
  public enum Kind { SUMMARY, DESCRIPTION, PRIORITY, TEXT, SELECT }

  /** One allowed value of a select field: the option ID and what it says. */
  public record Option(String id, String label) {}

  public RequestTypeField {
    options = List.copyOf(options);
  }

  public static RequestTypeField summary(String label) {
    return new RequestTypeField("summary", label, "Summary", "", true, Kind.SUMMARY, List.of());
  }

  public static RequestTypeField description(String label, boolean required) {
    return new RequestTypeField("description", label, "Description", "", required, Kind.DESCRIPTION, List.of());
  }

  public static RequestTypeField priority(String label) {
    return new RequestTypeField("priority", label, "Priority", "", false, Kind.PRIORITY, List.of());
  }

  public Optional<Option> option(String idOrLabel) {
    return options.stream()
        .filter(option -> option.id().equals(idOrLabel) || option.label().equalsIgnoreCase(idOrLabel))
        .findFirst();
  }

  /** The number in {@code customfield_N}; empty for system fields. */
  public Optional<Long> customId() {
    return fieldId.startsWith("customfield_")
        ? Optional.of(Long.parseLong(fieldId.substring("customfield_".length())))
        : Optional.empty();
  }
}
