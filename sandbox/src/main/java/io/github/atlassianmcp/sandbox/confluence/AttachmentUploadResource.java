package io.github.atlassianmcp.sandbox.confluence;

import io.github.atlassianmcp.sandbox.http.Call;
import io.github.atlassianmcp.sandbox.http.HttpResponse;
import io.github.atlassianmcp.sandbox.http.Json;
import io.github.atlassianmcp.sandbox.http.MultipartForm;
import io.github.atlassianmcp.sandbox.http.Router;
import io.github.atlassianmcp.sandbox.media.MediaFile;
import java.net.URLConnection;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Attachment upload, v1's {@code POST /wiki/rest/api/content/{id}/child/attachment} (v2 has no upload):
 * multipart/form-data with one or more {@code file} parts, optional {@code comment} parts (one per file) and
 * {@code minorEdit}. As on Cloud, the request must carry {@code X-Atlassian-Token: no-check} (or the older
 * {@code nocheck}) or it is refused "XSRF check failed", and a file name the page already has is refused
 * "Cannot add a new attachment with same file name as an existing attachment: ...".
 */
public final class AttachmentUploadResource {

  private static final Set<String> XSRF_BYPASS = Set.of("no-check", "nocheck");

  private final ConfluenceSite site;

  public AttachmentUploadResource(ConfluenceSite site) {
    this.site = site;
  }

  public void register(Router router) {
    router.add("POST", "/wiki/rest/api/content/{id}/child/attachment", Set.of("multipart/form-data"), this::upload);
  }

  private HttpResponse upload(Call call) {
    if (!XSRF_BYPASS.contains(call.request().header("x-atlassian-token").orElse("").strip().toLowerCase(Locale.ROOT))) {
      return HttpResponse.text(403, "text/plain;charset=UTF-8", "XSRF check failed");
    }
    Page page = site.v1Page(call);
    List<MultipartForm.Part> parts = MultipartForm.parse(call.request())
        .orElseThrow(() -> ConfluenceSite.v1Error(400, "Send the files as multipart/form-data, each in a part"
            + " named file."));
    List<MultipartForm.Part> files = parts.stream().filter(part -> part.name() != null && part.name().equals("file")
        && part.isFile()).toList();
    List<String> comments = parts.stream().filter(part -> "comment".equals(part.name()))
        .map(MultipartForm.Part::text).toList();
    boolean minorEdit = parts.stream().filter(part -> "minorEdit".equals(part.name()))
        .anyMatch(part -> part.text().strip().replace("\"", "").equalsIgnoreCase("true"));
    if (files.isEmpty()) {
      throw ConfluenceSite.v1Error(400, "No file was sent: add a part named file with a file name.");
    }
    if (!comments.isEmpty() && comments.size() != files.size()) {
      throw ConfluenceSite.v1Error(400, "Give every file a comment, in the same order, or give no comments.");
    }
    Instant now = site.clock().instant();
    List<Attachment> added = site.store().atomically(() -> {
      List<Attachment> created = new ArrayList<>();
      for (int i = 0; i < files.size(); i++) {
        MultipartForm.Part file = files.get(i);
        String filename = file.filename().strip();
        boolean taken = site.store().attachments(page.id()).stream()
            .anyMatch(existing -> existing.filename().equals(filename))
            || created.stream().anyMatch(existing -> existing.filename().equals(filename));
        if (filename.isEmpty() || taken) {
          throw ConfluenceSite.v1Error(400, "Cannot add a new attachment with same file name as an existing"
              + " attachment: " + filename);
        }
        String mediaType = mediaType(file);
        MediaFile media = site.media().add(filename, mediaType, file.bytes());
        created.add(new Attachment(site.store().nextId(), page.id(), filename, mediaType, media.size(),
            comments.isEmpty() ? "" : comments.get(i), media.id(), now,
            new PageVersion(1, now, call.caller().user(), "", minorEdit)));
      }
      created.forEach(site.store()::put);
      return created;
    });
    return HttpResponse.json(200, Json.object()
        .put("results", Json.array(added, attachment -> AttachmentJson.v1(attachment, page, call.apiBase())))
        .put("start", 0)
        .put("limit", 50)
        .put("size", added.size())
        .put("_links", Json.object().put("base", call.siteBase() + "/wiki").put("context", "/wiki"))
        .build());
  }

  /** The part's own type, else one guessed from the file name, else bytes. */
  private static String mediaType(MultipartForm.Part file) {
    String declared = file.contentType() == null ? "" : file.contentType().split(";", 2)[0].strip();
    if (!declared.isEmpty() && !declared.equals("application/octet-stream")) {
      return declared;
    }
    String guessed = URLConnection.guessContentTypeFromName(file.filename());
    return guessed != null ? guessed : "application/octet-stream";
  }
}
