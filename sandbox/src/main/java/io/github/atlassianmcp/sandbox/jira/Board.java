package io.github.atlassianmcp.sandbox.jira;

/**
 * A Jira Software board over one project's issues.
 *
 * @param type {@code scrum} (has sprints) or {@code kanban} (does not)
 */
public record Board(long id, String name, String type, Project project) {

  public boolean hasSprints() {
    return type.equals("scrum");
  }
}
