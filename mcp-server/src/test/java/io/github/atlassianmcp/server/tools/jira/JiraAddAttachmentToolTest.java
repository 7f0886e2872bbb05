package io.github.atlassianmcp.server.tools.jira;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.atlassianmcp.server.testkit.InProcessServer;
import io.github.atlassianmcp.server.testkit.SiteRest;
import io.github.atlassianmcp.server.testkit.ToolCall;
import java.io.IOException;
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

class JiraAddAttachmentToolTest {

  @RegisterExtension
  static final InProcessServer SERVER = new InProcessServer();

  private static final Pattern ATTACHED = Pattern.compile("attachment ([0-9]+)\\)");

  @TempDir
  Path folder;

  @Test
  void aFileOfTheServersDiskIsStoredByteForByte() throws IOException {
    byte[] bytes = new byte[200_000];
    new Random(11).nextBytes(bytes);
    Path file = folder.resolve("heap-dump.bin");
    Files.write(file, bytes);

    ToolCall call = SERVER.call("jira_add_attachment", Map.of("issue_key", "PROJ-5", "file_path", file.toString()));

    assertTrue(call.text().startsWith("Attached to PROJ-5: heap-dump.bin (195.3 KB, application/octet-stream,"
        + " attachment "), call.text());
    assertEquals(List.of("no-check"), call.requests("POST", "/attachments").get(0).requestHeaders()
        .get("X-Atlassian-Token"));
    assertArrayEquals(bytes, download(call.text()));
  }

  @Test
  void base64BytesAreStoredByteForByteAndReadBackAsText() {
    byte[] bytes = "Fehler beim Abgleich – Zeile 42\n".getBytes(StandardCharsets.UTF_8);
    ToolCall call = SERVER.call("jira_add_attachment", Map.of("issue_key", "PROJ-5", "filename", "abgleich.log",
        "content_base64", Base64.getEncoder().encodeToString(bytes)));
    assertTrue(call.text().startsWith("Attached to PROJ-5: abgleich.log (34 bytes, text/plain, attachment "),
        call.text());
    assertArrayEquals(bytes, download(call.text()));
    String read = SERVER.text("jira_get_attachment", Map.of("attachment_id", id(call.text())));
    assertTrue(read.contains("\nFehler beim Abgleich – Zeile 42\n"), read);
  }

  @Test
  void neitherOrBothSourcesAreRefusedBeforeSending() {
    ToolCall neither = SERVER.call("jira_add_attachment", Map.of("issue_key", "PROJ-5"));
    assertTrue(neither.isError() && neither.text().contains("Give file_path"), neither.text());
    ToolCall both = SERVER.call("jira_add_attachment", Map.of("issue_key", "PROJ-5", "file_path", "/etc/hostname",
        "content_base64", "aGk=", "filename", "hi.txt"));
    assertTrue(both.isError() && both.text().contains("not both"), both.text());
    assertEquals(List.of(), both.exchanges());
  }

  @Test
  void aMissingIssueIsNamed() {
    String error = SERVER.error("jira_add_attachment", Map.of("issue_key", "PROJ-999", "filename", "a.txt",
        "content_base64", "aGk="));
    assertTrue(error.contains("PROJ-999"), error);
  }

  private static String id(String answer) {
    Matcher matcher = ATTACHED.matcher(answer);
    assertTrue(matcher.find(), answer);
    return matcher.group(1);
  }

  /** The bytes Jira serves for the attachment, through its content redirect. */
  private static byte[] download(String answer) {
    return new SiteRest(SERVER.sandbox()).bytes("/rest/api/3/attachment/content/" + id(answer));
  }
}
