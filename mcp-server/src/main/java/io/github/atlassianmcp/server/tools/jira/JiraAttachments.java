package io.github.atlassianmcp.server.tools.jira;

import com.google.gson.reflect.TypeToken;
import io.github.atlassianmcp.client.jira.platform.api.IssueAttachmentsApi;
import io.github.atlassianmcp.client.jira.platform.model.Attachment;
import io.github.atlassianmcp.client.jira.platform.model.AttachmentMetadata;
import io.github.atlassianmcp.server.atlassian.AtlassianCall;
import io.github.atlassianmcp.server.atlassian.Product;
import io.github.atlassianmcp.server.auth.AtlassianAccess;
import io.github.atlassianmcp.server.tools.files.AttachmentUpload;
import io.github.atlassianmcp.server.tools.jira.JiraViews.AddedAttachment;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/** Issue attachments: their metadata, their bytes (through Jira's redirect to its media host), and uploads. */
public final class JiraAttachments {

  /** Media types read as text besides text/*. */
  private static final Set<String> TEXT_TYPES = Set.of("application/json", "application/xml", "application/yaml",
      "application/x-yaml", "application/javascript", "application/x-sh", "application/sql", "application/csv",
      "application/x-ndjson", "image/svg+xml");
  /** File extensions read as text when Jira only knows the bytes (application/octet-stream). */
  private static final Set<String> TEXT_EXTENSIONS = Set.of("txt", "log", "md", "csv", "json", "xml", "yaml", "yml",
      "sql", "sh", "properties", "conf", "ini", "diff", "patch", "java", "py", "js", "ts", "go", "kt", "html");
  /** Images an MCP client shows as image content. */
  private static final Set<String> IMAGE_TYPES = Set.of("image/png", "image/jpeg", "image/gif", "image/webp");

  private final AtlassianAccess access;

  public JiraAttachments(AtlassianAccess access) {
    this.access = Objects.requireNonNull(access, "access");
  }

  AttachmentMetadata metadata(String id) {
    return AtlassianCall.run(Product.JIRA, JiraOperations.GET_ATTACHMENT, "Attachment " + id, () ->
        new IssueAttachmentsApi(access.clients().jiraPlatform()).getAttachment(id).execute());
  }

  /**
   * The attachment's bytes. Jira answers {@code 303 See Other} to its media host, which the HTTP client follows
   * (without the Authorization header, as it goes to another host: the URL's token is the credential).
   */
  byte[] content(String id) {
    var client = access.clients().jiraPlatform();
    return AtlassianCall.run(Product.JIRA, JiraOperations.ATTACHMENT_CONTENT, "Attachment " + id, () ->
        // Gson's type for byte[] (not byte[].class) is what makes the client hand over the body as bytes.
        client.<byte[]>execute(new IssueAttachmentsApi(client).getAttachmentContent(id).buildCall(null),
            new TypeToken<byte[]>() { }.getType()).getData());
  }

  List<AddedAttachment> add(String key, AttachmentUpload upload) {
    var client = access.clients().jiraPlatform();
    var request = upload.request(client.getBasePath() + "/rest/api/3/issue/" + key + "/attachments", Map.of());
    List<Attachment> added = AtlassianCall.run(Product.JIRA, JiraOperations.ADD_ATTACHMENT, key, () ->
        client.<List<Attachment>>execute(client.getHttpClient().newCall(request),
            new TypeToken<List<Attachment>>() { }.getType()).getData());
    return (added == null ? List.<Attachment>of() : added).stream()
        .map(a -> new AddedAttachment(String.valueOf(a.getId()), Objects.toString(a.getFilename(), upload.filename()),
            Objects.toString(a.getMimeType(), upload.mediaType()), a.getSize() == null ? upload.size() : a.getSize()))
        .toList();
  }

  static boolean isText(String mimeType, String filename) {
    String type = baseType(mimeType);
    if (type.startsWith("text/") || TEXT_TYPES.contains(type) || type.endsWith("+json") || type.endsWith("+xml")) {
      return true;
    }
    int dot = filename.lastIndexOf('.');
    return type.equals("application/octet-stream") && dot >= 0
        && TEXT_EXTENSIONS.contains(filename.substring(dot + 1).toLowerCase(Locale.ROOT));
  }

  static Optional<String> imageType(String mimeType) {
    String type = baseType(mimeType);
    return IMAGE_TYPES.contains(type) ? Optional.of(type) : Optional.empty();
  }

  private static String baseType(String mimeType) {
    return mimeType == null ? "" : mimeType.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
  }
}
