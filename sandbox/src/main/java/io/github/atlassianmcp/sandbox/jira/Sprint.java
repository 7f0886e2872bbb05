package io.github.atlassianmcp.sandbox.jira;

import java.time.Instant;

/**
 * A sprint of a scrum board. Future sprints may have no dates; {@code completed} is set once closed.
 *
 * @param boardId the board the sprint was created on (its origin board)
 */
public record Sprint(long id, String name, SprintState state, long boardId, String goal, Instant created,
    Instant start, Instant end, Instant completed) {

  public boolean open() {
    return state != SprintState.CLOSED;
  }
}
