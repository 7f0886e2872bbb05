package io.github.atlassianmcp.sandbox.confluence;

import com.google.gson.JsonObject;
import io.github.atlassianmcp.sandbox.http.Json;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * An attachment as the v1 API (content of type attachment) and the v2 API write it. Both carry the
 * {@code /download/attachments/...} link of the web UI, which no longer serves API clients on Cloud; the bytes
 * come from the v1 download operation.
 */
final class AttachmentJson {

  private static final Map<String, String> DESCRIPTIONS = Map.of(
      "image/png", "PNG Image",
      "image/jpeg", "JPEG Image",
      "image/gif", "GIF Image",
      "image/svg+xml", "SVG Image",
      "application/pdf", "PDF Document",
      "text/plain", "Text File",
      "application/json", "JSON File",
      "application/zip", "Zip Archive");

  private AttachmentJson() {}

  static JsonObject v2(Attachment attachment, Space space) {
    return Json.object()
        .put("id", attachment.idText())
        .put("status", "current")
        .put("title", attachment.filename())
        .put("createdAt", ConfluenceDates.format(attachment.createdAt()))
        .put("pageId", Long.toString(attachment.pageId()))
        .put("mediaType", attachment.mediaType())
        .put("mediaTypeDescription", description(attachment.mediaType()))
        .put("comment", attachment.comment())
        .put("fileId", attachment.fileId())
        .put("fileSize", attachment.fileSize())
        .put("webuiLink", webui(attachment))
        .put("downloadLink", download(attachment))
        .put("version", Json.object()
            .put("createdAt", ConfluenceDates.format(attachment.version().createdAt()))
            .put("message", attachment.version().message())
            .put("number", attachment.version().number())
            .put("minorEdit", attachment.version().minorEdit())
            .put("authorId", attachment.version().author().accountId()))
        .put("_links", Json.object().put("webui", webui(attachment)).put("download", download(attachment)))
        .build();
  }

  static JsonObject v1(Attachment attachment, Page page, String apiBase) {
    return Json.object()
        .put("id", attachment.idText())
        .put("type", "attachment")
        .put("status", "current")
        .put("title", attachment.filename())
        .put("version", Json.object()
            .put("by", V1Json.user(attachment.version().author()))
            .put("when", ConfluenceDates.format(attachment.version().createdAt()))
            .put("message", attachment.version().message())
            .put("number", attachment.version().number())
            .put("minorEdit", attachment.version().minorEdit())
            .put("contentTypeModified", false))
        .put("macroRenderedOutput", new JsonObject())
        .put("metadata", Json.object().put("comment", attachment.comment()).put("mediaType", attachment.mediaType()))
        .put("extensions", Json.object()
            .put("mediaType", attachment.mediaType())
            .put("fileSize", attachment.fileSize())
            .put("comment", attachment.comment())
            .put("mediaTypeDescription", description(attachment.mediaType()))
            .put("fileId", attachment.fileId())
            .put("collectionName", "contentId-" + page.id()))
        .put("_expandable", Json.object()
            .put("container", "/rest/api/content/" + page.id())
            .put("operations", "")
            .put("children", "/rest/api/content/" + attachment.idText() + "/child")
            .put("history", "/rest/api/content/" + attachment.idText() + "/history")
            .put("ancestors", "")
            .put("body", "")
            .put("descendants", "/rest/api/content/" + attachment.idText() + "/descendant")
            .put("space", "/rest/api/space/" + page.spaceId()))
        .put("_links", Json.object()
            .put("webui", webui(attachment))
            .put("download", download(attachment))
            .put("self", apiBase + "/wiki/rest/api/content/" + attachment.idText()))
        .build();
  }

  private static String webui(Attachment attachment) {
    return "/pages/viewpageattachments.action?pageId=" + attachment.pageId() + "&preview="
        + encode("/" + attachment.pageId() + "/" + attachment.id() + "/" + attachment.filename());
  }

  private static String download(Attachment attachment) {
    return "/download/attachments/" + attachment.pageId() + "/" + encode(attachment.filename()).replace("+", "%20")
        + "?version=" + attachment.version().number() + "&modificationDate="
        + attachment.version().createdAt().toEpochMilli() + "&cacheVersion=1&api=v2";
  }

  private static String description(String mediaType) {
    return DESCRIPTIONS.getOrDefault(mediaType, "File");
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }
}
