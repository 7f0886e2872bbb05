package io.github.atlassianmcp.sandbox.seed;

import static io.github.atlassianmcp.sandbox.adf.Adf.blockquote;
import static io.github.atlassianmcp.sandbox.adf.Adf.bulletList;
import static io.github.atlassianmcp.sandbox.adf.Adf.code;
import static io.github.atlassianmcp.sandbox.adf.Adf.codeBlock;
import static io.github.atlassianmcp.sandbox.adf.Adf.date;
import static io.github.atlassianmcp.sandbox.adf.Adf.doc;
import static io.github.atlassianmcp.sandbox.adf.Adf.em;
import static io.github.atlassianmcp.sandbox.adf.Adf.emoji;
import static io.github.atlassianmcp.sandbox.adf.Adf.hardBreak;
import static io.github.atlassianmcp.sandbox.adf.Adf.heading;
import static io.github.atlassianmcp.sandbox.adf.Adf.inlineCard;
import static io.github.atlassianmcp.sandbox.adf.Adf.item;
import static io.github.atlassianmcp.sandbox.adf.Adf.link;
import static io.github.atlassianmcp.sandbox.adf.Adf.mention;
import static io.github.atlassianmcp.sandbox.adf.Adf.orderedList;
import static io.github.atlassianmcp.sandbox.adf.Adf.panel;
import static io.github.atlassianmcp.sandbox.adf.Adf.paragraph;
import static io.github.atlassianmcp.sandbox.adf.Adf.rule;
import static io.github.atlassianmcp.sandbox.adf.Adf.status;
import static io.github.atlassianmcp.sandbox.adf.Adf.strike;
import static io.github.atlassianmcp.sandbox.adf.Adf.strong;
import static io.github.atlassianmcp.sandbox.adf.Adf.table;
import static io.github.atlassianmcp.sandbox.adf.Adf.text;
import static io.github.atlassianmcp.sandbox.adf.Adf.textColor;
import static io.github.atlassianmcp.sandbox.adf.Adf.underline;

import com.google.gson.JsonObject;
import io.github.atlassianmcp.sandbox.SandboxUser;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Rich ADF documents for seeded descriptions and comments, written the way people write in Jira: headings,
 * marks, links, nested lists, code blocks with a language, mentions, tables, panels, emoji, status lozenges,
 * dates and smart links. Every one passes the official ADF schema (the seed test checks them all).
 */
final class AdfSamples {

  static final String SITE = "https://sandbox.atlassian.net";
  private static final String[] LANGUAGES = {"java", "json", "bash", "sql", "typescript", "yaml"};

  private final Random random;
  private final List<SandboxUser> people;

  AdfSamples(Random random, List<SandboxUser> people) {
    this.random = random;
    this.people = people;
  }

  JsonObject bug(String summary, String area, Instant created) {
    SandboxUser witness = person();
    return doc(
        paragraph(text("Reported by "), mention(witness.accountId(), witness.displayName()),
            text(" on "), date(created.minus(Duration.ofDays(1))), text(". "), text(summary, em())),
        heading(3, "Steps to reproduce"),
        orderedList(
            item("Sign in as a user with the Billing admin role"),
            item(paragraph(text("Open "), text("/" + slug(area), code()), text(" and wait for the list to load"))),
            item(paragraph(text("Trigger the action twice within a second")),
                bulletList(item("on a slow 3G profile"), item("with the cache disabled")))),
        heading(3, "Expected"),
        paragraph(text("The " + area + " responds once and keeps the data consistent.")),
        heading(3, "Actual"),
        paragraph(text("It fails ", strong()), text("about one time in five, and the log shows:")),
        codeBlock(language(), sampleCode(area)),
        table(List.of("Environment", "Version", "Seen"),
            List.of(List.of("Production", "2.14." + random.nextInt(9), "Yes"),
                List.of("Staging", "2.15.0-rc" + (1 + random.nextInt(3)), random.nextBoolean() ? "Yes" : "No"))),
        panel("warning", paragraph(text("Customers on the Enterprise plan are affected; see "),
            text("the incident notes", link(SITE + "/wiki/spaces/ENG/pages/" + (300000 + random.nextInt(9000)))),
            text("."))));
  }

  JsonObject story(String summary, String area, Instant due) {
    return doc(
        paragraph(text("As a ", em()), text("team admin", em(), strong()), text(", I want to "),
            text(summary.toLowerCase(Locale.ROOT)), text(" so that I spend less time on support requests.")),
        heading(2, "Acceptance criteria"),
        bulletList(
            item(paragraph(text("The " + area + " shows the new option to admins only"))),
            item(paragraph(text("Changes are recorded in the audit log")),
                bulletList(item("who made the change"), item("the old and the new value"))),
            item(paragraph(text("Works with keyboard only "), emoji(":keyboard:", "2328", "⌨️")))),
        panel("info", paragraph(text("Designs: "), inlineCard("https://www.figma.com/file/" + token() + "/Phoenix"))),
        paragraph(text("Status: "), status(random.nextBoolean() ? "READY FOR DEV" : "NEEDS DESIGN",
            random.nextBoolean() ? "green" : "yellow"), text(" target "), date(due)),
        paragraph(text("Out of scope: "), text("bulk edits", strike()), text(" (later, see "),
            inlineCard(SITE + "/browse/PROJ-" + (1 + random.nextInt(40))), text(")")));
  }

  JsonObject task(String summary, String area) {
    return doc(
        paragraph(text(summary + ". ", strong()), text("Part of keeping the " + area + " healthy.")),
        bulletList(
            item("Check the dashboards before and after"),
            item(paragraph(text("Update the runbook "), text("section 4", link(SITE + "/wiki/spaces/OPS/pages/"
                + (200000 + random.nextInt(9000)))))),
            item("Announce in #eng-platform")),
        codeBlock("bash", "./gradlew :" + slug(area) + ":check --no-daemon\nkubectl rollout status deploy/"
            + slug(area)),
        rule(),
        blockquote(paragraph(text("Small, safe steps. ", em()), text("Roll back if error rates rise above 0.5%."))));
  }

  JsonObject epic(String name, Instant start) {
    return doc(
        heading(1, name),
        paragraph(text("Goal: ", strong()), text("ship " + name.toLowerCase(Locale.ROOT)
            + " without downtime, behind a feature flag.")),
        heading(2, "Milestones"),
        table(List.of("Milestone", "Owner", "Date"),
            List.of(List.of("Design review", person().displayName(), day(start.plus(Duration.ofDays(14)))),
                List.of("Beta", person().displayName(), day(start.plus(Duration.ofDays(45)))),
                List.of("General availability", person().displayName(), day(start.plus(Duration.ofDays(90)))))),
        panel("success", paragraph(text("Success metric: conversion "), text("+2%", textColor("#36b37e")),
            text(" within a quarter."))));
  }

  JsonObject demo(String summary) {
    return doc(paragraph(text(summary + ". "), text("See the ", em()), text("demo guide", link(SITE
        + "/wiki/spaces/ENG/pages/311001")), text(".")));
  }

  /** A comment, one of several styles; {@code issueKey} lets a comment point at a neighbour. */
  JsonObject comment(String issueKey, String area) {
    SandboxUser someone = person();
    return switch (random.nextInt(6)) {
      case 0 -> doc(paragraph(text("Looks good to me "), emoji(":thumbsup:", "1f44d", "👍")));
      case 1 -> doc(paragraph(mention(someone.accountId(), someone.displayName()),
          text(" can you take a look at the " + area + " part? I am not sure about the retry logic.")));
      case 2 -> doc(paragraph(text("Stack trace from production:")),
          codeBlock(language(), sampleCode(area)));
      case 3 -> doc(paragraph(text("Fixed in "), text("PR #" + (100 + random.nextInt(900)),
          link("https://github.com/example/phoenix/pull/" + (100 + random.nextInt(900)))),
          text(", deploying with the next release.")));
      case 4 -> doc(paragraph(text("Blocked by "), inlineCard(SITE + "/browse/" + issueKey), text(" "),
          status("BLOCKED", "red")), paragraph(text("Will pick it up again after the freeze.", underline())));
      default -> doc(paragraph(text("Notes from the sync:"), hardBreak(), text("decided to keep the old endpoint")),
          bulletList(item("owner: " + someone.displayName()), item("next check-in on Thursday")));
    };
  }

  JsonObject worklogComment(String area) {
    return doc(paragraph(text(random.nextBoolean() ? "Investigated the " + area + " logs"
        : "Paired on the " + area + " change", em())));
  }

  SandboxUser person() {
    return people.get(random.nextInt(people.size()));
  }

  private String language() {
    return LANGUAGES[random.nextInt(LANGUAGES.length)];
  }

  private String sampleCode(String area) {
    return "ERROR " + slug(area) + " - request failed after 3 retries\n"
        + "java.lang.IllegalStateException: stale version " + (1000 + random.nextInt(9000)) + "\n"
        + "    at io.phoenix." + slug(area).replace("-", "") + ".Handler.apply(Handler.java:" + (40 + random.nextInt(200))
        + ")";
  }

  private String token() {
    return Long.toString(Math.abs(random.nextLong()), 36);
  }

  private static String slug(String text) {
    return text.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
  }

  private static String day(Instant instant) {
    return instant.toString().substring(0, 10);
  }
}
