package io.github.atlassianmcp.sandbox.jira;

import java.util.Locale;
import java.util.Optional;

/** The life of a sprint: planned, running, completed. Jira Software orders sprints closed, active, future. */
public enum SprintState {
  CLOSED, ACTIVE, FUTURE;

  /** The name in the API: {@code closed}, {@code active}, {@code future}. */
  public String key() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Optional<SprintState> of(String key) {
    for (SprintState state : values()) {
      if (state.key().equalsIgnoreCase(key.trim())) {
        return Optional.of(state);
      }
    }
    return Optional.empty();
  }
}
