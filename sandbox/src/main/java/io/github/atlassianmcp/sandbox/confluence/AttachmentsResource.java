package io.github.atlassianmcp.sandbox.confluence;

import io.github.atlassianmcp.sandbox.http.Call;
import io.github.atlassianmcp.sandbox.http.HttpResponse;
import io.github.atlassianmcp.sandbox.http.Router;
import io.github.atlassianmcp.sandbox.media.MediaFile;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reading attachments: v2's list of a page's attachments and one attachment (metadata only, as on Cloud), and
 * v1's download, which answers 302 to a short-lived media URL that needs no credentials. The web UI's
 * {@code /wiki/download/attachments/...} path that v2's {@code downloadLink} names is not served: Atlassian
 * retired it for API clients (CHANGE-2735), so the download operation is the way to the bytes.
 */
public final class AttachmentsResource {

  private final ConfluenceSite site;

  public AttachmentsResource(ConfluenceSite site) {
    this.site = site;
  }

  public void register(Router router) {
    router.get("/wiki/api/v2/pages/{id}/attachments", this::ofPage);
    router.get("/wiki/api/v2/attachments/{id}", this::get);
    router.get("/wiki/rest/api/content/{id}/child/attachment/{attachmentId}/download", this::download);
  }

  private HttpResponse ofPage(Call call) {
    long pageId = ConfluenceSite.id(call, "id");
    Page page = site.store().page(pageId).orElseThrow(ConfluenceSite::v2NotFound);
    Space space = site.store().space(page.spaceId()).orElseThrow();
    V2Page.Window window = V2Page.window(call);
    String mediaType = call.query("mediaType").orElse(null);
    String filename = call.query("filename").orElse(null);
    List<Attachment> attachments = new ArrayList<>(site.store().attachments(pageId).stream()
        .filter(attachment -> mediaType == null || attachment.mediaType().equals(mediaType))
        .filter(attachment -> filename == null || attachment.filename().equals(filename))
        .toList());
    String sort = call.query("sort").orElse("created-date");
    boolean descending = sort.startsWith("-");
    Comparator<Attachment> order = switch (descending ? sort.substring(1) : sort) {
      case "created-date" -> Comparator.comparing(Attachment::createdAt).thenComparingLong(Attachment::id);
      case "modified-date" -> Comparator.comparing((Attachment attachment) -> attachment.version().createdAt())
          .thenComparingLong(Attachment::id);
      default -> throw ConfluenceSite.v2BadRequest("sort must be one of created-date, modified-date (with - for"
          + " descending), was '" + sort + "'.");
    };
    attachments.sort(descending ? order.reversed() : order);
    V2Page.Window paged = call.query("limit").isPresent() ? window : new V2Page.Window(window.offset(), 50);
    return V2Page.of(call, attachments, paged, attachment -> AttachmentJson.v2(attachment, space));
  }

  private HttpResponse get(Call call) {
    Attachment attachment = attachment(call.pathVariable("id"))
        .orElseThrow(ConfluenceSite::v2NotFound);
    Page page = site.store().page(attachment.pageId()).orElseThrow();
    Space space = site.store().space(page.spaceId()).orElseThrow();
    var json = AttachmentJson.v2(attachment, space);
    json.getAsJsonObject("_links").addProperty("base", call.siteBase() + "/wiki");
    return HttpResponse.json(200, json);
  }

  private HttpResponse download(Call call) {
    Page page = site.v1Page(call);
    String attachmentId = call.pathVariable("attachmentId");
    Attachment attachment = attachment(attachmentId).filter(found -> found.pageId() == page.id())
        .orElseThrow(() -> ConfluenceSite.v1Error(404, "No attachment " + attachmentId + " on content "
            + page.id() + "."));
    call.query("version").ifPresent(version -> {
      if (!version.equals(Integer.toString(attachment.version().number()))) {
        throw ConfluenceSite.v1Error(400, "The attachment has no version " + version + "; its latest is "
            + attachment.version().number() + ".");
      }
    });
    MediaFile file = site.media().mediaFile(attachment.fileId()).orElseThrow();
    String location = site.mediaHost().downloadUrl(call.siteBase(), file);
    return new HttpResponse(302, Map.of("Location", location), new byte[0]);
  }

  /** An attachment by its ID, written with or without the {@code att} prefix. */
  private Optional<Attachment> attachment(String id) {
    String digits = id.startsWith("att") ? id.substring(3) : id;
    try {
      return site.store().attachment(Long.parseLong(digits));
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }
}
