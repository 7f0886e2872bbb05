package io.github.atlassianmcp.sandbox.seed;

import io.github.atlassianmcp.sandbox.SandboxUser;
import io.github.atlassianmcp.sandbox.jira.Comment;
import io.github.atlassianmcp.sandbox.jira.Issue;
import io.github.atlassianmcp.sandbox.jira.IssueType;
import io.github.atlassianmcp.sandbox.jira.JiraStore;
import io.github.atlassianmcp.sandbox.jira.Priority;
import io.github.atlassianmcp.sandbox.jira.Project;
import io.github.atlassianmcp.sandbox.jira.Status;
import io.github.atlassianmcp.sandbox.jira.StatusCategory;
import io.github.atlassianmcp.sandbox.jira.Worklog;
import io.github.atlassianmcp.sandbox.users.UserDirectory;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * Fills PROJ (130 issues: epics, stories, tasks, bugs and subtasks spread over the last six months, in every
 * status, with comments and worklogs, their status changes in the changelog) and DEMO (a dozen small issues),
 * then plans them ({@link JiraPlanningSeed}) and enriches a few ({@link RichIssueSeed}). Deterministic: the
 * same anchor time gives the same site.
 */
public final class JiraSeed {

  static final int PROJ_ISSUES = 130;

  private static final String[] AREAS = {"checkout", "invoice export", "login page", "password reset",
      "webhook consumer", "search API", "notification service", "admin dashboard", "CSV import", "audit log",
      "rate limiter", "session handling", "team permissions", "onboarding flow", "report scheduler",
      "payment retries", "mobile app", "billing page"};
  private static final String[] SYMPTOMS = {"crashes when the list is empty", "shows times in the wrong time zone",
      "times out under load", "returns 500 for non-ASCII input", "drops the last page of results",
      "leaks memory in long sessions", "submits twice on slow networks", "ignores the locale setting",
      "loses changes after a refresh"};
  private static final String[] STORIES = {"Export %s data as CSV", "Filter the %s by date range",
      "Show an empty state in the %s", "Let admins configure the %s", "Add keyboard shortcuts to the %s",
      "Send a weekly summary of the %s"};
  private static final String[] TASKS = {"Add metrics and alerts for the %s", "Document the %s API",
      "Write a load test for the %s", "Remove the old feature flag from the %s", "Upgrade dependencies of the %s"};
  private static final String[] EPICS = {"Checkout v2", "Observability overhaul", "Mobile onboarding",
      "Billing migration to Stripe", "Accessibility fixes", "Search relevance"};
  private static final String[] LABELS = {"backend", "frontend", "api", "security", "performance", "tech-debt",
      "customer-reported", "ux", "infra", "payments"};

  private final Random random = new Random(20240117L);
  private final JiraStore store;
  private final UserDirectory users;
  private final Instant anchor;
  private final AdfSamples samples;
  private final List<SandboxUser> staff;

  public JiraSeed(JiraStore store, UserDirectory users, Instant anchor) {
    this.store = store;
    this.users = users;
    this.anchor = anchor;
    // Morgan Hale joined after this history, so the seeded work is spread over the others.
    this.staff = users.all().stream().filter(user -> user.accountType().equals("atlassian"))
        .filter(user -> !user.accountId().equals(SeedUsers.MORGAN_HALE)).toList();
    this.samples = new AdfSamples(random, staff.stream().filter(SandboxUser::active).toList());
  }

  public void seed() {
    seedProj();
    seedDemo();
    new JiraPlanningSeed(store, users.currentUser(), anchor).seed();
    new RichIssueSeed(store, users, anchor).seed();
  }

  private void seedProj() {
    Project proj = store.project("PROJ").orElseThrow();
    List<Issue> epics = new ArrayList<>();
    for (int i = 0; i < EPICS.length; i++) {
      Instant created = anchor.minus(Duration.ofDays(175 - i * 6L));
      epics.add(create(proj, type(proj, "Epic"), EPICS[i], samples.epic(EPICS[i], created), created, null));
    }
    // Creation times in key order, as on a real site: PROJ-7 was created before PROJ-8.
    List<Instant> times = new ArrayList<>();
    for (int i = epics.size(); i < PROJ_ISSUES; i++) {
      times.add(anchor.minus(Duration.ofMinutes(random.nextInt(140 * 24 * 60))));
    }
    times.sort(null);
    Set<String> used = new LinkedHashSet<>();
    List<Issue> stories = new ArrayList<>();
    int count = epics.size();
    while (count < PROJ_ISSUES) {
      Instant created = times.get(count - epics.size());
      boolean subtask = !stories.isEmpty() && random.nextInt(6) == 0;
      if (subtask) {
        Issue parent = stories.get(random.nextInt(stories.size()));
        String summary = (random.nextBoolean() ? "Write tests for: " : "Review: ") + parent.summary();
        if (used.add(summary)) {
          create(proj, type(proj, "Subtask"), summary, samples.task(summary, "change"), created, parent.key());
          count++;
        }
        continue;
      }
      String area = AREAS[random.nextInt(AREAS.length)];
      int kind = random.nextInt(10);
      String summary;
      IssueType type;
      if (kind < 4) {
        type = type(proj, "Bug");
        summary = capitalise(area) + " " + SYMPTOMS[random.nextInt(SYMPTOMS.length)];
      } else if (kind < 7) {
        type = type(proj, "Story");
        summary = String.format(STORIES[random.nextInt(STORIES.length)], area);
      } else {
        type = type(proj, "Task");
        summary = String.format(TASKS[random.nextInt(TASKS.length)], area);
      }
      if (!used.add(summary)) {
        continue;
      }
      String parent = random.nextInt(3) == 0 ? epics.get(random.nextInt(epics.size())).key() : null;
      var description = random.nextInt(8) == 0 ? null : switch (type.name()) {
        case "Bug" -> samples.bug(summary, area, created);
        case "Story" -> samples.story(summary, area, created.plus(Duration.ofDays(21)));
        default -> samples.task(summary, area);
      };
      Issue issue = create(proj, type, summary, description, created, parent);
      if (!type.name().equals("Bug")) {
        stories.add(issue);
      }
      count++;
    }
  }

  private void seedDemo() {
    Project demo = store.project("DEMO").orElseThrow();
    String[] summaries = {"Try the board", "Invite a teammate", "Create a first bug", "Link two issues",
        "Log some work", "Write a comment with a mention", "Set a due date", "Move an issue to Done",
        "Add labels to an issue", "Search with JQL", "Assign an issue to yourself", "Archive old issues"};
    for (int i = 0; i < summaries.length; i++) {
      Instant created = anchor.minus(Duration.ofDays(30 - i * 2L)).minus(Duration.ofHours(i));
      IssueType type = demo.issueTypes().get(i % demo.issueTypes().size());
      create(demo, type, summaries[i], i % 3 == 2 ? null : samples.demo(summaries[i]), created, null);
    }
  }

  /** Creates an issue, then gives it a life: a status, comments, worklogs, an update time. */
  private Issue create(Project project, IssueType type, String summary, com.google.gson.JsonObject description,
      Instant created, String parentKey) {
    SandboxUser reporter = staff.get(random.nextInt(staff.size()));
    SandboxUser assignee = random.nextInt(7) == 0 ? null : staff.get(random.nextInt(staff.size()));
    if (random.nextInt(4) == 0) {
      assignee = users.currentUser();
    }
    Priority priority = priority();
    List<String> labels = labels();
    LocalDate due = random.nextInt(4) == 0 ? created.plus(Duration.ofDays(14 + random.nextInt(60)))
        .atZone(ZoneOffset.UTC).toLocalDate() : null;
    Issue issue = store.create(project, type, summary, description, reporter, assignee, priority, labels, parentKey,
        created, due);
    Status status = status(project, created);
    List<Comment> comments = comments(issue, created);
    List<Worklog> worklogs = status.category() == StatusCategory.TO_DO
        ? List.of() : worklogs(issue, created);
    Instant updated = lastActivity(created, comments, worklogs);
    store.update(issue.key(), current -> current.with(draft -> {
      draft.comments = comments;
      draft.worklogs = worklogs;
      draft.updated = updated;
    }));
    if (!status.id().equals(issue.status().id())) {
      // Recorded in the changelog as the assignee (or else the reporter) moving it; Done by way of In Progress.
      SandboxUser mover = assignee != null ? assignee : reporter;
      Instant done = later(created, updated.minus(Duration.ofHours(1)));
      if (status.category() == StatusCategory.DONE) {
        Instant started = created.plus(Duration.between(created, done).dividedBy(2));
        move(issue.key(), mover, project.statuses().get(1), started, updated);
      }
      move(issue.key(), mover, status, done, updated);
    }
    return store.issue(issue.key()).orElseThrow();
  }

  /** A recorded status change at {@code when}; the issue keeps {@code updated}, its last activity. */
  private void move(String key, SandboxUser mover, Status status, Instant when, Instant updated) {
    store.change(key, mover, when, current -> current.with(draft -> {
      draft.moveTo(status, when);
      draft.updated = updated;
    }));
  }

  private Status status(Project project, Instant created) {
    long ageDays = Duration.between(created, anchor).toDays();
    int roll = random.nextInt(100);
    // Older issues are more likely done, as on a real board.
    int doneShare = (int) Math.min(70, 10 + ageDays / 3);
    if (roll < doneShare) {
      return project.statuses().get(project.statuses().size() - 1);
    }
    return roll < doneShare + 25 ? project.statuses().get(1) : project.initialStatus();
  }

  private List<Comment> comments(Issue issue, Instant created) {
    List<Comment> comments = new ArrayList<>();
    int count = random.nextInt(5);
    Instant at = created;
    for (int i = 0; i < count; i++) {
      at = later(at, at.plus(Duration.ofMinutes(30 + random.nextInt(4 * 24 * 60))));
      SandboxUser author = samples.person();
      String neighbour = issue.project().key() + "-" + (1 + random.nextInt(Math.max(1, number(issue.key()))));
      comments.add(new Comment(store.nextCommentId(), author, author, samples.comment(neighbour, "API"), at, at, true));
    }
    return comments;
  }

  private List<Worklog> worklogs(Issue issue, Instant created) {
    List<Worklog> worklogs = new ArrayList<>();
    int count = random.nextInt(4);
    Instant started = created;
    for (int i = 0; i < count; i++) {
      started = later(started, started.plus(Duration.ofHours(2 + random.nextInt(48))));
      SandboxUser author = issue.assignee() != null ? issue.assignee() : samples.person();
      long seconds = (1 + random.nextInt(12)) * 30L * 60;
      Instant logged = later(started, started.plusSeconds(seconds));
      worklogs.add(new Worklog(store.nextWorklogId(), author, author,
          random.nextBoolean() ? samples.worklogComment("API") : null, logged, logged, started, seconds));
    }
    return worklogs;
  }

  private Instant lastActivity(Instant created, List<Comment> comments, List<Worklog> worklogs) {
    Instant last = created.plus(Duration.ofMinutes(random.nextInt(3 * 24 * 60)));
    for (Comment comment : comments) {
      last = comment.updated().isAfter(last) ? comment.updated() : last;
    }
    for (Worklog worklog : worklogs) {
      last = worklog.updated().isAfter(last) ? worklog.updated() : last;
    }
    return last.isAfter(anchor) ? anchor : last;
  }

  private Priority priority() {
    int roll = random.nextInt(100);
    String name = roll < 5 ? "Highest" : roll < 25 ? "High" : roll < 75 ? "Medium" : roll < 93 ? "Low" : "Lowest";
    return store.priority(name).orElseThrow();
  }

  private List<String> labels() {
    Set<String> labels = new LinkedHashSet<>();
    int count = random.nextInt(3);
    for (int i = 0; i < count; i++) {
      labels.add(LABELS[random.nextInt(LABELS.length)]);
    }
    return List.copyOf(labels);
  }

  /** The later of two instants, never after the anchor. */
  private Instant later(Instant a, Instant b) {
    Instant max = a.isAfter(b) ? a : b;
    return max.isAfter(anchor) ? anchor : max;
  }

  private static IssueType type(Project project, String name) {
    return project.issueType(name).orElseThrow();
  }

  private static int number(String key) {
    return Integer.parseInt(key.substring(key.indexOf('-') + 1));
  }

  private static String capitalise(String text) {
    return Character.toUpperCase(text.charAt(0)) + text.substring(1);
  }
}
