package io.github.atlassianmcp.sandbox.servicedesk;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import io.github.atlassianmcp.sandbox.SandboxUser;
import io.github.atlassianmcp.sandbox.http.Json;
import io.github.atlassianmcp.sandbox.jira.Comment;
import io.github.atlassianmcp.sandbox.jira.Issue;
import io.github.atlassianmcp.sandbox.jira.StatusCategory;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.Optional;

/**
 * Works out a request's SLAs from its issue, on a 24-hour calendar: the first-response clock stops at the first
 * public comment by someone other than a customer (or when the request waits for the customer); the resolution
 * clock stops when the request reaches a Done status. A stopped clock is a completed cycle; a running one is
 * the ongoing cycle, breached once its goal has passed.
 */
final class SlaCalculator {

  private SlaCalculator() {}

  static JsonObject sla(SlaGoal goal, Issue issue, CustomerRequest request, Instant now, String base) {
    Instant start = issue.created();
    Optional<Instant> stop = stop(goal, issue, request);
    JsonArray completed = new JsonArray();
    Json.ObjectBuilder sla = Json.object()
        .put("id", goal.id())
        .put("name", goal.name())
        .put("_links", Json.object().put("self", base + "/rest/servicedeskapi/request/" + issue.id() + "/sla/"
            + goal.id()));
    Instant breachTime = start.plus(goal.goal());
    if (stop.isPresent()) {
      Duration elapsed = Duration.between(start, stop.get());
      completed.add(Json.object()
          .put("startTime", JsmJson.date(start, now))
          .put("stopTime", JsmJson.date(stop.get(), now))
          .put("breachTime", JsmJson.date(breachTime, now))
          .put("breached", elapsed.compareTo(goal.goal()) > 0)
          .put("goalDuration", JsmJson.duration(goal.goal()))
          .put("elapsedTime", JsmJson.duration(elapsed))
          .put("remainingTime", JsmJson.duration(goal.goal().minus(elapsed)))
          .build());
      sla.put("completedCycles", completed);
    } else {
      Duration elapsed = Duration.between(start, now);
      sla.put("completedCycles", completed);
      sla.put("ongoingCycle", Json.object()
          .put("startTime", JsmJson.date(start, now))
          .put("breachTime", JsmJson.date(breachTime, now))
          .put("breached", elapsed.compareTo(goal.goal()) > 0)
          .put("paused", issue.status().name().equals("Waiting for customer"))
          .put("withinCalendarHours", true)
          .put("goalDuration", JsmJson.duration(goal.goal()))
          .put("elapsedTime", JsmJson.duration(elapsed))
          .put("remainingTime", JsmJson.duration(goal.goal().minus(elapsed))));
    }
    return sla.put("slaDisplayFormat", "NEW_SLA_FORMAT").build();
  }

  private static Optional<Instant> stop(SlaGoal goal, Issue issue, CustomerRequest request) {
    if (goal.kind() == SlaGoal.Kind.RESOLUTION) {
      return Optional.ofNullable(issue.resolved());
    }
    Optional<Instant> response = issue.comments().stream()
        .filter(Comment::jsdPublic)
        .filter(comment -> !isCustomer(comment.author()))
        .map(Comment::created)
        .min(Comparator.naturalOrder());
    Optional<Instant> waiting = request.history().stream()
        .filter(change -> change.status().equals("Waiting for customer")
            || change.category() == StatusCategory.DONE)
        .map(StatusChange::at)
        .min(Comparator.naturalOrder());
    return Optional.ofNullable(min(response.orElse(null), waiting.orElse(null)));
  }

  private static boolean isCustomer(SandboxUser user) {
    return user.accountType().equals("customer");
  }

  private static Instant min(Instant a, Instant b) {
    if (a == null) {
      return b;
    }
    return b == null || a.isBefore(b) ? a : b;
  }
}
