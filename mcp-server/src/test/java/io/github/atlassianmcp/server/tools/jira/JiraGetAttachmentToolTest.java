package io.github.atlassianmcp.server.tools.jira;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.atlassianmcp.server.testkit.InProcessServer;
import io.github.atlassianmcp.server.testkit.ToolCall;
import io.github.atlassianmcp.server.tools.ToolResult;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class JiraGetAttachmentToolTest {

  @RegisterExtension
  static final InProcessServer SERVER = new InProcessServer();

  @Test
  void aTextAttachmentIsReadAsTextThroughJirasRedirect() {
    ToolCall call = SERVER.call("jira_get_attachment", Map.of("attachment_id", attachmentId("PROJ-12",
        "webhook-error.log")));
    assertTrue(call.text().startsWith("# webhook-error.log (text/plain, 572 bytes, by Priya Natarajan, "),
        call.text());
    assertTrue(call.text().contains("\n```\n2024-05-02T09:14:07.311Z INFO  [webhook-consumer] Fetched batch 48213"),
        call.text());
    assertTrue(call.text().contains("java.util.NoSuchElementException: No value present"), call.text());
    assertEquals("text", call.structured().get("shown"));
    assertEquals(303, call.requests("GET", "/attachment/content/").get(0).status());
    assertTrue(call.exchanges().stream().anyMatch(e -> e.url().contains("/binary?token=")
        && !e.requestHeaders().containsKey("Authorization")), "the media host gets no credentials: "
        + call.exchanges());
  }

  @Test
  void aPngIsImageContent() {
    ToolCall call = SERVER.call("jira_get_attachment", Map.of("attachment_id", attachmentId("PROJ-12",
        "empty-list.png")));
    assertTrue(call.text().startsWith("empty-list.png (image/png, 94 bytes, by Morgan Lee, "), call.text());
    List<ToolResult.Image> images = call.result().images();
    assertEquals(1, images.size());
    assertEquals("image/png", images.get(0).mimeType());
    byte[] png = Base64.getDecoder().decode(images.get(0).base64());
    assertArrayEquals(new byte[] {(byte) 0x89, 'P', 'N', 'G'}, java.util.Arrays.copyOf(png, 4));
    assertEquals(94, png.length);
  }

  @Test
  void anotherKindOfFileIsDescribedNotDownloaded() {
    SERVER.text("jira_add_attachment", Map.of("issue_key", "PROJ-3", "filename", "contract.pdf",
        "content_base64", Base64.getEncoder().encodeToString("%PDF-1.7 not really".getBytes())));
    ToolCall call = SERVER.call("jira_get_attachment", Map.of("attachment_id", attachmentId("PROJ-3",
        "contract.pdf")));
    assertTrue(call.text().startsWith("contract.pdf (application/pdf, 19 bytes"), call.text());
    assertTrue(call.text().contains("is neither text nor an image, so its content is not shown. Download it from"
        + " http"), call.text());
    assertEquals(List.of(), call.requests("GET", "/attachment/content/"));
  }

  @Test
  void aMissingAttachmentIsNamed() {
    String error = SERVER.error("jira_get_attachment", Map.of("attachment_id", "999999"));
    assertTrue(error.contains("999999"), error);
  }

  /** The id jira_get_issue gives the attachment of this name. */
  @SuppressWarnings("unchecked")
  static String attachmentId(String key, String filename) {
    Map<String, Object> details = (Map<String, Object>) SERVER.call("jira_get_issue",
        Map.of("issue_key", key, "comments", 0)).structured().get("details");
    return ((List<Map<String, Object>>) details.get("attachments")).stream()
        .filter(a -> filename.equals(a.get("filename"))).map(a -> (String) a.get("id")).findFirst().orElseThrow();
  }
}
