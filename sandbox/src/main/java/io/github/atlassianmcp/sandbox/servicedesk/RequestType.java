package io.github.atlassianmcp.sandbox.servicedesk;

import java.util.List;
import java.util.Optional;

/**
 * A request type of a service desk: what customers pick in the portal, backed by a Jira issue type, with its form
 * and the approvals a request of this type must pass before work starts.
 */
public record RequestType(String id, String serviceDeskId, String name, String description, String helpText,
    String issueTypeId, List<String> groupIds, String iconId, List<RequestTypeField> fields,
    List<ApprovalStep> approvalSteps) {

  public RequestType {
    groupIds = List.copyOf(groupIds);
    fields = List.copyOf(fields);
    approvalSteps = List.copyOf(approvalSteps);
  }

  public Optional<RequestTypeField> field(String fieldId) {
    return fields.stream().filter(field -> field.fieldId().equals(fieldId)).findFirst();
  }

  /** The portal's label of a field, or the field ID when the form does not have it. */
  public String label(String fieldId) {
    return field(fieldId).map(RequestTypeField::label).orElse(fieldId);
  }
}
