package io.github.atlassianmcp.sandbox.seed;

import com.google.gson.JsonPrimitive;
import io.github.atlassianmcp.sandbox.SandboxUser;
import io.github.atlassianmcp.sandbox.jira.Attachment;
import io.github.atlassianmcp.sandbox.jira.Component;
import io.github.atlassianmcp.sandbox.jira.CustomFieldValues;
import io.github.atlassianmcp.sandbox.jira.CustomFields;
import io.github.atlassianmcp.sandbox.jira.Issue;
import io.github.atlassianmcp.sandbox.jira.IssueLinkType;
import io.github.atlassianmcp.sandbox.jira.JiraStore;
import io.github.atlassianmcp.sandbox.jira.Project;
import io.github.atlassianmcp.sandbox.jira.Sprint;
import io.github.atlassianmcp.sandbox.jira.Version;
import io.github.atlassianmcp.sandbox.users.UserDirectory;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * The rich issues: PROJ-12 (a bug reopened ten days ago, with links both ways, a text and an image attachment,
 * time tracking, custom fields, a sprint carried over, and the history of all that) and PROJ-10 (a story with
 * subtasks and an edited past). Every change is recorded as the person who made it, when they made it.
 */
final class RichIssueSeed {

  static final String RICH = "PROJ-12";
  static final String LOG_FILE = "webhook-error.log";
  static final String IMAGE_FILE = "empty-list.png";

  /** A 16x16 PNG: an empty list, drawn as three grey lines in a frame. */
  static final byte[] PNG = Base64.getDecoder().decode("iVBORw0KGgoAAAANSUhEUgAAABAAAAAQCAIAAACQkWg2AAAAJUlEQVR42mNwC"
      + "sojCTEA8X+iAZ01HDx+AQ8aECeN+mGg/UASAgDguHL1AkDB+QAAAABJRU5ErkJggg==");
  static final String LOG = """
      2024-05-02T09:14:07.311Z INFO  [webhook-consumer] Fetched batch 48213 (0 events)
      2024-05-02T09:14:07.312Z ERROR [webhook-consumer] Delivery failed for batch 48213
      java.util.NoSuchElementException: No value present
          at java.base/java.util.Optional.get(Optional.java:143)
          at com.example.webhooks.BatchConsumer.first(BatchConsumer.java:88)
          at com.example.webhooks.BatchConsumer.deliver(BatchConsumer.java:52)
          at com.example.webhooks.ConsumerLoop.run(ConsumerLoop.java:31)
      2024-05-02T09:14:37.318Z WARN  [webhook-consumer] Retrying batch 48213 (attempt 2 of 5)
      """;

  private final JiraStore store;
  private final UserDirectory users;
  private final Instant anchor;

  RichIssueSeed(JiraStore store, UserDirectory users, Instant anchor) {
    this.store = store;
    this.users = users;
    this.anchor = anchor;
  }

  void seed() {
    SandboxUser morgan = users.currentUser();
    SandboxUser priya = user(SeedUsers.PRIYA);
    SandboxUser jonas = user(SeedUsers.JONAS);
    Project proj = store.project("PROJ").orElseThrow();
    Sprint first = sprint(JiraPlanningSeed.SPRINT_1);
    Sprint second = sprint(JiraPlanningSeed.SPRINT_2);

    // PROJ-12: done in the summer, reopened when the webhook consumer crashed again.
    Instant reopened = anchor.minus(Duration.ofDays(10));
    change(RICH, priya, reopened, draft -> draft.moveTo(proj.statuses().get(1), reopened));
    change(RICH, morgan, reopened.plus(Duration.ofHours(1)), draft -> {
      draft.priority = store.priority("High").orElseThrow();
      draft.custom(CustomFields.STORY_POINTS, CustomFieldValues.numberValue(3));
      draft.custom(CustomFields.SPRINT, CustomFieldValues.sprintValue(List.of(first.id())));
    });
    attach(priya, reopened.plus(Duration.ofHours(2)), LOG_FILE, "text/plain", LOG.getBytes(StandardCharsets.UTF_8));
    attach(morgan, reopened.plus(Duration.ofHours(3)), IMAGE_FILE, "image/png", PNG);
    store.link(linkType("Blocks"), issue(RICH), issue("PROJ-34"), morgan, reopened.plus(Duration.ofHours(4)));
    store.link(linkType("Relates"), issue("PROJ-32"), issue(RICH), jonas, reopened.plus(Duration.ofHours(5)));
    Instant planned = reopened.plus(Duration.ofDays(1));
    change(RICH, priya, planned, draft -> {
      draft.originalEstimate = 2 * 8 * 3600L;
      draft.remainingEstimate = 4 * 3600L;
      draft.dueDate = anchor.atZone(ZoneOffset.UTC).toLocalDate().plusDays(5);
      draft.components = components(proj, "API", "Payments");
      draft.fixVersions = List.of(version(proj, "2.4.0"));
      draft.custom(CustomFields.TEAM, new JsonPrimitive(CustomFields.TEAM.optionByValue("Payments")
          .orElseThrow().id()));
      List<String> labels = new ArrayList<>(draft.labels);
      labels.add("payments");
      draft.labels = labels;
    });
    // Not finished when the first sprint closed: carried over into the second.
    change(RICH, morgan, first.completed(), draft -> draft.custom(CustomFields.SPRINT,
        CustomFieldValues.sprintValue(List.of(first.id(), second.id()))));

    // PROJ-40 turned out to be PROJ-39 seen on mobile.
    Instant spotted = later(issue("PROJ-40").created(), issue("PROJ-39").created()).plus(Duration.ofDays(2));
    store.link(linkType("Duplicate"), issue("PROJ-40"), issue("PROJ-39"), priya,
        spotted.isAfter(anchor) ? anchor : spotted);

    // PROJ-10: a story whose summary and priority were edited after it was written.
    Issue story = issue("PROJ-10");
    String summary = story.summary();
    var priority = story.priority();
    store.update(story.key(), current -> current.with(draft -> {
      draft.summary = "Empty state for the admin dashboard";
      draft.priority = store.priority("Low").orElseThrow();
    }));
    change(story.key(), jonas, story.created().plus(Duration.ofDays(1)), draft -> {
      draft.summary = summary;
      draft.priority = priority;
    });
    store.update(story.key(), current -> current.with(draft -> draft.updated = story.updated()));
  }

  private void attach(SandboxUser author, Instant when, String name, String type, byte[] content) {
    String mediaId = UUID.nameUUIDFromBytes((RICH + "/" + name).getBytes(StandardCharsets.UTF_8)).toString();
    Attachment attachment = new Attachment(store.nextAttachmentId(), name, type, author, when, mediaId, content);
    change(RICH, author, when, draft -> draft.attachments.add(attachment));
  }

  /** A change recorded as {@code author}'s at {@code when}, which also becomes the issue's last update. */
  private void change(String key, SandboxUser author, Instant when, Consumer<Issue.Draft> edit) {
    store.change(key, author, when, current -> current.with(draft -> {
      edit.accept(draft);
      draft.updated = when.isAfter(current.updated()) ? when : current.updated();
    }));
  }

  private List<Component> components(Project project, String... names) {
    List<String> wanted = List.of(names);
    return store.components(project).stream().filter(component -> wanted.contains(component.name())).toList();
  }

  private Version version(Project project, String name) {
    return store.versions(project).stream().filter(version -> version.name().equals(name)).findFirst()
        .orElseThrow();
  }

  private Sprint sprint(String name) {
    return store.sprints().stream().filter(sprint -> sprint.name().equals(name)).findFirst().orElseThrow();
  }

  private IssueLinkType linkType(String name) {
    return store.linkTypes().stream().filter(type -> type.name().equals(name)).findFirst().orElseThrow();
  }

  private Issue issue(String key) {
    return store.issue(key).orElseThrow();
  }

  private SandboxUser user(String accountId) {
    return users.byAccountId(accountId).orElseThrow();
  }

  private Instant later(Instant a, Instant b) {
    return a.isAfter(b) ? a : b;
  }
}
