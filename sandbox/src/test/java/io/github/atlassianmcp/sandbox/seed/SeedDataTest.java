package io.github.atlassianmcp.sandbox.seed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import io.github.atlassianmcp.sandbox.confluence.Page;
import io.github.atlassianmcp.sandbox.http.Json;
import io.github.atlassianmcp.sandbox.jira.Comment;
import io.github.atlassianmcp.sandbox.jira.Issue;
import io.github.atlassianmcp.sandbox.jira.StatusCategory;
import io.github.atlassianmcp.sandbox.jira.Worklog;
import io.github.atlassianmcp.sandbox.oauth.RandomTokens;
import io.github.atlassianmcp.sandbox.users.UserDirectory;
import io.github.atlassianmcp.specs.AdfValidator;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class SeedDataTest {

  private static final Instant ANCHOR = Instant.parse("2025-06-15T10:30:00Z");
  private static UserDirectory users;
  private static SeedData seed;

  @BeforeAll
  static void build() {
    users = SeedUsers.create(new RandomTokens());
    seed = SeedData.create(users, ANCHOR);
  }

  @Test
  void everySeededAdfDocumentIsValidAgainstTheOfficialSchema() {
    AdfValidator validator = new AdfValidator();
    List<String> failures = new ArrayList<>();
    int documents = 0;
    for (Issue issue : seed.jira().issues()) {
      List<JsonObject> docs = new ArrayList<>();
      if (issue.description() != null) {
        docs.add(issue.description());
      }
      issue.comments().stream().map(Comment::body).forEach(docs::add);
      issue.worklogs().stream().map(Worklog::comment).filter(Objects::nonNull).forEach(docs::add);
      for (JsonObject doc : docs) {
        documents++;
        List<String> problems = validator.problems(Json.write(doc));
        if (!problems.isEmpty()) {
          failures.add(issue.key() + ": " + problems + "\n" + Json.write(doc));
        }
      }
    }
    for (Page page : seed.confluence().pages()) {
      documents++;
      List<String> problems = validator.problems(Json.write(page.adf()));
      if (!problems.isEmpty()) {
        failures.add(page.title() + ": " + problems + "\n" + Json.write(page.adf()));
      }
    }
    assertTrue(documents > 250, "only " + documents + " documents");
    assertEquals(List.of(), failures);
  }

  @Test
  void projHasEnoughIssuesToPageWithEveryTypeStatusAndSomeParents() {
    List<Issue> proj = issues("PROJ");
    assertTrue(proj.size() >= 120, proj.size() + " issues");
    assertEquals(Set.of("Epic", "Story", "Task", "Bug", "Subtask"), collect(proj, issue -> issue.type().name()));
    assertEquals(Set.of(StatusCategory.values()), collect(proj, issue -> issue.status().category()));
    assertTrue(proj.stream().filter(issue -> issue.parentKey() != null).count() >= 20);
    assertTrue(proj.stream().anyMatch(issue -> issue.assignee() == null));
    assertTrue(proj.stream().anyMatch(issue -> issue.assignee() != null
        && issue.assignee().equals(users.currentUser())));
    assertEquals(5, collect(proj, issue -> issue.priority().name()).size());
    assertTrue(proj.stream().anyMatch(issue -> !issue.labels().isEmpty()));
    assertTrue(proj.stream().anyMatch(issue -> !issue.worklogs().isEmpty()));
    assertTrue(issues("DEMO").size() >= 10);
  }

  @Test
  void datesAreSpreadOverTheLastMonthsInKeyOrderAndNeverInTheFuture() {
    List<Issue> proj = issues("PROJ");
    for (Issue issue : seed.jira().issues()) {
      assertTrue(!issue.created().isAfter(ANCHOR) && !issue.updated().isAfter(ANCHOR), issue.key());
      assertTrue(!issue.updated().isBefore(issue.created()), issue.key());
      if (issue.resolved() != null) {
        assertEquals(StatusCategory.DONE, issue.status().category(), issue.key());
      }
    }
    for (int i = 1; i < proj.size(); i++) {
      assertTrue(!proj.get(i).created().isBefore(proj.get(i - 1).created()), proj.get(i).key());
    }
    assertTrue(proj.get(0).created().isBefore(ANCHOR.minus(Duration.ofDays(150))));
    assertTrue(proj.stream().anyMatch(issue -> issue.updated().isAfter(ANCHOR.minus(Duration.ofDays(7)))));
  }

  @Test
  void confluencePagesAreInStorageFormatWithMacros() {
    List<Page> pages = seed.confluence().pages();
    assertTrue(pages.size() >= 12, pages.size() + " pages");
    assertEquals(2, seed.confluence().spaces().size());
    String all = pages.stream().map(Page::storage)
        .collect(Collectors.joining());
    for (String part : List.of("<h1>", "<table", "<ac:structured-macro ac:name=\"code\"",
        "<ac:parameter ac:name=\"language\">java</ac:parameter>", "<ac:structured-macro ac:name=\"info\"",
        "<ac:structured-macro ac:name=\"note\"", "<ac:link><ri:page", "<a href=", "<ul>", "<ol>",
        "<![CDATA[")) {
      assertTrue(all.contains(part), part);
    }
    assertTrue(pages.stream().anyMatch(page -> page.parentId() != null
        && seed.confluence().page(page.parentId()).orElseThrow().parentId() != null), "a grandchild page");
  }

  @Test
  void theSameAnchorGivesTheSameSite() {
    SeedData again = SeedData.create(users, ANCHOR);
    Map<String, String> first = fingerprint(seed);
    assertEquals(first, fingerprint(again));
  }

  private static Map<String, String> fingerprint(SeedData data) {
    return data.jira().issues().stream().collect(Collectors.toMap(Issue::key, issue -> issue.summary() + "|"
        + issue.status().name() + "|" + issue.created() + "|" + Json.write(issue.description() == null
        ? new JsonObject() : issue.description())));
  }

  private static List<Issue> issues(String project) {
    return seed.jira().issues().stream().filter(issue -> issue.project().key().equals(project)).toList();
  }

  private static <T> Set<T> collect(List<Issue> issues, Function<Issue, T> property) {
    return issues.stream().map(property).collect(Collectors.toSet());
  }
}
