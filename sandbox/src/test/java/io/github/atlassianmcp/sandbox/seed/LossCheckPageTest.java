package io.github.atlassianmcp.sandbox.seed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.atlassianmcp.sandbox.confluence.Attachment;
import io.github.atlassianmcp.sandbox.confluence.FooterComment;
import io.github.atlassianmcp.sandbox.confluence.Page;
import io.github.atlassianmcp.sandbox.oauth.RandomTokens;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The page other tests check edits against: its IDs are published in the README, its content is the point. */
class LossCheckPageTest {

  private final SeedData seed = SeedData.create(SeedUsers.create(new RandomTokens()),
      Instant.parse("2025-06-15T10:30:00Z"));

  @Test
  void itsIdsAreStable() {
    Page page = seed.confluence().page(98317).orElseThrow();
    assertEquals(LossCheckPage.TITLE, page.title());
    assertEquals(98302L, page.parentId(), "under Engineering Home");
    Attachment image = seed.confluence().attachment(98318).orElseThrow();
    assertEquals(LossCheckPage.IMAGE, image.filename());
    List<FooterComment> comments = seed.confluence().comments(98317);
    assertEquals(1, comments.size());
    assertEquals(98319, comments.get(0).id());
    assertEquals(98320, seed.confluence().replies(98319).get(0).id());
  }

  @Test
  void itHoldsWhatMarkdownCannotExpressAndThreeSections() {
    String storage = seed.confluence().page(98317).orElseThrow().storage();
    for (String part : List.of("ac:name=\"toc\"", "ac:name=\"jira\"", "<ac:parameter ac:name=\"key\">PROJ-1",
        "ac:name=\"drawio\"", "<ri:attachment ri:filename=\"checkout-flow.png\"", "<ac:layout>", "<h3>Goals</h3>",
        "<ri:user ri:account-id=\"" + SeedUsers.PRIYA + "\"", "ac:emoji-shortname=\":rocket:\"", "ac:name=\"expand\"",
        "ac:name=\"status\"", "<h2>Overview</h2>", "<h2>Rollout plan</h2>", "<h2>Risks</h2>")) {
      assertTrue(storage.contains(part), part);
    }
    Attachment image = seed.confluence().attachment(98318).orElseThrow();
    byte[] png = seed.media().mediaFile(image.fileId()).orElseThrow().content();
    assertEquals(image.fileSize(), png.length);
    assertEquals((byte) 0x89, png[0]);
    assertEquals('P', png[1]);
  }
}
