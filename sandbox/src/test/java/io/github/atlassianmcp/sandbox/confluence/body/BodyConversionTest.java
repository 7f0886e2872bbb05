package io.github.atlassianmcp.sandbox.confluence.body;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import io.github.atlassianmcp.sandbox.confluence.Page;
import io.github.atlassianmcp.sandbox.http.Json;
import io.github.atlassianmcp.sandbox.oauth.RandomTokens;
import io.github.atlassianmcp.sandbox.seed.SeedData;
import io.github.atlassianmcp.sandbox.seed.SeedUsers;
import io.github.atlassianmcp.specs.AdfValidator;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class BodyConversionTest {

  private static SeedData seed;
  private static AdfValidator validator;
  private final StorageCheck check = new StorageCheck();

  @BeforeAll
  static void build() {
    seed = SeedData.create(SeedUsers.create(new RandomTokens()), Instant.parse("2025-06-15T10:30:00Z"));
    validator = new AdfValidator();
  }

  @Test
  void wellFormedStorageWithEntitiesAndPrefixesPasses() {
    assertEquals(Optional.empty(), check.problem("<p>a&nbsp;b &mdash; c &amp; d</p><ac:structured-macro"
        + " ac:name=\"toc\" /><ri:page ri:content-title=\"x\" />"));
    assertEquals(Optional.empty(), check.problem(""));
  }

  @Test
  void malformedStorageGetsConfluencesSentences() {
    assertEquals("Error parsing xhtml: Unexpected close tag </xml>; expected </p>.\n"
        + " at [row,col {unknown-source}]: [1,20]", check.problem("<p>This page<p>").orElseThrow());
    assertTrue(check.problem("<p>a &bogus; b</p>").orElseThrow().startsWith(
        "Error parsing xhtml: Undeclared general entity \"bogus\""));
    assertTrue(check.problem("<p>x</p>\n<p>y</strong>").orElseThrow().endsWith("[2,12]"),
        "rows after the first keep their columns");
  }

  @Test
  void everySeededPageConvertsBothWaysIntoValidBodies() {
    List<String> failures = new ArrayList<>();
    for (Page page : seed.confluence().pages()) {
      String storage = AdfToStorage.convert(page.adf(), BodyContext.empty(page.id()));
      check.problem(storage).ifPresent(problem -> failures.add(page.title() + ": " + problem + "\n" + storage));
      JsonObject again = StorageToAdf.convert(storage, BodyContext.empty(page.id()));
      List<String> problems = validator.problems(Json.write(again));
      if (!problems.isEmpty()) {
        failures.add(page.title() + " (again): " + problems);
      }
    }
    assertEquals(List.of(), failures);
  }

  @Test
  void theLaunchPlanKeepsItsMacrosLayoutImageMentionAndEmojiInAdf() {
    Page launch = seed.confluence().pages().stream().filter(page -> page.title().equals("Checkout v2 Launch Plan"))
        .findFirst().orElseThrow();
    String adf = Json.write(launch.adf());
    assertEquals(List.of(), validator.problems(adf));
    for (String expected : List.of("\"extensionKey\":\"toc\"", "\"extensionKey\":\"drawio\"",
        "\"diagramName\":{\"value\":\"rollout-stages\"}", "\"type\":\"inlineExtension\"", "\"extensionKey\":\"jira\"",
        "\"type\":\"layoutSection\"", "\"type\":\"mediaSingle\"", "\"collection\":\"contentId-" + launch.id() + "\"",
        "\"type\":\"mention\"", "\"text\":\"@Priya Natarajan\"", "\"shortName\":\":rocket:\"", "\"type\":\"expand\"",
        "\"type\":\"status\"", "\"panelType\":\"warning\"")) {
      assertTrue(adf.contains(expected), expected + " in " + adf);
    }
  }

  @Test
  void blocksThatMayNotNestAreMadeToFit() {
    String storage = "<ul><li><h2>Heading in a list</h2><table><tbody><tr><td><p>cell</p></td></tr></tbody></table>"
        + "</li></ul><blockquote><ac:structured-macro ac:name=\"info\"><ac:rich-text-body><ac:structured-macro"
        + " ac:name=\"note\"><ac:rich-text-body><h1>deep</h1></ac:rich-text-body></ac:structured-macro>"
        + "</ac:rich-text-body></ac:structured-macro><hr /></blockquote><ac:layout><ac:layout-section"
        + " ac:type=\"single\"><ac:layout-cell><p>alone</p></ac:layout-cell></ac:layout-section></ac:layout>"
        + "<ac:task-list><ac:task><ac:task-id>1</ac:task-id><ac:task-status>complete</ac:task-status>"
        + "<ac:task-body>done</ac:task-body></ac:task></ac:task-list><p><code><strong>x</strong></code></p>";
    JsonObject adf = StorageToAdf.convert(storage, BodyContext.empty(1));
    String json = Json.write(adf);
    assertEquals(List.of(), validator.problems(json), json);
    for (String text : List.of("Heading in a list", "cell", "deep", "alone", "done")) {
      assertTrue(json.contains("\"text\":\"" + text + "\""), text + " survives in " + json);
    }
    assertTrue(json.contains("\"state\":\"DONE\""), json);
  }
}
