package io.github.atlassianmcp.sandbox.jira;

import io.github.atlassianmcp.sandbox.SandboxUser;
import java.util.List;
import java.util.Optional;

/**
 * A Jira project with its issue types and its workflow (statuses in order, and transitions).
 *
 * @param typeKey {@code software}, {@code business} or {@code service_desk}
 */
public record Project(
    String id,
    String key,
    String name,
    String description,
    String typeKey,
    SandboxUser lead,
    List<IssueType> issueTypes,
    List<Status> statuses,
    List<Transition> transitions,
    long avatarId) {

  public Project {
    issueTypes = List.copyOf(issueTypes);
    statuses = List.copyOf(statuses);
    transitions = List.copyOf(transitions);
  }

  public Optional<IssueType> issueType(String idOrName) {
    return issueTypes.stream()
        .filter(type -> type.id().equals(idOrName) || type.name().equalsIgnoreCase(idOrName))
        .findFirst();
  }

  /** The status a new issue starts in. */
  public Status initialStatus() {
    return statuses.get(0);
  }

  /** Transitions that lead away from {@code current}. */
  public List<Transition> transitionsFrom(Status current) {
    return transitions.stream().filter(transition -> !transition.to().id().equals(current.id())).toList();
  }
}
