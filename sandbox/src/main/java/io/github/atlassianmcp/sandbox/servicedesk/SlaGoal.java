package io.github.atlassianmcp.sandbox.servicedesk;

import java.time.Duration;

/**
 * An SLA metric of the service desk: a clock that starts when a request is created and stops at the first
 * response or at resolution, measured against a goal.
 */
public record SlaGoal(String id, String name, Kind kind, Duration goal) {

  /** What stops the clock. */
  public enum Kind { FIRST_RESPONSE, RESOLUTION }
}
