package io.github.atlassianmcp.server.tools.confluence;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import io.github.atlassianmcp.server.testkit.InProcessServer;
import io.github.atlassianmcp.server.testkit.SiteRest;
import io.github.atlassianmcp.server.testkit.ToolCall;
import io.github.atlassianmcp.server.tools.files.LocalFiles;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

class ConfluenceAddAttachmentToolTest {

  @RegisterExtension
  static final InProcessServer SERVER = new InProcessServer();

  private static final Pattern ATTACHED = Pattern.compile("as attachment (att[0-9]+|[0-9]+)\\.");

  @TempDir
  Path folder;

  @Test
  void aFileOfTheServersDiskIsStoredByteForByte() throws IOException {
    byte[] bytes = new byte[300_000];
    new Random(7).nextBytes(bytes);
    Path file = folder.resolve("rollout-diagram.png");
    Files.write(file, bytes);

    ToolCall call = SERVER.call("confluence_add_attachment", Map.of("page_id", "98307", "file_path",
        file.toString()));

    assertTrue(call.text().startsWith("Attached rollout-diagram.png (293.0 KB, image/png) to page 98307 as attachment"),
        call.text());
    assertTrue(call.text().endsWith("Show it on the page with {{image rollout-diagram.png}} in confluence_update_page"
        + " content."), call.text());
    assertEquals(List.of("no-check"), call.requests("POST", "/child/attachment").get(0).requestHeaders()
        .get("X-Atlassian-Token"));
    assertArrayEquals(bytes, download("98307", attachmentId(call.text())));
  }

  @Test
  void base64BytesUnderANameOutsideAsciiAreStoredByteForByte() {
    byte[] bytes = "Quartalsbericht – Zahlen für Q3\n".getBytes(StandardCharsets.UTF_8);
    String answer = SERVER.text("confluence_add_attachment", Map.of("page_id", "98307", "filename",
        "Präsentation Q3.txt", "content_base64", Base64.getEncoder().encodeToString(bytes)));
    assertTrue(answer.startsWith("Attached Präsentation Q3.txt (35 bytes, text/plain) to page 98307"), answer);
    assertTrue(answer.contains("Link to it with {{attachment Präsentation Q3.txt}}"), answer);
    assertArrayEquals(bytes, download("98307", attachmentId(answer)));
    JsonArray listed = new SiteRest(SERVER.sandbox()).get("/wiki/api/v2/pages/98307/attachments?filename="
        + URLEncoder.encode("Präsentation Q3.txt", StandardCharsets.UTF_8)).getAsJsonObject().getAsJsonArray("results");
    assertEquals(1, listed.size(), "listed under its own name: " + listed);
  }

  @Test
  void anImageCanThenBeShownOnThePage() throws IOException {
    Path file = folder.resolve("flow.png");
    Files.write(file, Base64.getDecoder().decode(
        "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg=="));
    SERVER.text("confluence_add_attachment", Map.of("page_id", "98308", "file_path", file.toString()));
    SERVER.text("confluence_update_page", Map.of("page_id", "98308", "append", true,
        "content", "{{image flow.png}}"));
    String storage = new SiteRest(SERVER.sandbox()).storage("98308");
    assertTrue(storage.endsWith("<ac:image><ri:attachment ri:filename=\"flow.png\" /></ac:image>"), storage);
  }

  @Test
  void aNameThePageHasAlreadyIsRefusedWithTheWayOut() {
    String again = SERVER.error("confluence_add_attachment", Map.of("page_id", "98317", "filename",
        "checkout-flow.png", "content_base64", "iVBORw0KGgo="));
    assertEquals("Confluence rejected the request: Cannot add a new attachment with same file name as an existing"
        + " attachment: checkout-flow.png. Send it under another filename.", again);
  }

  @Test
  void pathsThatAreNotRegularReadableFilesAreRefusedBeforeSending() throws IOException {
    Path big = folder.resolve("big.bin");
    try (RandomAccessFile sparse = new RandomAccessFile(big.toFile(), "rw")) {
      sparse.setLength(LocalFiles.MAX_BYTES + 1);
    }
    Path credentials = SERVER.assembly().config().home().resolve("credentials.json");
    assertTrue(Files.exists(credentials), "the sign-in is stored there");
    Map<String, String> refusals = Map.of(
        folder.toString(), "is not a regular file",
        folder.resolve("missing.pdf").toString(), "does not exist on the server's machine",
        "report.pdf", "file_path must be absolute (e.g. /home/me/report.pdf or ~/report.pdf), got \"report.pdf\"",
        big.toString(), "is 50.0 MB; at most 50.0 MB are uploaded. Upload larger files on the site itself.",
        credentials.toString(), "is inside the server's own folder, which holds its credentials");
    for (Map.Entry<String, String> refusal : refusals.entrySet()) {
      ToolCall call = SERVER.call("confluence_add_attachment", Map.of("page_id", "98307", "file_path",
          refusal.getKey()));
      assertTrue(call.isError() && call.text().contains(refusal.getValue()), refusal.getKey() + ": " + call.text());
      assertEquals(List.of(), call.exchanges(), "nothing sent for " + refusal.getKey());
    }
    assertEquals("Invalid arguments for confluence_add_attachment: Give file_path (a file on the server's machine) or"
        + " content_base64 with filename.", SERVER.error("confluence_add_attachment", Map.of("page_id", "98307")));
    assertEquals("Invalid arguments for confluence_add_attachment: filename is needed with content_base64: the"
        + " attachment's name, e.g. \"flow.png\".", SERVER.error("confluence_add_attachment",
            Map.of("page_id", "98307", "content_base64", "aGk=")));
    assertTrue(SERVER.error("confluence_add_attachment", Map.of("page_id", "98307", "filename", "a.txt",
        "content_base64", "not base64!")).contains("content_base64 is not valid base64"));
    assertTrue(SERVER.error("confluence_add_attachment", Map.of("page_id", "98307", "filename", "../etc/passwd",
        "content_base64", "aGk=")).contains("filename must be"));
  }

  private static String attachmentId(String answer) {
    Matcher id = ATTACHED.matcher(answer);
    assertTrue(id.find(), answer);
    return id.group(1);
  }

  /** The bytes Confluence serves for the attachment, through v1's download (a redirect to the media service). */
  private static byte[] download(String pageId, String attachmentId) {
    SiteRest site = new SiteRest(SERVER.sandbox());
    JsonObject attachment = site.get("/wiki/api/v2/attachments/" + attachmentId).getAsJsonObject();
    assertEquals(pageId, attachment.get("pageId").getAsString());
    return site.bytes("/wiki/rest/api/content/" + pageId + "/child/attachment/" + attachmentId + "/download");
  }
}
