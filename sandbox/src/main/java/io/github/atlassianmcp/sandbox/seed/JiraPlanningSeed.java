package io.github.atlassianmcp.sandbox.seed;

import com.google.gson.JsonPrimitive;
import io.github.atlassianmcp.sandbox.SandboxUser;
import io.github.atlassianmcp.sandbox.jira.Board;
import io.github.atlassianmcp.sandbox.jira.Component;
import io.github.atlassianmcp.sandbox.jira.CustomFieldValues;
import io.github.atlassianmcp.sandbox.jira.CustomFields;
import io.github.atlassianmcp.sandbox.jira.FieldOption;
import io.github.atlassianmcp.sandbox.jira.Issue;
import io.github.atlassianmcp.sandbox.jira.JiraStore;
import io.github.atlassianmcp.sandbox.jira.Project;
import io.github.atlassianmcp.sandbox.jira.Sprint;
import io.github.atlassianmcp.sandbox.jira.SprintState;
import io.github.atlassianmcp.sandbox.jira.StatusCategory;
import io.github.atlassianmcp.sandbox.jira.Version;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

/**
 * Project configuration and planning over the seeded issues: PROJ's components and versions; a scrum board for
 * PROJ with a closed, an active and a future sprint (two weeks each, the active one in its second week); a kanban
 * board for DEMO; and on PROJ's issues Story Points, Team, components, fix versions, estimates and sprints.
 * Sprint moves are recorded in the changelog as the board's owner made them. Deterministic, with a random of its
 * own, so the issues seeded before stay as they were.
 */
final class JiraPlanningSeed {

  static final String SPRINT_1 = "PROJ Sprint 1";
  static final String SPRINT_2 = "PROJ Sprint 2";
  static final String SPRINT_3 = "PROJ Sprint 3";

  private static final int[] POINTS = {1, 2, 3, 5, 8};
  private static final Map<String, List<String>> COMPONENT_WORDS = Map.of(
      "API", List.of("api", "webhook", "rate limiter", "search"),
      "Web app", List.of("page", "dashboard", "login", "onboarding", "billing"),
      "Payments", List.of("checkout", "payment", "invoice", "billing"),
      "Background workers", List.of("scheduler", "notification", "import", "export", "audit"));

  private final Random random = new Random(20241203L);
  private final JiraStore store;
  private final SandboxUser owner;
  private final Instant anchor;

  JiraPlanningSeed(JiraStore store, SandboxUser owner, Instant anchor) {
    this.store = store;
    this.owner = owner;
    this.anchor = anchor;
  }

  void seed() {
    Project proj = store.project("PROJ").orElseThrow();
    Project demo = store.project("DEMO").orElseThrow();
    for (String name : List.of("API", "Web app", "Background workers", "Payments")) {
      store.addComponent(proj, name, description(name));
    }
    store.addVersion(proj, "2.3.0", "Checkout v2 and the new invoice export.", true, day(-75), day(-30));
    store.addVersion(proj, "2.4.0", "Webhook reliability and the accessibility fixes.", false, day(-29), day(14));
    store.addVersion(proj, "3.0.0", "Billing on Stripe.", false, null, null);

    Board board = store.addBoard("PROJ board", "scrum", proj);
    store.addBoard("DEMO board", "kanban", demo);
    Instant morning = anchor.truncatedTo(ChronoUnit.DAYS).plus(Duration.ofHours(9));
    Instant firstStart = morning.minus(Duration.ofDays(21));
    Instant firstEnd = firstStart.plus(Duration.ofDays(14));
    Instant closed = firstEnd.plus(Duration.ofMinutes(30));
    Instant secondStart = firstEnd.plus(Duration.ofHours(1));
    Sprint first = store.addSprint(board, SPRINT_1, SprintState.CLOSED, "Stop losing webhook events",
        firstStart.minus(Duration.ofDays(1)), firstStart, firstEnd, closed);
    Sprint second = store.addSprint(board, SPRINT_2, SprintState.ACTIVE, "Ship 2.4.0: reliable webhooks",
        closed.minus(Duration.ofDays(1)), secondStart, secondStart.plus(Duration.ofDays(14)), null);
    Sprint third = store.addSprint(board, SPRINT_3, SprintState.FUTURE, "", anchor.minus(Duration.ofDays(3)), null,
        null, null);

    for (Issue issue : store.issues()) {
      if (issue.project().key().equals("PROJ")) {
        plan(issue, proj, first, second, third);
      }
    }
  }

  private void plan(Issue issue, Project proj, Sprint first, Sprint second, Sprint third) {
    int level = issue.type().hierarchyLevel();
    FieldOption team = CustomFields.TEAM.options().get(random.nextInt(CustomFields.TEAM.options().size()));
    boolean hasTeam = random.nextInt(100) < 85;
    int points = POINTS[random.nextInt(POINTS.length)];
    boolean hasPoints = level == 0 && random.nextInt(100) < 75;
    List<Component> components = level == 0 ? components(issue, proj) : List.of();
    List<Sprint> sprints = level == 0 ? sprints(issue, first, second, third) : List.of();
    List<Version> fixVersions = new ArrayList<>();
    if (sprints.contains(second)) {
      fixVersions.add(version(proj, "2.4.0"));
    } else if (issue.resolved() != null && issue.resolved().isAfter(anchor.minus(Duration.ofDays(60)))) {
      fixVersions.add(version(proj, "2.3.0"));
    }
    Long spent = issue.timeSpent();
    store.update(issue.key(), current -> current.with(draft -> {
      if (hasTeam) {
        draft.custom(CustomFields.TEAM, new JsonPrimitive(team.id()));
      }
      if (hasPoints) {
        draft.custom(CustomFields.STORY_POINTS, CustomFieldValues.numberValue(points));
      }
      draft.components = components;
      draft.fixVersions = fixVersions;
      if (spent != null && level == 0) {
        long estimate = (spent * 3 / 2 + 3599) / 3600 * 3600;
        draft.originalEstimate = estimate;
        draft.remainingEstimate = current.status().category() == StatusCategory.DONE ? 0 : Math.max(0,
            estimate - spent);
      }
    }));
    for (Sprint sprint : sprints) {
      Instant when = later(issue.created(), sprint.start() != null ? sprint.start() : sprint.created());
      store.change(issue.key(), owner, when, current -> current.with(draft -> {
        List<Long> ids = new ArrayList<>(CustomFieldValues.ownSprintIds(current));
        ids.add(sprint.id());
        draft.custom(CustomFields.SPRINT, CustomFieldValues.sprintValue(ids));
      }));
    }
  }

  /**
   * Done issues sit in the sprint they were resolved in; work in progress is in the active sprint (carried over
   * from the closed one when it started before); a third of the open work is in the active sprint, a third in
   * the future one, and the rest in the backlog.
   */
  private List<Sprint> sprints(Issue issue, Sprint first, Sprint second, Sprint third) {
    int number = Integer.parseInt(issue.key().substring(issue.key().indexOf('-') + 1));
    return switch (issue.status().category()) {
      case DONE -> {
        Instant resolved = issue.resolved();
        if (!resolved.isBefore(first.start()) && resolved.isBefore(first.completed())) {
          yield List.of(first);
        }
        yield resolved.isAfter(second.start()) ? List.of(second) : List.of();
      }
      case IN_PROGRESS -> issue.created().isBefore(first.end()) ? List.of(first, second) : List.of(second);
      default -> number % 3 == 0 ? List.of(second) : number % 3 == 1 ? List.of(third) : List.of();
    };
  }

  private List<Component> components(Issue issue, Project proj) {
    String summary = issue.summary().toLowerCase(Locale.ROOT);
    List<Component> found = new ArrayList<>();
    for (Component component : store.components(proj)) {
      if (COMPONENT_WORDS.get(component.name()).stream().anyMatch(summary::contains)) {
        found.add(component);
      }
    }
    return found;
  }

  private Version version(Project proj, String name) {
    return store.versions(proj).stream().filter(version -> version.name().equals(name)).findFirst().orElseThrow();
  }

  private Instant later(Instant a, Instant b) {
    Instant max = a.isAfter(b) ? a : b;
    return max.isAfter(anchor) ? anchor : max;
  }

  private static String description(String component) {
    return switch (component) {
      case "API" -> "The public REST API and webhooks.";
      case "Web app" -> "The customer-facing web application.";
      case "Background workers" -> "Schedulers, imports, exports and notifications.";
      default -> "Checkout, invoices and billing.";
    };
  }

  /** The day {@code offset} days from the anchor's. */
  private LocalDate day(int offset) {
    return anchor.atZone(ZoneOffset.UTC).toLocalDate().plusDays(offset);
  }
}
