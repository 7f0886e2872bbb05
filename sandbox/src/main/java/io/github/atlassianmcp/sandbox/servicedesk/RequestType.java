package io.github.atlassianmcp.sandbox.servicedesk;

import java.util.List;

/**
 * A request type of a service desk: what customers pick in the portal, backed by a Jira issue type.
 *
 * @param summaryLabel and {@code descriptionLabel} are the field labels the portal shows
 */
public record RequestType(String id, String serviceDeskId, String name, String description, String helpText,
    String issueTypeId, List<String> groupIds, String iconId, String summaryLabel, String descriptionLabel) {

  public RequestType {
    groupIds = List.copyOf(groupIds);
  }
}
