package io.github.atlassianmcp.sandbox.seed;

import io.github.atlassianmcp.sandbox.SandboxUser;
import io.github.atlassianmcp.sandbox.confluence.Attachment;
import io.github.atlassianmcp.sandbox.confluence.ConfluenceStore;
import io.github.atlassianmcp.sandbox.confluence.FooterComment;
import io.github.atlassianmcp.sandbox.confluence.Page;
import io.github.atlassianmcp.sandbox.confluence.PageBodyContext;
import io.github.atlassianmcp.sandbox.confluence.PageVersion;
import io.github.atlassianmcp.sandbox.confluence.Space;
import io.github.atlassianmcp.sandbox.confluence.body.Body;
import io.github.atlassianmcp.sandbox.confluence.body.StorageToAdf;
import io.github.atlassianmcp.sandbox.media.MediaFile;
import io.github.atlassianmcp.sandbox.media.MediaFiles;
import io.github.atlassianmcp.sandbox.users.UserDirectory;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;

/**
 * "Checkout v2 Launch Plan" in ENG: a page made for checking that edits lose nothing. It holds what markdown
 * cannot express, written as Confluence's editor writes it: a table of contents, a Jira issue macro with
 * parameters, a third-party macro the sandbox does not know (draw.io), an image of an attachment (seeded with
 * it), a two-column layout with headings in its cells, an expand, a status lozenge, a user mention and an emoji,
 * and three sections under h2 headings (Overview, Rollout plan, Risks). A footer comment with a reply sits on it.
 */
final class LossCheckPage {

  static final String TITLE = "Checkout v2 Launch Plan";
  static final String IMAGE = "checkout-flow.png";

  /** A 1x1 PNG: the attachment's bytes only need to be a real image. */
  private static final byte[] PNG = Base64.getDecoder().decode(
      "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==");

  private final ConfluenceStore store;
  private final MediaFiles media;
  private final UserDirectory users;
  private final Instant anchor;

  LossCheckPage(ConfluenceStore store, MediaFiles media, UserDirectory users, Instant anchor) {
    this.store = store;
    this.media = media;
    this.users = users;
    this.anchor = anchor;
  }

  void seed() {
    Space eng = store.spaceByKey("ENG").orElseThrow();
    SandboxUser priya = users.byAccountId(SeedUsers.PRIYA).orElseThrow();
    SandboxUser jonas = users.byAccountId(SeedUsers.JONAS).orElseThrow();
    Instant created = anchor.minus(Duration.ofDays(30));
    Instant modified = anchor.minus(Duration.ofDays(2));
    long pageId = store.nextId();
    MediaFile image = media.add(IMAGE, "image/png", PNG);
    store.put(new Attachment(store.nextId(), pageId, IMAGE, "image/png", image.size(), "Payment flow diagram",
        image.id(), created, new PageVersion(1, created, priya, "", false)));
    String storage = storage();
    int position = store.children(eng.homepageId()).stream().mapToInt(Page::position).max().orElse(0) + 1;
    store.put(new Page(pageId, eng.id(), TITLE, eng.homepageId(), position, priya, created,
        new PageVersion(3, modified, jonas, "Risks reviewed with payments", false), storage,
        StorageToAdf.convert(storage, new PageBodyContext(store, users, pageId)), List.of("launch", "payments")));

    Instant commented = anchor.minus(Duration.ofDays(1));
    long commentId = store.nextId();
    store.put(comment(commentId, pageId, null, jonas, commented,
        "<p>Do we have a rollback owner for the EU stage?</p>"));
    store.put(comment(store.nextId(), pageId, commentId, priya, commented.plus(Duration.ofHours(2)),
        "<p>Yes: the on-call payments engineer.</p>"));
  }

  private FooterComment comment(long id, long pageId, Long parentId, SandboxUser author, Instant when,
      String storage) {
    return new FooterComment(id, pageId, parentId, author, when, new PageVersion(1, when, author, "", false),
        new Body(storage, StorageToAdf.convert(storage, new PageBodyContext(store, users, pageId)), "storage"));
  }

  private static String storage() {
    return "<ac:structured-macro ac:name=\"toc\" ac:schema-version=\"1\" data-layout=\"default\""
        + " ac:macro-id=\"0b7f3c2a-6e1d-4f5a-9c8b-2d4e6f8a0b1c\"><ac:parameter ac:name=\"minLevel\">2</ac:parameter>"
        + "<ac:parameter ac:name=\"maxLevel\">3</ac:parameter><ac:parameter ac:name=\"style\">none</ac:parameter>"
        + "</ac:structured-macro>"
        + "<p>Owner: <ac:link><ri:user ri:account-id=\"" + SeedUsers.PRIYA + "\" /></ac:link> "
        + "<ac:emoticon ac:name=\"blue-star\" ac:emoji-shortname=\":rocket:\" ac:emoji-id=\"1f680\""
        + " ac:emoji-fallback=\"\uD83D\uDE80\" /> Status: <ac:structured-macro ac:name=\"status\""
        + " ac:schema-version=\"1\" ac:macro-id=\"4c2e9a1f-7b3d-4e6a-8f0c-1a2b3c4d5e6f\">"
        + "<ac:parameter ac:name=\"title\">ON TRACK</ac:parameter><ac:parameter ac:name=\"colour\">Green"
        + "</ac:parameter></ac:structured-macro></p>"
        + "<h2>Overview</h2>"
        + "<p>Checkout v2 replaces the legacy payment form. The work is tracked in "
        + "<ac:structured-macro ac:name=\"jira\" ac:schema-version=\"1\""
        + " ac:macro-id=\"9d8c7b6a-5f4e-4d3c-8b2a-1f0e9d8c7b6a\"><ac:parameter ac:name=\"server\">System Jira"
        + "</ac:parameter><ac:parameter ac:name=\"serverId\">8f4e2c1a-5b6d-4e7f-9a0b-1c2d3e4f5a6b</ac:parameter>"
        + "<ac:parameter ac:name=\"key\">PROJ-1</ac:parameter></ac:structured-macro>.</p>"
        + "<ac:image ac:align=\"center\" ac:layout=\"center\" ac:alt=\"Checkout v2 payment flow\" ac:width=\"640\">"
        + "<ri:attachment ri:filename=\"" + IMAGE + "\" ri:version-at-save=\"1\" /></ac:image>"
        + "<ac:layout><ac:layout-section ac:type=\"two_equal\" ac:breakout-mode=\"default\"><ac:layout-cell>"
        + "<h3>Goals</h3><ul><li><p>Cut payment failures by half</p></li><li><p>One form for web and mobile</p>"
        + "</li></ul></ac:layout-cell><ac:layout-cell><h3>Non-goals</h3><p>Changing the pricing pages.</p>"
        + "</ac:layout-cell></ac:layout-section></ac:layout>"
        + "<h2>Rollout plan</h2>"
        + "<ol><li><p>Internal dogfood</p></li><li><p>5% of EU traffic</p></li><li><p>Everyone</p></li></ol>"
        + "<ac:structured-macro ac:name=\"drawio\" ac:schema-version=\"1\" data-layout=\"default\""
        + " ac:macro-id=\"2a4c6e8f-0b1d-4f3a-8c5e-7a9b1c3d5e7f\"><ac:parameter ac:name=\"diagramName\">"
        + "rollout-stages</ac:parameter><ac:parameter ac:name=\"revision\">4</ac:parameter>"
        + "<ac:parameter ac:name=\"width\">800</ac:parameter></ac:structured-macro>"
        + "<ac:structured-macro ac:name=\"expand\" ac:schema-version=\"1\""
        + " ac:macro-id=\"6f5e4d3c-2b1a-4c9d-8e7f-0a1b2c3d4e5f\"><ac:parameter ac:name=\"title\">Feature flags"
        + "</ac:parameter><ac:rich-text-body><p><code>checkout-v2</code> and <code>checkout-v2-eu</code></p>"
        + "</ac:rich-text-body></ac:structured-macro>"
        + "<h2>Risks</h2>"
        + "<table data-layout=\"default\"><tbody><tr><th><p>Risk</p></th><th><p>Mitigation</p></th></tr>"
        + "<tr><td><p>Card declines rise</p></td><td><p>Turn the flag off</p></td></tr></tbody></table>"
        + "<ac:structured-macro ac:name=\"warning\" ac:schema-version=\"1\""
        + " ac:macro-id=\"8e7d6c5b-4a3f-4e2d-9c1b-0a9f8e7d6c5b\"><ac:rich-text-body><p>No launch during the December"
        + " freeze.</p></ac:rich-text-body></ac:structured-macro>";
  }
}
